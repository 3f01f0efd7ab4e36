package org.commissioningexplorer.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dataset on disk: the main file and the parts it includes, which are read only when they are regular files under
 * the size limit, inside the dataset's folder once links are resolved, and not the main file itself.
 */
final class DiskFiles implements DatasetFiles {

    private final Path mainFile;
    private final Path dir;
    private final Path shownDir;

    DiskFiles(Path mainFile) {
        this.mainFile = mainFile;
        this.dir = mainFile.toAbsolutePath().getParent();
        this.shownDir = mainFile.getParent();
    }

    @Override
    public InputStream open(String relative) throws IOException {
        return Files.newInputStream(dir.resolve(relative));
    }

    @Override
    public String name(String relative) {
        return (shownDir == null ? Path.of(relative) : shownDir.resolve(relative)).toString();
    }

    @Override
    public boolean isFolder(String relative) {
        return Files.isDirectory(dir.resolve(relative));
    }

    @Override
    public String refusal(String relative, boolean included) {
        Path p = dir.resolve(relative);
        if (!Files.exists(p)) {
            return null; // reported as missing when opened
        }
        try {
            Path real = p.toRealPath();
            if (included && !real.startsWith(dir.toRealPath())) {
                return "it leads out of the dataset's folder through a link (to " + real + "); put the file "
                        + "itself in the folder";
            }
            if (included && Files.exists(mainFile) && Files.isSameFile(real, mainFile)) {
                return "it is the main file itself (an include cycle); list only part files";
            }
            if (!Files.isRegularFile(real)) {
                return "it is not a regular file (a device, pipe or socket); name a JSON file";
            }
            long size = Files.size(real);
            if (size > JsonFileParser.MAX_FILE_BYTES) {
                return "it is " + (size >> 20) + " MB, more than the " + (JsonFileParser.MAX_FILE_BYTES >> 20)
                        + " MB a dataset file may be; split it into several included files";
            }
            return null;
        } catch (IOException | SecurityException e) {
            return "it cannot be checked (" + e.getMessage() + ")";
        }
    }

    @Override
    public DocumentSafety.Check checkDocument(String file) {
        return DocumentSafety.check(DocumentSafety.documentsFolder(mainFile), file);
    }
}
