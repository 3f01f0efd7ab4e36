package org.commissioningexplorer.ui.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;

/** Help › About: the version, the licence and the open dataset's attribution. */
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

    public AboutDialog(Window owner, DatasetInfo info) {
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
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStylesheets().add(Theme.url());
        getDialogPane().getStyleClass().add("about-dialog");
    }
}
