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
import org.commissioningexplorer.ui.common.Texts;

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
            copyLine.getChildren().add(button(Texts.get(inApp ? "documents.read" : "documents.open"), "doc-open",
                    Texts.get(inApp ? "documents.read.tooltip" : "documents.open.tooltip"), w -> docs.open(key, d, w)));
        }
        if (status.canLocate()) {
            copyLine.getChildren().add(button(Texts.get("documents.locate"), "doc-locate",
                    Texts.get("documents.locate.tooltip"), w -> docs.locate(key, d, w)));
        }
        if (status.canForget()) {
            copyLine.getChildren().add(button(Texts.get("documents.forget"), "doc-forget",
                    Texts.get("documents.forget.tooltip"), w -> docs.forget(key, d)));
        }
        box.getChildren().add(copyLine);
        if (status.state() != OfflineCopies.State.IN_DATASET && status.state() != OfflineCopies.State.NONE) {
            Label message = wrapped(status.message(), status.openable() ? "muted" : "doc-problem");
            box.getChildren().add(message);
        } else if (status.state() == OfflineCopies.State.NONE && d.url() == null) {
            box.getChildren().add(wrapped(Texts.get("documents.notPublished"), "muted"));
        }

        if (d.url() != null) {
            FlowPane urlLine = new FlowPane(8, 4);
            urlLine.setAlignment(Pos.CENTER_LEFT);
            Label url = new Label(DocumentSafety.shown(d.url()));
            url.getStyleClass().addAll("muted", "doc-url");
            url.setWrapText(true);
            urlLine.getChildren().addAll(url, button(Texts.get("documents.copyUrl"), "doc-copy-url",
                    Texts.get("documents.copyUrl.tooltip"), w -> docs.copyUrl(d.url())));
            if (DocumentSafety.isOpenableUrl(d.url())) {
                urlLine.getChildren().add(button(Texts.get("documents.openUrl"), "doc-open-url",
                        Texts.get("documents.openUrl.tooltip"), w -> docs.openUrl(d.url(), w)));
            }
            box.getChildren().add(urlLine);
        }
        return box;
    }

    private static String chipText(OfflineCopies.Status status, DocumentRef d) {
        return Texts.get(switch (status.state()) {
            case IN_DATASET -> OfflineCopies.shownInApp(d) ? "documents.chip.explainer" : "documents.chip.offline";
            case LOCATED -> "documents.chip.located";
            case LOCATED_MISSING -> "documents.chip.locatedMissing";
            case MISSING -> "documents.chip.missing";
            case REFUSED -> "documents.chip.refused";
            case NONE -> d.url() != null ? "documents.chip.online" : "documents.chip.none";
        });
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
