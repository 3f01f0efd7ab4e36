package org.commissioningexplorer.core.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.DocumentSafety;

/**
 * The documents folder of the open dataset: {@code documents/} beside its main file on disk, or the
 * bundled documents inside the application. Every file is checked with {@link DocumentSafety} at the
 * moment it is used; a file it refuses is never read or handed on.
 */
public interface DocumentsFolder {

    /** Whether {@code file} (as the dataset writes it) is there and may be opened. */
    DocumentSafety.Check check(String file);

    /**
     * A file on disk the system viewer can open for {@code file}; for a document bundled inside the jar, a
     * copy in a temporary folder. Empty when it is refused or missing.
     */
    Optional<Path> fileToOpen(String file) throws IOException;

    /** The text of {@code file} (UTF-8), for the explainers shown inside the app; empty when refused or missing. */
    Optional<String> readText(String file) throws IOException;

    /** Where it is, for messages: "the documents folder /data/documents". */
    String describe();

    /** The folder {@code documents/} beside the main file of a dataset on disk. */
    static DocumentsFolder beside(Path mainFile) {
        return new OnDisk(DocumentSafety.documentsFolder(mainFile));
    }

    /**
     * The bundled documents: the folder itself when the application runs from its build folder, or the
     * entries under {@code dataset/documents/} of the jar.
     */
    static DocumentsFolder bundled() {
        URL main = DatasetLoader.class.getResource(DatasetLoader.BUNDLED_MAIN);
        if (main != null && main.getProtocol().equals("file")) {
            try {
                return new OnDisk(DocumentSafety.documentsFolder(Path.of(main.toURI())));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // fall through to reading through the class path
            }
        }
        return new InJar();
    }

    /** A folder on disk: {@link DocumentSafety#resolveSafely} decides each time. */
    final class OnDisk implements DocumentsFolder {
        private final Path folder;

        OnDisk(Path folder) {
            this.folder = folder;
        }

        @Override
        public DocumentSafety.Check check(String file) {
            return DocumentSafety.check(folder, file);
        }

        @Override
        public Optional<Path> fileToOpen(String file) {
            return DocumentSafety.resolveSafely(folder, file);
        }

        @Override
        public Optional<String> readText(String file) throws IOException {
            Optional<Path> p = DocumentSafety.resolveSafely(folder, file);
            return p.isEmpty() ? Optional.empty() : Optional.of(Files.readString(p.get(), StandardCharsets.UTF_8));
        }

        @Override
        public String describe() {
            return "the documents folder " + folder;
        }
    }

    /**
     * The documents inside the application's jar. The jar holds only what the build put there, so links
     * cannot lead out of it; the file's text is still checked, and only allowed types are read.
     */
    final class InJar implements DocumentsFolder {
        private static final String ROOT = "/dataset/" + DocumentSafety.DOCUMENTS_FOLDER + "/";
        private Path extracted;

        @Override
        public DocumentSafety.Check check(String file) {
            Optional<String> problem = DocumentSafety.fileProblem(file);
            if (problem.isPresent()) {
                return new DocumentSafety.Check(DocumentSafety.Verdict.UNSAFE, problem.get());
            }
            return resource(file) == null
                    ? new DocumentSafety.Check(DocumentSafety.Verdict.MISSING, "it is not among the bundled documents")
                    : new DocumentSafety.Check(DocumentSafety.Verdict.SAFE, null);
        }

        private static URL resource(String file) {
            return DocumentsFolder.class.getResource(ROOT + file.replace('\\', '/'));
        }

        @Override
        public synchronized Optional<Path> fileToOpen(String file) throws IOException {
            if (!check(file).safe()) {
                return Optional.empty();
            }
            if (extracted == null) {
                extracted = Files.createTempDirectory("commissioning-explorer-documents");
                extracted.toFile().deleteOnExit();
            }
            // Only the last part of the name, which fileProblem has checked, so the copy stays in the folder.
            String name = Path.of(file.replace('\\', '/')).getFileName().toString();
            Path copy = extracted.resolve(name);
            try (InputStream in = resource(file).openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            copy.toFile().deleteOnExit();
            return Optional.of(copy);
        }

        @Override
        public Optional<String> readText(String file) throws IOException {
            if (!check(file).safe()) {
                return Optional.empty();
            }
            try (InputStream in = resource(file).openStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public String describe() {
            return "the documents bundled with the application";
        }
    }
}
