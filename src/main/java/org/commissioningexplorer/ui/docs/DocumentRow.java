package org.commissioningexplorer.ui.docs;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commissioningexplorer.core.data.DocumentSafety;
import org.commissioningexplorer.core.docs.OfflineCopies;
import org.commissioningexplorer.core.model.DocumentRef;

/**
 * The lower part of a document in the Documents section: whether an offline copy is present (and what to
 * do when it is missing), its web address with Copy and Open, and the buttons Open, Locate file… and
 * Forget located file.
 */
public final class DocumentRow {

    private DocumentRow() {
    }

    public static Node actions(DocumentActions docs, String key, DocumentRef d) {
        OfflineCopies.Status status = docs.status(key, d);
        VBox box = new VBox(4);
        box.getStyleClass().add("document-actions");

        FlowPane copyLine = new FlowPane(8, 4);
        copyLine.setAlignment(Pos.CENTER_LEFT);
        Label chip = new Label(chipText(status, d));
        chip.getStyleClass().addAll("chip", "offline-chip",
                "offline-" + status.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        chip.setMinWidth(Region.USE_PREF_SIZE);
        copyLine.getChildren().add(chip);
        boolean inApp = status.state() == OfflineCopies.State.IN_DATASET && OfflineCopies.shownInApp(d);
        if (status.openable()) {
            copyLine.getChildren().add(button(inApp ? "Read" : "Open", "doc-open",
                    inApp ? "Show it here, inside the app" : "Open the offline copy in the system viewer",
                    w -> docs.open(key, d, w)));
        }
        if (status.canLocate()) {
            copyLine.getChildren().add(button("Locate file…", "doc-locate",
                    "Pick your own copy of this document; the link is remembered for you", w -> docs.locate(key, d, w)));
        }
        if (status.canForget()) {
            copyLine.getChildren().add(button("Forget located file", "doc-forget",
                    "Stop using the file you located for this document", w -> docs.forget(key, d)));
        }
        box.getChildren().add(copyLine);
        if (status.state() != OfflineCopies.State.IN_DATASET && status.state() != OfflineCopies.State.NONE) {
            Label message = wrapped(status.message(), status.openable() ? "muted" : "doc-problem");
            box.getChildren().add(message);
        } else if (status.state() == OfflineCopies.State.NONE && d.url() == null) {
            box.getChildren().add(wrapped("Where it was published is not recorded.", "muted"));
        }

        if (d.url() != null) {
            FlowPane urlLine = new FlowPane(8, 4);
            urlLine.setAlignment(Pos.CENTER_LEFT);
            Label url = new Label(DocumentSafety.shown(d.url()));
            url.getStyleClass().addAll("muted", "doc-url");
            url.setWrapText(true);
            urlLine.getChildren().addAll(url, button("Copy", "doc-copy-url", "Copy the address", w -> docs.copyUrl(d.url())));
            if (DocumentSafety.isOpenableUrl(d.url())) {
                urlLine.getChildren().add(button("Open web page…", "doc-open-url",
                        "Open the page in your web browser (asks first)", w -> docs.openUrl(d.url(), w)));
            }
            box.getChildren().add(urlLine);
        }
        return box;
    }

    private static String chipText(OfflineCopies.Status status, DocumentRef d) {
        return switch (status.state()) {
            case IN_DATASET -> OfflineCopies.shownInApp(d) ? "Explainer in the app" : "Offline copy";
            case LOCATED -> "Located copy";
            case LOCATED_MISSING -> "Located file missing";
            case MISSING -> "Offline copy missing";
            case REFUSED -> "Offline copy refused";
            case NONE -> d.url() != null ? "Online only" : "No offline copy";
        };
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String style, String tip, java.util.function.Consumer<Window> action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("doc-action", style);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.accept(b.getScene() == null ? null : b.getScene().getWindow()));
        return b;
    }
}
