package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet parses without an error: JavaFX only logs a broken rule and drops the rest of the file, so a
 * lost brace would quietly unstyle half the window.
 */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesWithoutErrors() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertTrue(sheets.stream().anyMatch(p -> p.endsWith("theme.css")), sheets::toString);
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            URL url = sheet.toUri().toURL();
            Stylesheet parsed = new CssParser().parse(url);
            assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()), "errors in " + sheet);
            assertTrue(parsed.getRules().size() > 0, sheet::toString);
        }
    }

    @Test
    void theThemeKeepsEveryRuleOfTheFile() throws IOException {
        Path theme = Path.of("src/main/resources/org/commissioningexplorer/ui/theme.css");
        String text = Files.readString(theme).replaceAll("(?s)/\\*.*?\\*/", "");
        long opened = text.chars().filter(c -> c == '{').count();
        long closed = text.chars().filter(c -> c == '}').count();
        assertEquals(opened, closed, "braces balance");
    }
}
