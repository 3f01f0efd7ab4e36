package org.commissioningexplorer.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.commissioningexplorer.core.data.DocumentSafety;

/** Asks the user for files. An interface so that tests can answer without a native dialog. */
public interface FileDialogs {

    Optional<Path> chooseDataset(Window owner, Path startIn);

    /**
     * Asks for the local copy of a document ("Locate file…"), offering the document types the app opens.
     * Tests that locate files override this.
     */
    default Optional<Path> chooseDocument(Window owner, String documentTitle) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.format("dialogs.locate.title", documentTitle));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("dialogs.locate.documents"),
                DocumentSafety.DOCUMENT_EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * Asks where to save the PDF handout of {@code bodyName}, offering {@code fileName} in the user's folder.
     * Tests that export override this.
     */
    default Optional<Path> chooseHandout(Window owner, String bodyName, String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.format("dialogs.export.title", bodyName));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("dialogs.export.pdf"), "*.pdf"));
        chooser.setInitialFileName(fileName);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Asks where to save a PNG image, suggesting {@code suggestedName}. Tests that export images override this. */
    default Optional<Path> saveImage(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("dialogs.saveImage.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("dialogs.saveImage.png"),
                "*.png"));
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /**
     * Asks where to export the notes to ({@code forSaving}) or which exported notes file to import. Tests that
     * export or import override this.
     */
    default Optional<Path> chooseNotesFile(Window owner, boolean forSaving) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(forSaving ? "notes.export.title" : "notes.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("notes.file.type"), "*.json"));
        if (forSaving) {
            chooser.setInitialFileName("commissioning-explorer-notes.json");
        }
        File f = forSaving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    static FileDialogs system() {
        return (owner, startIn) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("dialogs.open.title"));
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter(Texts.get("dialogs.open.dataset"), "*.json"),
                    new FileChooser.ExtensionFilter(Texts.get("dialogs.open.allFiles"), "*.*"));
            if (startIn != null && startIn.toFile().isDirectory()) {
                chooser.setInitialDirectory(startIn.toFile());
            }
            File f = chooser.showOpenDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
