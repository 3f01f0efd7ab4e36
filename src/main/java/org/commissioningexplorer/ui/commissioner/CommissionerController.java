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
import org.commissioningexplorer.ui.common.Texts;

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
        placeLabel.setText(selected == null ? Texts.get("commissioner.nothingSelected") : describe(selected));
        dateLabel.setText(model.date() == null ? "" : Period.format(model.date()));
        if (a == null) {
            answerBox.getChildren().add(muted(Texts.get("commissioner.noPlace")));
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
            answerBox.getChildren().add(section(Texts.get("commissioner.commissionedBy")));
            findings(a.answer(), "commissioner-answer-row");
        } else {
            answerBox.getChildren().add(muted(Texts.format("commissioner.nobody",
                    a.service().label().toLowerCase(java.util.Locale.ROOT))));
        }
        if (!a.also().isEmpty()) {
            answerBox.getChildren().add(section(Texts.get("commissioner.alsoRecorded")));
            findings(a.also(), "commissioner-also-row");
        }
        if (!a.bodies().isEmpty()) {
            answerBox.getChildren().add(muted(Texts.format("commissioner.bodies", String.join(", ",
                    a.bodies().stream().map(Body::name).toList()))));
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
            Label what = new Label(r.scope() == null
                    ? Texts.format("commissioner.finding", capitalise(f.roleText()), r.service())
                    : Texts.format("commissioner.finding.scoped", capitalise(f.roleText()), r.service(), r.scope()));
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
                String cited = s.url() == null ? Texts.format("commissioner.source", s.citation())
                        : Texts.format("commissioner.source.url", s.citation(), s.url());
                Label source = new Label(f.standard()
                        ? Texts.format("commissioner.source.standard", cited, kindLabel(f.body())) : cited);
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
        return b.primaryCode().map(c -> Texts.format("commissioner.place.coded", b.name(), c)).orElse(b.name());
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
