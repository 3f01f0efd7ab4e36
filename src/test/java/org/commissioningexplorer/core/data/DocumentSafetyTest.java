package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.commissioningexplorer.core.data.DocumentSafety.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSafetyTest {

    @TempDir
    Path dir;

    Path docs;

    @BeforeEach
    void documentsFolder() throws IOException {
        docs = Files.createDirectories(dir.resolve("dataset").resolve(DocumentSafety.DOCUMENTS_FOLDER));
        Files.writeString(docs.resolve("report.pdf"), "%PDF-1.4");
        Files.createDirectories(docs.resolve("committees"));
        Files.writeString(docs.resolve("committees").resolve("Audit ToR.DOCX"), "PK");
    }

    /** Refused by its text alone, so never even looked for on disk, and never opened. */
    private void assertRefused(String file, String why) {
        Optional<String> problem = DocumentSafety.fileProblem(file);
        assertTrue(problem.isPresent(), () -> "'" + file + "' should be refused");
        assertTrue(problem.get().contains(why), () -> "'" + file + "': " + problem.get());
        assertEquals(Verdict.UNSAFE, DocumentSafety.check(docs, file).verdict());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, file));
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Assumptions.abort("this system does not let the test make a symbolic link: " + e);
        }
    }

    @Test
    void theDocumentsFolderIsBesideTheMainFile() {
        assertEquals(dir.resolve("dataset").resolve("documents").toAbsolutePath(),
                DocumentSafety.documentsFolder(dir.resolve("dataset").resolve("dataset.json")));
    }

    @Test
    void aPlainRelativeDocumentIsOpenedByItsRealPath() throws IOException {
        assertEquals(Optional.empty(), DocumentSafety.fileProblem("committees/Audit ToR.DOCX"));
        assertEquals(Optional.of(docs.resolve("committees/Audit ToR.DOCX").toRealPath()),
                DocumentSafety.resolveSafely(docs, "committees/Audit ToR.DOCX"));
        assertEquals(Optional.of(docs.resolve("report.pdf").toRealPath()),
                DocumentSafety.resolveSafely(docs, "report.pdf"));
        assertEquals(Optional.of(docs.resolve("committees/Audit ToR.DOCX").toRealPath()),
                DocumentSafety.resolveSafely(docs, "committees\\Audit ToR.DOCX"), "Windows separators are accepted");
    }

    @Test
    void parentFolderPartsAreRefused() throws IOException {
        Files.writeString(dir.resolve("dataset").resolve("secret.pdf"), "%PDF");
        assertRefused("../secret.pdf", "'..'");
        assertRefused("committees/../../secret.pdf", "'..'");
        assertRefused("committees\\..\\..\\secret.pdf", "'..'");
    }

    @Test
    void absoluteUnixPathsAreRefused() {
        assertRefused("/etc/passwd.txt", "absolute");
        assertRefused(docs.resolve("report.pdf").toAbsolutePath().toString().replace('\\', '/'), "");
    }

    @Test
    void windowsDrivePathsAreRefused() {
        assertRefused("C:\\Windows\\win.pdf", "drive");
        assertRefused("c:report.pdf", "drive");
    }

    @Test
    void windowsNetworkSharesAreRefused() {
        assertRefused("\\\\server\\share\\report.pdf", "absolute");
        assertRefused("//server/share/report.pdf", "absolute");
    }

    @Test
    void fileUrlsAreRefusedAsFilesAndAsUrls() {
        assertRefused("file:///etc/passwd", "scheme");
        assertRefused("file:report.pdf", "scheme");
        assertFalse(DocumentSafety.isOpenableUrl("file:///etc/passwd"));
        assertTrue(DocumentSafety.urlProblem("FILE:///C:/x.pdf").orElseThrow().contains("'file:'"));
    }

    @Test
    void jarUrlsAreRefusedAsFilesAndAsUrls() {
        assertRefused("jar:file:/app.jar!/x.pdf", "scheme");
        assertFalse(DocumentSafety.isOpenableUrl("jar:file:/app.jar!/dataset/dataset.json"));
    }

    @Test
    void javascriptAndOtherSchemesAreRefusedAsUrls() {
        for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
            "ftp://example.org/x.pdf", "mailto:x@example.org", "vbscript:msgbox", "smb://server/share/x.pdf",
            "\\\\server\\share\\x.pdf", "example.org/x.pdf", "https:///x.pdf", "http://user:pw@example.org/",
            " https://example.org", "https://exa mple.org/"}) {
            assertFalse(DocumentSafety.isOpenableUrl(url), url);
        }
        assertRefused("javascript:alert(1)", "scheme");
    }

    @Test
    void webAddressesAreOpenable() {
        assertTrue(DocumentSafety.isOpenableUrl("https://www.england.nhs.uk/ccgs/"));
        assertTrue(DocumentSafety.isOpenableUrl("HTTP://example.org/a%20b.pdf?x=1#p2"));
        assertEquals(Optional.empty(), DocumentSafety.urlProblem("https://example.org"));
    }

    @Test
    void programsAreRefused() {
        for (String f : new String[] {"setup.exe", "run.bat", "run.cmd", "x.com", "x.msi", "lib.dll", "a.app",
            "x.jar", "x.scr", "x.lnk", "x.desktop", "x.AppImage", "x.deb", "x.dmg", "x.bin"}) {
            assertRefused(f, "programs");
        }
    }

    @Test
    void scriptsAreRefused() {
        for (String f : new String[] {"install.sh", "x.bash", "x.ps1", "x.js", "x.vbs", "x.py", "x.pl", "x.rb",
            "x.php", "x.hta", "x.wsf", "x.command", "x.reg"}) {
            assertRefused(f, "programs");
        }
    }

    @Test
    void documentsThatCanCarryScriptsOrMacrosAreRefused() {
        for (String f : new String[] {"page.html", "page.HTM", "image.svg", "minutes.docm", "budget.xlsm"}) {
            assertRefused(f, "carry");
        }
    }

    @Test
    void theLastExtensionCountsInAnyCase() {
        assertRefused("report.PDF.EXE", "'.exe'");
        assertRefused("report.pdf.Exe", "'.exe'");
        assertRefused("committees/report.docx.sh", "'.sh'");
        assertEquals(Optional.empty(), DocumentSafety.fileProblem("REPORT.PDF"));
        assertEquals(Optional.empty(), DocumentSafety.fileProblem("report.exe.pdf"), "a PDF with an odd name is a PDF");
    }

    @Test
    void trailingDotsAndSpacesAreRefused() {
        assertRefused("report.exe.", "dot");
        assertRefused("report.pdf.", "dot");
        assertRefused("report.exe ", "space");
        assertRefused("report.exe. . ", "space");
        assertRefused("committees./report.pdf", "dot");
        assertRefused("committees /report.pdf", "space");
    }

    @Test
    void filesWithoutAnExtensionAreRefused() {
        assertRefused("README", "no file type");
        assertRefused("committees/run", "no file type");
        assertRefused(".bashrc", "no file type");
    }

    @Test
    void unknownTypesAreRefusedNamingTheAllowedOnes() {
        assertRefused("x.weird", "use one of csv, docx");
    }

    @Test
    void hiddenCharactersDeviceNamesAndWildcardsAreRefused() {
        assertRefused("invoice\u202Efdp.exe", "U+202E");
        assertRefused("report\u0000.pdf", "U+0000");
        assertRefused("report\n.pdf", "U+000A");
        assertRefused("CON.pdf", "device");
        assertRefused("committees/nul.txt", "device");
        assertRefused("report?.pdf", "'?'");
        assertRefused("*.pdf", "'*'");
        assertRefused("a//b.pdf", "empty");
        assertRefused("./report.pdf", "'.'");
        assertEquals("invoice\\u202Efdp.exe", DocumentSafety.shown("invoice\u202Efdp.exe"));
    }

    @Test
    void aLinkLeadingOutOfTheDocumentsFolderIsRefusedAtOpenTime() throws IOException {
        Path outside = Files.writeString(dir.resolve("private.pdf"), "%PDF");
        symlink(docs.resolve("innocent.pdf"), outside);
        assertEquals(Optional.empty(), DocumentSafety.fileProblem("innocent.pdf"), "its name is fine");
        DocumentSafety.Check c = DocumentSafety.check(docs, "innocent.pdf");
        assertEquals(Verdict.UNSAFE, c.verdict());
        assertTrue(c.reason().contains("leads outside the documents folder"), c.reason());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, "innocent.pdf"));
    }

    @Test
    void aLinkedFolderLeadingOutIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.pdf"), "%PDF");
        symlink(docs.resolve("shared"), elsewhere);
        assertEquals(Verdict.UNSAFE, DocumentSafety.check(docs, "shared/x.pdf").verdict());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, "shared/x.pdf"));
    }

    @Test
    void aLinkInsideTheFolderToAProgramIsRefused() throws IOException {
        Path program = Files.writeString(docs.resolve("tool.sh"), "#!/bin/sh\n");
        symlink(docs.resolve("report2.pdf"), program);
        DocumentSafety.Check c = DocumentSafety.check(docs, "report2.pdf");
        assertEquals(Verdict.UNSAFE, c.verdict());
        assertTrue(c.reason().contains("'.sh'"), c.reason());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, "report2.pdf"));
    }

    @Test
    void aLinkInsideTheFolderToADocumentIsFine() throws IOException {
        symlink(docs.resolve("latest.pdf"), docs.resolve("report.pdf"));
        assertEquals(Optional.of(docs.resolve("report.pdf").toRealPath()),
                DocumentSafety.resolveSafely(docs, "latest.pdf"));
    }

    @Test
    void aMissingFileIsOnlyMissingAndNotOpened() {
        assertEquals(Verdict.MISSING, DocumentSafety.check(docs, "gone.pdf").verdict());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, "gone.pdf"));
        assertEquals(Verdict.MISSING, DocumentSafety.check(dir.resolve("no-such-folder"), "gone.pdf").verdict());
    }

    @Test
    void aFolderNamedLikeADocumentIsNotOpened() throws IOException {
        Files.createDirectories(docs.resolve("folder.pdf"));
        assertEquals(Verdict.UNSAFE, DocumentSafety.check(docs, "folder.pdf").verdict());
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, "folder.pdf"));
    }

    @Test
    void nothingIsOpenedWithoutADocumentsFolderOrFile() {
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(null, "report.pdf"));
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, null));
        assertEquals(Optional.empty(), DocumentSafety.resolveSafely(docs, ""));
        assertFalse(DocumentSafety.isOpenableUrl(null));
    }
}
