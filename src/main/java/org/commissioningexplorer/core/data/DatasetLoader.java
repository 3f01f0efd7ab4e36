package org.commissioningexplorer.core.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DatasetInfo;

/**
 * Loads a dataset: a main JSON file that names the dataset and may include part files beside it.
 * Part files hold sources, kinds and bodies, so hand-written content and imported data stay apart.
 */
public final class DatasetLoader {

    /** Where the bundled dataset sits on the class path (copied there from the top-level resources/). */
    public static final String BUNDLED_MAIN = "/dataset/dataset.json";
    public static final String FORMAT = "commissioning-explorer/1";

    private DatasetLoader() {
    }

    /** Loads the dataset bundled with the application. */
    public static LoadResult loadBundled() {
        URL main = DatasetLoader.class.getResource(BUNDLED_MAIN);
        if (main == null) {
            List<Problem> p = List.of(new Problem(Problem.Severity.ERROR, Position.ofFile("resources/dataset.json"),
                    "the bundled dataset is missing from the application; rebuild it with mvn package"));
            return new LoadResult(Optional.empty(), p);
        }
        return load(new DatasetFiles() {
            @Override
            public InputStream open(String relative) throws IOException {
                URL u = new URL(main, relative);
                return u.openStream();
            }

            @Override
            public String name(String relative) {
                return "resources/" + relative;
            }

            @Override
            public boolean isFolder(String relative) {
                Path p = onDisk(relative);
                return p != null && Files.isDirectory(p);
            }

            @Override
            public DocumentSafety.Check checkDocument(String file) {
                Path dataset = onDisk("dataset.json");
                if (dataset != null) {
                    return DocumentSafety.check(DocumentSafety.documentsFolder(dataset), file);
                }
                try (InputStream in = new URL(main, DocumentSafety.DOCUMENTS_FOLDER + "/"
                        + file.replace('\\', '/')).openStream()) {
                    return new DocumentSafety.Check(DocumentSafety.Verdict.SAFE, null);
                } catch (IOException e) {
                    return new DocumentSafety.Check(DocumentSafety.Verdict.MISSING,
                            "there is no such file in the bundled documents folder");
                }
            }

            /** The file on disk when the application runs from a folder rather than a jar, else null. */
            private Path onDisk(String relative) {
                try {
                    URL u = new URL(main, relative);
                    return u.getProtocol().equals("file") ? Path.of(u.toURI()) : null;
                } catch (IOException | URISyntaxException | IllegalArgumentException e) {
                    return null;
                }
            }
        }, "dataset.json", "bundled");
    }

    /** Loads a dataset from a main file on disk; included parts are read from the same folder. */
    public static LoadResult load(Path mainFile) {
        return load(new DiskFiles(mainFile), mainFile.getFileName().toString(), mainFile.toString());
    }

