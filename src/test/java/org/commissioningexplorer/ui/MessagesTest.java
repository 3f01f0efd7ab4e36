package org.commissioningexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commissioningexplorer.ui.common.Texts;
import org.junit.jupiter.api.Test;

/** Every %key used in an FXML file exists in the message bundle, so no view shows a raw key. */
class MessagesTest {

    @Test
    void everyFxmlKeyIsInTheBundle() throws IOException {
        ResourceBundle bundle = Texts.bundle();
        Pattern key = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
        List<Path> fxml;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            fxml = files.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
        assertTrue(fxml.size() >= 4, "the views were found");
        for (Path f : fxml) {
            Matcher m = key.matcher(Files.readString(f));
            while (m.find()) {
                String k = m.group(1);
                assertTrue(bundle.containsKey(k), () -> f + " uses %" + k + ", which messages.properties lacks");
            }
        }
    }
}
