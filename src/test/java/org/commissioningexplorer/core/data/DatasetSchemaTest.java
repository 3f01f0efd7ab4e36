package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** resources/dataset.schema.json is valid JSON and says what the loader reads (no schema validator needed). */
class DatasetSchemaTest {

    static JsonNode schema;

    @BeforeAll
    static void read() throws IOException {
        schema = new ObjectMapper().readTree(Path.of("resources/dataset.schema.json").toFile());
    }

    private static Set<String> names(JsonNode object) {
        Set<String> s = new TreeSet<>();
        object.fieldNames().forEachRemaining(s::add);
        return s;
    }

    private static JsonNode def(String name) {
        JsonNode d = schema.path("$defs").path(name);
        assertFalse(d.isMissingNode(), "$defs/" + name);
        return d;
    }

    @Test
    void mainAndPartFilesAllowTheFieldsTheLoaderReads() {
        assertEquals(new TreeSet<>(DatasetReader.MAIN_FIELDS), names(def("mainFile").path("properties")));
        assertEquals(new TreeSet<>(DatasetReader.PART_FIELDS), names(def("partFile").path("properties")));
        for (String file : List.of("mainFile", "partFile")) {
            JsonNode props = def(file).path("properties");
            assertEquals("#/$defs/amend", props.path("amend").path("$ref").asText(), file);
            assertTrue(props.has("$comment"), file);
        }
    }

    @Test
    void anAmendmentNeedsOnlyAnIdAndMayGiveEveryFieldOfABody() {
        assertEquals("array", def("amend").path("type").asText());
        assertEquals("#/$defs/amendment", def("amend").path("items").path("$ref").asText());
        JsonNode amendment = def("amendment");
        assertEquals("[\"id\"]", amendment.path("required").toString());
        assertFalse(amendment.path("additionalProperties").asBoolean(true));
        assertEquals(names(def("body").path("properties")), names(amendment.path("properties")));
    }

    @Test
    void everyReferenceLeadsSomewhere() {
        List<String> refs = new ArrayList<>();
        collectRefs(schema, refs);
        assertTrue(refs.size() > 30, refs::toString);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(schema.at(ref.substring(1)).isMissingNode(), () -> ref + " leads nowhere");
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }

    @Test
    void theSchemasDocumentFileRulesAgreeWithDocumentSafety() {
        JsonNode file = def("document").path("properties").path("file");
        Pattern type = Pattern.compile(file.path("pattern").asText());
        Pattern unsafe = Pattern.compile(file.path("not").path("pattern").asText());
        for (String ext : DocumentSafety.DOCUMENT_EXTENSIONS) {
            for (String name : List.of("a/report." + ext, "REPORT." + ext.toUpperCase(Locale.ROOT))) {
                assertTrue(type.matcher(name).find() && !unsafe.matcher(name).find(), name);
                assertEquals(java.util.Optional.empty(), DocumentSafety.fileProblem(name), name);
            }
        }
        for (String name : List.of("run.exe", "report.PDF.EXE", "page.html", "x.sh", "README")) {
            assertFalse(type.matcher(name).find(), name);
        }
        for (String name : List.of("../x.pdf", "/x.pdf", "C:\\x.pdf", "\\\\server\\x.pdf", "file:x.pdf", "x.pdf.",
                "a /x.pdf", "./x.pdf")) {
            assertTrue(unsafe.matcher(name).find(), name);
            assertTrue(DocumentSafety.fileProblem(name).isPresent(), name);
        }
    }
}
