package org.commissioningexplorer.ui.commissioner;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.Commissioners;
import org.commissioningexplorer.core.query.ServiceCatalogue;
import org.commissioningexplorer.ui.common.KindStyle;

/** Shows the answer of {@link CommissionerViewModel}: who, in the dataset's words, with each source. */
public final class CommissionerController {

    private final CommissionerViewModel model;

    @FXML
    private ComboBox<ServiceCatalogue.Service> serviceBox;
    @FXML
    private Label placeLabel;
    @FXML
    private Label dateLabel;
    @FXML
    private VBox answerBox;

    public CommissionerController(CommissionerViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        serviceBox.getItems().setAll(model.catalogue().all());
        serviceBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ServiceCatalogue.Service s) {
                return s == null ? "" : s.label();
            }

            @Override
            public ServiceCatalogue.Service fromString(String text) {
                return model.catalogue().find(text).orElse(null);
            }
        });
        serviceBox.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceCatalogue.Service s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        });
        serviceBox.valueProperty().bindBidirectional(model.serviceProperty());
        model.answerProperty().addListener((obs, old, a) -> show(a));
        show(model.answerProperty().get());
    }

    /** Puts the keyboard in the service list. */
    public void focusService() {
        serviceBox.requestFocus();
    }

    private void show(Commissioners.Answer a) {
        answerBox.getChildren().clear();
        Body selected = model.placeProperty().get();
        placeLabel.setText(selected == null ? "Nothing selected" : describe(selected));
        dateLabel.setText(model.date() == null ? "" : Period.format(model.date()));
        if (a == null) {
            answerBox.getChildren().add(muted("Select a CCG, ICB, local authority or Health and Wellbeing Board in the "
                    + "main window."));
            return;
        }
        if (!a.place().equals(selected)) {
            placeLabel.setText(describe(a.place()));
        }
        if (a.note() != null) {
            Label note = new Label(a.note());
            note.setWrapText(true);
            note.getStyleClass().add("commissioner-note");
            answerBox.getChildren().add(note);
        }
        if (a.answered()) {
            answerBox.getChildren().add(section("Commissioned by"));
            findings(a.answer(), "commissioner-answer-row");
        } else {
            answerBox.getChildren().add(muted("The dataset records nobody commissioning "
                    + a.service().label().toLowerCase(java.util.Locale.ROOT) + " here on that day."));
        }
        if (!a.also().isEmpty()) {
            answerBox.getChildren().add(section("Also recorded"));
            findings(a.also(), "commissioner-also-row");
        }
        if (!a.bodies().isEmpty()) {
            answerBox.getChildren().add(muted("Bodies for this place on that day: " + String.join(", ",
                    a.bodies().stream().map(Body::name).toList()) + "."));
        }
    }

    private void findings(List<Commissioners.Finding> findings, String styleClass) {
        Body last = null;
        VBox card = null;
        for (Commissioners.Finding f : findings) {
            if (!f.body().equals(last)) {
                card = new VBox(4);
                card.getStyleClass().addAll("commissioner-card", styleClass);
                Hyperlink link = new Hyperlink(f.body().name());
                link.getStyleClass().add("body-link");
                link.setUserData(f.body().id());
                Body target = f.body();
                link.setOnAction(e -> model.show(target));
                HBox head = new HBox(6, KindStyle.icon(f.body().kind()), link);
                head.getStyleClass().add("commissioner-card-head");
                card.getChildren().add(head);
                if (f.via() != null) {
                    card.getChildren().add(muted(capitalise(f.via())));
                }
                answerBox.getChildren().add(card);
                last = f.body();
            }
            Responsibility r = f.responsibility();
            Label what = new Label(capitalise(f.roleText()) + ": " + r.service()
                    + (r.scope() == null ? "" : " (" + r.scope() + ")"));
            what.setWrapText(true);
            what.getStyleClass().add("commissioner-service");
            card.getChildren().add(what);
            if (r.notes() != null) {
                Label notes = new Label(r.notes());
                notes.setWrapText(true);
                notes.getStyleClass().add("commissioner-notes");
                card.getChildren().add(notes);
            }
            Source s = f.source();
            if (s != null) {
                Label source = new Label("Source: " + s.citation() + (s.url() == null ? "" : " — " + s.url())
                        + (f.standard() ? "  ·  standard for every " + kindLabel(f.body()) : ""));
                source.setWrapText(true);
                source.getStyleClass().add("commissioner-source");
                card.getChildren().add(source);
            }
        }
    }

    private String kindLabel(Body b) {
        var q = model.queries();
        return q == null ? b.kind() : q.dataset().kind(b.kind()).label();
    }

    private static String describe(Body b) {
        return b.name() + b.primaryCode().map(c -> " (" + c + ")").orElse("");
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("commissioner-section");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
