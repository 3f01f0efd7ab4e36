package org.commissioningexplorer.ui.docs;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.commissioningexplorer.core.docs.DocumentLibrary;
import org.commissioningexplorer.ui.state.DatasetSession;

/** Help › Explainers: one item per explainer in the open dataset, refilled when another dataset opens. */
public final class ExplainersMenu {

    private ExplainersMenu() {
    }

    public static void install(Menu menu, DatasetSession session, DocumentActions docs, Supplier<Window> owner) {
        Runnable fill = () -> {
            menu.getItems().clear();
            for (DocumentLibrary.Entry e : docs.explainers()) {
                String title = e.document().title();
                String shown = title.startsWith("Explainer: ") ? title.substring(11) : title;
                MenuItem item = new MenuItem(shown.isEmpty() ? title
                        : Character.toUpperCase(shown.charAt(0)) + shown.substring(1));
                item.setMnemonicParsing(false);
                item.setOnAction(ev -> docs.open(e.key(), e.document(), owner.get()));
                menu.getItems().add(item);
            }
            menu.setDisable(menu.getItems().isEmpty());
        };
        session.datasetProperty().addListener((obs, old, d) -> fill.run());
        fill.run();
    }
}
