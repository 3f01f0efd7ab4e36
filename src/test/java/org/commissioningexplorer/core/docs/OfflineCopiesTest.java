package org.commissioningexplorer.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.commissioningexplorer.core.data.DocumentSafety;
import org.commissioningexplorer.core.docs.OfflineCopies.State;
import org.commissioningexplorer.core.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a document's offline copy is: the dataset's documents folder, a located file, or nowhere. */
class OfflineCopiesTest {

    @TempDir
    Path dir;

    private static DocumentRef doc(String file, String url) {
        return new DocumentRef("Terms", "terms-of-reference", null, 12, url, file, null, null);
    }

    @Test
    void aFileInTheDocumentsFolderOpensAndAMissingOneSaysWhatToDo() throws IOException {
        Path main = Files.writeString(dir.resolve("dataset.json"), "{}");
        Files.createDirectories(dir.resolve("documents/reports"));
        Path pdf = Files.writeString(dir.resolve("documents/reports/terms.pdf"), "%PDF");
        OfflineCopies copies = new OfflineCopies(DocumentsFolder.beside(main),
                new AttachedFiles(new AttachedFilesTest.MapStore()));

        OfflineCopies.Status present = copies.status("k", doc("reports/terms.pdf", null));
        assertEquals(State.IN_DATASET, present.state());
        assertTrue(present.openable());
        assertEquals(Optional.of(pdf.toRealPath()), copies.fileToOpen("k", doc("reports/terms.pdf", null)));

        OfflineCopies.Status missing = copies.status("k", doc("reports/gone.pdf", null));
        assertEquals(State.MISSING, missing.state());
        assertTrue(missing.message().contains("reports/gone.pdf") && missing.message().contains("Locate file"),
                missing.message());
        assertTrue(missing.canLocate());
        assertEquals(Optional.empty(), copies.fileToOpen("k", doc("reports/gone.pdf", null)));
    }

    @Test
    void aLocatedFileIsUsedAndCanBeForgotten() throws IOException {
        Path main = Files.writeString(dir.resolve("dataset.json"), "{}");
        Path mine = Files.writeString(dir.resolve("my copy.pdf"), "%PDF");
        AttachedFiles attached = new AttachedFiles(new AttachedFilesTest.MapStore());
        OfflineCopies copies = new OfflineCopies(DocumentsFolder.beside(main), attached);
        DocumentRef d = doc(null, "https://example.org/terms.pdf");
        assertEquals(State.NONE, copies.status("k", d).state());
        assertTrue(copies.status("k", d).message().contains("https://example.org/terms.pdf"));

        attached.attach("k", mine);
        assertEquals(State.LOCATED, copies.status("k", d).state());
        assertTrue(copies.status("k", d).canForget());
        assertEquals(Optional.of(mine.toRealPath()), copies.fileToOpen("k", d));

        Files.delete(mine);
        assertEquals(State.LOCATED_MISSING, copies.status("k", d).state());
        assertEquals(Optional.empty(), copies.fileToOpen("k", d));
    }

    @Test
    void anUnsafeFileIsNeverHandedOn() throws IOException {
        Path main = Files.writeString(dir.resolve("dataset.json"), "{}");
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/run.sh"), "echo");
        Files.writeString(dir.resolve("secret.pdf"), "%PDF");
        OfflineCopies copies = new OfflineCopies(DocumentsFolder.beside(main),
                new AttachedFiles(new AttachedFilesTest.MapStore()));
        assertEquals(State.REFUSED, copies.status("k", doc("run.sh", null)).state());
        assertEquals(Optional.empty(), copies.fileToOpen("k", doc("run.sh", null)));
        assertEquals(Optional.empty(), copies.fileToOpen("k", doc("../secret.pdf", null)));
        assertFalse(copies.status("k", doc("../secret.pdf", null)).openable());
    }

    @Test
    void bundledExplainersAreReadAsText() throws IOException {
        DocumentsFolder bundled = DocumentsFolder.bundled();
        assertTrue(bundled.check("explainers/what-is-a-ccg.md").safe());
        String text = bundled.readText("explainers/what-is-a-ccg.md").orElseThrow();
        assertTrue(text.startsWith("# What a Clinical Commissioning Group was"), text);
        assertTrue(bundled.readText("explainers/none.md").isEmpty());
        assertTrue(OfflineCopies.shownInApp(new DocumentRef("E", "explainer", null, null, null,
                "explainers/what-is-a-ccg.md", null, null)));
    }

    @Test
    void aDocumentInsideTheJarIsCopiedOutBeforeItIsOpened() throws IOException {
        DocumentsFolder jar = new DocumentsFolder.InJar();
        assertTrue(jar.check("explainers/who-oversees-whom.md").safe(), "test classes see the bundled documents");
        Path copy = jar.fileToOpen("explainers/who-oversees-whom.md").orElseThrow();
        assertEquals("who-oversees-whom.md", copy.getFileName().toString());
        assertTrue(Files.readString(copy).startsWith("#"));
        assertEquals(Optional.empty(), jar.fileToOpen("../dataset.json"));
        assertEquals(DocumentSafety.Verdict.MISSING, jar.check("explainers/none.pdf").verdict());
        assertEquals(DocumentSafety.Verdict.UNSAFE, jar.check("explainers/x.exe").verdict());
    }

}
