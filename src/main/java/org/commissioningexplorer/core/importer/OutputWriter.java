package org.commissioningexplorer.core.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes generated dataset files: JSON pretty-printed with a 2-space indent, "\n" line ends and a final
 * newline, so the same input always gives the same bytes; and replaces the files in the output folder only
 * once every one of them has been written in full beside it.
 */
final class OutputWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputWriter() {
    }

    static byte[] render(ObjectNode root) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        try {
            byte[] json = MAPPER.writer(printer).writeValueAsBytes(root);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every file into a new folder beside {@code outDir}, then moves each into {@code outDir},
     * replacing the old one. If anything fails, the files already moved are put back as they were, the
     * temporary folders are deleted and {@code outDir} is left as it was.
     */
    static void replaceAll(Path outDir, Map<String, byte[]> files) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new IOException("cannot write into the root folder " + out);
        }
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        Path staging = Files.createTempDirectory(parent, "." + name + ".import-");
        Path backup = null;
        try {
            for (var e : files.entrySet()) {
                Files.write(staging.resolve(e.getKey()), e.getValue());
            }
            boolean created = !Files.isDirectory(out);
            Files.createDirectories(out);
            backup = Files.createTempDirectory(parent, "." + name + ".previous-");
            List<String> moved = new ArrayList<>();
            List<String> backedUp = new ArrayList<>();
            try {
                for (String f : files.keySet()) {
                    Path target = out.resolve(f);
                    if (Files.exists(target)) {
                        move(target, backup.resolve(f));
                        backedUp.add(f);
                    }
                    move(staging.resolve(f), target);
                    moved.add(f);
                }
            } catch (IOException | RuntimeException e) {
                for (String f : moved) {
                    Files.deleteIfExists(out.resolve(f));
                }
                for (String f : backedUp) {
                    move(backup.resolve(f), out.resolve(f));
                }
                if (created) {
                    try (Stream<Path> s = Files.list(out)) {
                        if (s.findAny().isEmpty()) {
                            Files.delete(out);
                        }
                    }
                }
                throw e;
            }
        } finally {
            deleteTree(staging);
            if (backup != null) {
                deleteTree(backup);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
