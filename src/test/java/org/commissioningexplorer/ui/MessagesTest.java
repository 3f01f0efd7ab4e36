package org.commissioningexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commissioningexplorer.ui.common.Texts;
import org.junit.jupiter.api.Test;

/**
 * Every %key used in an FXML file, and every {@code detail.} key named in the Java code, exists in the
 * message bundle, so no view shows a raw key.
 */
class MessagesTest {

    /** A key in an FXML attribute: {@code text="%detail.overview"}. */
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    /** A detail pane key in Java: the string literal {@code "detail.membership.statutory"}. */
    private static final Pattern JAVA_DETAIL_KEY = Pattern.compile("\"(detail\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyFxmlKeyIsInTheBundle() throws IOException {
        ResourceBundle bundle = Texts.bundle();
        List<Path> fxml = files(Path.of("src/main/resources"), ".fxml");
        assertTrue(fxml.size() >= 4, "the views were found");
        for (Path f : fxml) {
            for (String k : keys(f, FXML_KEY)) {
                assertTrue(bundle.containsKey(k), () -> f + " uses %" + k + ", which messages.properties lacks");
            }
        }
    }

    @Test
    void everyDetailKeyInTheJavaCodeIsInTheBundle() throws IOException {
        ResourceBundle bundle = Texts.bundle();
        Set<String> used = new LinkedHashSet<>();
        for (Path f : files(Path.of("src/main/java"), ".java")) {
            for (String k : keys(f, JAVA_DETAIL_KEY)) {
                assertTrue(bundle.containsKey(k), () -> f + " uses the key " + k + ", which messages.properties lacks");
                used.add(k);
            }
        }
        assertTrue(used.size() >= 30, () -> "the detail pane's keys were found: " + used);
    }

    @Test
    void everyDetailKeyIsUsedAndEveryPatternIsValid() throws IOException {
        ResourceBundle bundle = Texts.bundle();
        Set<String> used = new LinkedHashSet<>();
        for (Path f : files(Path.of("src/main/java"), ".java")) {
            used.addAll(keys(f, JAVA_DETAIL_KEY));
        }
        for (Path f : files(Path.of("src/main/resources"), ".fxml")) {
            used.addAll(keys(f, FXML_KEY));
        }
        for (String k : bundle.keySet()) {
            if (k.startsWith("detail.")) {
                assertTrue(used.contains(k), () -> k + " is in messages.properties but used nowhere");
                assertDoesNotThrow(() -> new MessageFormat(bundle.getString(k)), () -> k + " is not a valid pattern");
            }
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Set<String> keys(Path file, Pattern pattern) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
