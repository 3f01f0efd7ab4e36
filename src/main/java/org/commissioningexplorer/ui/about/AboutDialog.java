package org.commissioningexplorer.ui.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;

/**
 * Help › About: the version, the licence and the open dataset's attribution; under "About the data", for
 * maintainers, every source with where the project's copy came from (file, repository, commit), which a body's
 * Sources list leaves out.
 */
public final class AboutDialog extends Dialog<Void> {

    @FXML
    private Label version;
    @FXML
    private Label datasetTitle;
    @FXML
    private Label datasetEdition;
    @FXML
    private Label datasetLicence;
    @FXML
    private Label attribution;
    @FXML
    private ListView<Source> sources;

    public AboutDialog(Window owner, DatasetInfo info, Collection<Source> dataSources) {
        initOwner(owner);
        setTitle(Texts.get("about.title"));
        FXMLLoader loader = new FXMLLoader(AboutDialog.class.getResource(
                "/org/commissioningexplorer/ui/about/About.fxml"), Texts.bundle());
        loader.setController(this);
        VBox content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version.setText(Texts.format("about.version", AppInfo.version(), AppInfo.LICENCE));
        if (info != null) {
            datasetTitle.setText(info.title());
            datasetEdition.setText(Texts.format("about.edition", Period.format(info.edition()),
                    "bundled".equals(info.location()) ? Texts.get("about.bundled") : info.location()));
            datasetLicence.setText(info.licence() == null ? "" : info.licence());
            attribution.setText(info.attribution() == null ? "" : info.attribution());
        }
        sources.getItems().setAll(dataSources);
        sources.setCellFactory(list -> new SourceCell());
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(Theme.url());
        getDialogPane().getStyleClass().add("about-dialog");
    }

    /** A source: how a reader sees it, then where the copy came from. */
    private static final class SourceCell extends ListCell<Source> {
        private final Label citation = new Label();
        private final Label origin = new Label();
        private final VBox box = new VBox(2, citation, origin);

        SourceCell() {
            citation.setWrapText(true);
            citation.getStyleClass().add("item-title");
            origin.setWrapText(true);
            origin.getStyleClass().add("muted");
            box.setMaxWidth(460);
            citation.setMaxWidth(460);
            origin.setMaxWidth(460);
        }

        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            citation.setText(s.citation());
            origin.setText(s.origin() != null ? Texts.format("about.origin", s.origin())
                    : s.url() != null ? s.url() : Texts.get("about.origin.none"));
            setGraphic(box);
        }
    }
}