    private static LoadResult load(DatasetFiles files, String mainName, String location) {
        Problems problems = new Problems();
        DatasetReader reader = new DatasetReader(problems);
        Optional<Json> parsed = parse(files, mainName, problems);
        if (parsed.isEmpty()) {
            return new LoadResult(Optional.empty(), sortedProblems(problems));
        }
        ObjectReader main = ObjectReader.of(parsed.get(), "the dataset file", problems, DatasetReader.MAIN_FIELDS);
        if (main == null) {
            return new LoadResult(Optional.empty(), sortedProblems(problems));
        }
        String format = main.string("format", false);
        if (format != null && !format.equals(FORMAT)) {
            problems.error(main.at("format"), "format '" + format + "' is not one this version reads; expected '"
                    + FORMAT + "'");
        }
        String title = main.string("title", true);
        LocalDate edition = main.date("edition");
        Json editionJson = main.raw("edition");
        if (editionJson == null || editionJson instanceof Json.Null) {
            problems.error(main.position(), "the dataset file is missing the required field 'edition' (YYYY-MM-DD)");
        } else if (editionJson instanceof Json.Str s && s.value().isBlank()) {
            problems.error(s.position(), "'edition' of the dataset file must not be empty; write the date of this"
                    + " edition as YYYY-MM-DD");
        }
        String licence = main.string("licence", false);
        String attribution = main.string("attribution", false);
        LocalDate defaultDate = main.date("defaultDate");
        List<Json.Str> includes = main.strings("include");
        reader.readContent(main);
        main.finish();

        Set<String> seen = new HashSet<>();
        for (Json.Str inc : includes) {
            String rel = inc.value().replace('\\', '/');
            if (rel.startsWith("/") || rel.contains(":") || List.of(rel.split("/")).contains("..")) {
                problems.error(inc.position(), "included file '" + inc.value()
                        + "' must be a path inside the dataset's folder, without '..', a drive or a scheme");
                continue;
            }
            if (!seen.add(rel)) {
                problems.error(inc.position(), "'" + inc.value() + "' is included twice; list it once");
                continue;
            }
            if (rel.equals(mainName) || rel.equals("./" + mainName)) {
                problems.error(inc.position(), "'" + inc.value() + "' is this file itself: a file cannot include "
                        + "itself (an include cycle); list only part files");
                continue;
            }
            Optional<Json> part = parse(files, rel, problems, inc.position());
            if (part.isEmpty()) {
                continue;
            }
            ObjectReader pr = ObjectReader.of(part.get(), "included file '" + rel + "'", problems,
                    DatasetReader.PART_FIELDS);
            if (pr != null) {
                reader.readContent(pr);
                pr.finish();
            }
        }
        reader.crossCheck();
        for (Ref doc : reader.documentFiles()) {
            DocumentSafety.Check check = files.checkDocument(doc.id());
            if (check.verdict() == DocumentSafety.Verdict.UNSAFE) {
                problems.error(doc.at(), "'file' of " + doc.what() + " is '" + doc.id() + "', which must not be"
                        + " opened: " + check.reason());
            } else if (check.verdict() == DocumentSafety.Verdict.MISSING) {
                problems.warning(doc.at(), "'file' of " + doc.what() + " names '" + doc.id() + "', but "
                        + check.reason() + "; the document cannot be opened until it is there");
            }
        }
        if (problems.hasErrors()) {
            return new LoadResult(Optional.empty(), sortedProblems(problems));
        }
        DatasetInfo info = new DatasetInfo(title, edition, licence, attribution, defaultDate, location);
        Dataset dataset = new Dataset(info, reader.bodies(), reader.kinds(), reader.sources());
        return new LoadResult(Optional.of(dataset), sortedProblems(problems));
    }

    private static Optional<Json> parse(DatasetFiles files, String relative, Problems problems) {
        return parse(files, relative, problems, null);
    }

    private static Optional<Json> parse(DatasetFiles files, String relative, Problems problems, Position includedAt) {
        String name;
        boolean folder;
        try {
            name = files.name(relative);
            folder = files.isFolder(relative);
        } catch (java.nio.file.InvalidPathException e) {
            // NUL, or a character the file system cannot take (or encode, under a C locale).
            String shown = relative.replace("\0", "\\0");
            problems.error(includedAt != null ? includedAt : Position.ofFile(shown), (includedAt != null
                    ? "included file '" + shown + "'" : "the file name '" + shown + "'") + " has a character a file "
                    + "name cannot hold here (" + e.getReason() + "); rename the file with plain letters and digits");
            return Optional.empty();
        }
        String refused = folder ? null : files.refusal(relative, includedAt != null);
        if (refused != null) {
            problems.error(includedAt != null ? includedAt : Position.ofFile(name), (includedAt != null
                    ? "included file '" + relative + "' (" + name + ") is not read: " : "cannot read the file: ")
                    + refused);
            return Optional.empty();
        }
        if (folder) {
            if (includedAt != null) {
                problems.error(includedAt, "included file '" + relative + "' is a folder (" + name
                        + "); name a JSON file");
            } else {
                problems.error(Position.ofFile(name), "cannot read the file: it is a folder; name the dataset's"
                        + " main JSON file");
            }
            return Optional.empty();
        }
        try (InputStream in = files.open(relative)) {
            List<Problem> found = new ArrayList<>();
            Optional<Json> json = JsonFileParser.parse(name, in, found);
            found.forEach(p -> {
                if (p.isError()) {
                    problems.error(p.position(), p.message());
                } else {
                    problems.warning(p.position(), p.message());
                }
            });
            return json;
        } catch (FileNotFoundException | NoSuchFileException e) {
            if (includedAt != null) {
                problems.error(includedAt, "included file '" + relative + "' does not exist (looked for " + name + ")");
            } else {
                problems.error(Position.ofFile(name), "the file does not exist; check the path");
            }
        } catch (IOException e) {
            if (includedAt != null) {
                problems.error(includedAt, "included file '" + relative + "' cannot be read (" + name + "): "
                        + e.getMessage());
            } else {
                problems.error(Position.ofFile(name), "cannot read the file: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static List<Problem> sortedProblems(Problems problems) {
        List<Problem> list = new ArrayList<>(problems.list());
        list.sort(Problem.ERRORS_FIRST);
        return list;
    }
}
