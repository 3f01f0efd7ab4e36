package org.commissioningexplorer.ui.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.commissioningexplorer.core.data.DocumentSafety;
import org.commissioningexplorer.core.docs.AttachedFiles;
import org.commissioningexplorer.core.docs.DocumentLibrary;
import org.commissioningexplorer.core.docs.DocumentsFolder;
import org.commissioningexplorer.core.docs.OfflineCopies;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * What can be done with a document, the same in the detail pane, the library and the Help menu: open its
 * offline copy (an explainer inside the app, anything else in the system viewer), open or copy its web
 * address, locate a local copy, forget it. One per window, so every view sees a located file at once
 * ({@link #revisionProperty()}).
 */
public final class DocumentActions {

    /** The kind of document shown inside the app. */
    public static final String EXPLAINER = OfflineCopies.EXPLAINER;

    private final ExplorerState state;
    private final Services services;
    private final AttachedFiles attached;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    /** The open dataset's copies, built once per dataset so the jar's extracted copies are reused. */
    private OfflineCopies copies;
    /** Each document's status, looked up on disk once per dataset and per located-file change. */
    private final Map<String, OfflineCopies.Status> statuses = new HashMap<>();

    public DocumentActions(ExplorerState state, Services services) {
        this.state = state;
        this.services = services;
        this.attached = new AttachedFiles(store(services.settings()));
        state.session().datasetProperty().addListener(o -> {
            copies = null;
            statuses.clear();
        });
    }

    /** The user's settings as the store of located files. */
    static AttachedFiles.Store store(Settings settings) {
        return new AttachedFiles.Store() {
            @Override
            public String get(String key) {
                return settings.get(key, null);
            }

            @Override
            public void put(String key, String value) {
                settings.put(key, value);
            }

            @Override
            public void remove(String key) {
                settings.remove(key);
            }
        };
    }

    /** Goes up by one whenever a located file is remembered or forgotten: views redraw their documents. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The open dataset's documents folder and the located files. */
    public OfflineCopies copies() {
        if (copies == null) {
            Path mainFile = state.session().currentPath();
            DocumentsFolder folder = mainFile == null ? DocumentsFolder.bundled() : DocumentsFolder.beside(mainFile);
            copies = new OfflineCopies(folder, attached);
        }
        return copies;
    }

    /**
     * Where the document's offline copy is, as last looked up: the disk is read again after a reload or when a
     * file is located or forgotten. Open checks the file afresh in any case.
     */
    public OfflineCopies.Status status(String key, DocumentRef d) {
        return statuses.computeIfAbsent(key, k -> copies().status(k, d));
    }

    /** True when Open does something for this document: an offline copy, or a web page. */
    public boolean canOpen(String key, DocumentRef d) {
        return status(key, d).openable() || DocumentSafety.isOpenableUrl(d.url());
    }

    private void changed() {
        statuses.clear();
        revision.set(revision.get() + 1);
    }

    /**
     * Opens the document: an explainer (or other Markdown copy) inside the app, another offline copy in
     * the system viewer, otherwise its web page after asking. Says what is wrong when none can be opened.
     */
    public void open(String key, DocumentRef d, Window owner) {
        OfflineCopies copies = copies();
        OfflineCopies.Status status = copies.status(key, d); // afresh: the file may have moved since it was shown
        if (status.state() == OfflineCopies.State.IN_DATASET && OfflineCopies.shownInApp(d)) {
            showInApp(d, copies, owner);
            return;
        }
        if (status.openable()) {
            try {
                Optional<Path> file = copies.fileToOpen(key, d);
                if (file.isPresent()) {
                    services.opener().openFile(file.get());
                    state.status().say(Texts.format("documents.openedFile", file.get().getFileName()));
                    return;
                }
                tell(owner, Texts.format("documents.cannotOpen", d.title()),
                        Texts.format("documents.cannotOpen.changed", status.message()));
            } catch (IOException e) {
                tell(owner, Texts.format("documents.cannotOpen", d.title()),
                        Texts.format("documents.cannotOpen.readFailed", e.getMessage()));
            }
            return;
        }
        if (DocumentSafety.isOpenableUrl(d.url())) {
            openUrl(d.url(), owner);
            return;
        }
        tell(owner, Texts.format("documents.noCopy", d.title()), status.message());
    }

    private void showInApp(DocumentRef d, OfflineCopies copies, Window owner) {
        try {
            Optional<String> text = copies.folder().readText(d.file());
            if (text.isPresent()) {
                ExplainerView.show(owner, services.settings(), d.title(), text.get(), url -> openUrl(url, owner));
                state.status().say(Texts.format("documents.showing", d.title()));
                return;
            }
        } catch (IOException e) {
            tell(owner, Texts.format("documents.cannotShow", d.title()), Texts.format(
                    "documents.cannotShow.readFailed", d.file(), copies.folder().describe(), e.getMessage()));
            return;
        }
        tell(owner, Texts.format("documents.cannotShow", d.title()),
                Texts.format("documents.cannotShow.missing", d.file(), copies.folder().describe()));
    }

    /**
     * Opens a web page in the browser, only for an http or https address and only after the user agrees:
     * a dataset may come from anyone, so the address is shown before anything leaves the app.
     */
    public void openUrl(String url, Window owner) {
        if (!DocumentSafety.isOpenableUrl(url)) {
            tell(owner, Texts.get("documents.urlRefused"), Texts.format("documents.urlRefused.text",
                    DocumentSafety.shown(String.valueOf(url)), DocumentSafety.urlProblem(url).orElse("")));
            return;
        }
        ButtonType open = new ButtonType(Texts.get("documents.openUrl.button"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", open, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(Texts.get("documents.openUrl.title"));
        confirm.setHeaderText(Texts.get("documents.openUrl.header"));
        confirm.setContentText(url);
        confirm.getDialogPane().getStyleClass().add("confirm-url");
        themed(confirm);
        if (confirm.showAndWait().orElse(ButtonType.CANCEL) == open) {
            services.opener().openUrl(url);
            state.status().say(Texts.format("documents.openedUrl", url));
        }
    }

    public void copyUrl(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        state.status().say(Texts.format("documents.copiedUrl", url));
    }

    /** Asks for a local copy of the document and remembers it for this user. */
    public void locate(String key, DocumentRef d, Window owner) {
        Optional<Path> chosen = services.dialogs().chooseDocument(owner, d.title());
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> refused = attached.attach(key, chosen.get());
        if (refused.isPresent()) {
            tell(owner, Texts.get("documents.notLinked"), Texts.format("documents.notLinked.text", refused.get()));
            return;
        }
        changed();
        state.status().say(Texts.format("documents.linked", chosen.get().getFileName(), d.title()));
    }

    public void forget(String key, DocumentRef d) {
        attached.forget(key);
        changed();
        state.status().say(Texts.format("documents.forgot", d.title()));
    }

    /** The explainers of the open dataset, for the Help menu. */
    public List<DocumentLibrary.Entry> explainers() {
        return state.session().queries() == null ? List.of()
                : DocumentLibrary.of(state.session().queries()).filter(null, EXPLAINER, null);
    }

    private static void themed(Alert alert) {
        alert.getDialogPane().getStylesheets().add(Theme.url());
    }

    /** A warning the user reads and closes; the status bar says it too. */
    private void tell(Window owner, String header, String text) {
        state.status().say(Texts.format("documents.alert.status", header));
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("documents.alert.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add("document-warning");
        themed(alert);
        alert.show();
    }
}
