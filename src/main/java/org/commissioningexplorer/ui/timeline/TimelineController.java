package org.commissioningexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.util.StringConverter;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.main.MainViewModel;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * The "as at" bar: back and forward, a date field, Today, and a timeline whose ticks are the days the
 * structure changed (each April, and 1 July 2022). Under it, a sentence about the era of the date.
 */
public final class TimelineController {

    private final MainViewModel model;
    private List<LocalDate> changes = List.of(LocalDate.now());
    private boolean syncing;

    @FXML
    private Button backButton;
    @FXML
    private Button forwardButton;
    @FXML
    private DatePicker datePicker;
    @FXML
    private Button todayButton;
    @FXML
    private Slider slider;
    @FXML
    private Label eraLabel;

    public TimelineController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        backButton.setGraphic(KindStyle.glyph(FontAwesome.Glyph.ARROW_LEFT));
        forwardButton.setGraphic(KindStyle.glyph(FontAwesome.Glyph.ARROW_RIGHT));
        backButton.disableProperty().bind(model.canGoBackProperty().not());
        forwardButton.disableProperty().bind(model.canGoForwardProperty().not());
        eraLabel.textProperty().bind(model.eraProperty());
        eraLabel.visibleProperty().bind(model.eraProperty().isNotEmpty());
        eraLabel.managedProperty().bind(eraLabel.visibleProperty());

        datePicker.setConverter(new LenientDates(datePicker));
        datePicker.valueProperty().addListener((obs, old, date) -> {
            if (!syncing && date != null) {
                model.asOfProperty().set(date);
            }
        });
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                int i = (int) Math.round(value);
                return i >= 0 && i < changes.size() ? Eras.tickLabel(changes.get(i)) : "";
            }

            @Override
            public Double fromString(String s) {
                return 0.0;
            }
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            int i = (int) Math.round(value.doubleValue());
            if (!syncing && i >= 0 && i < changes.size() && value.doubleValue() == i
                    && i != Eras.indexAtOrBefore(changes, currentDate())) {
                model.asOfProperty().set(changes.get(i));
            }
        });
        model.queriesProperty().addListener((obs, old, q) -> resetTicks());
        model.asOfProperty().addListener((obs, old, date) -> show(date));
        resetTicks();
    }

    private LocalDate currentDate() {
        return model.asOf() == null ? LocalDate.now() : model.asOf();
    }

    private void resetTicks() {
        changes = model.queries() == null ? List.of(LocalDate.now()) : Eras.changeDates(model.queries(), LocalDate.now());
        syncing = true;
        try {
            slider.setMin(0);
            slider.setMax(Math.max(1, changes.size() - 1));
            slider.setDisable(changes.size() < 2);
        } finally {
            syncing = false;
        }
        show(model.asOf());
    }

    private void show(LocalDate date) {
        syncing = true;
        try {
            datePicker.setValue(date);
            if (date != null) {
                slider.setValue(Eras.indexAtOrBefore(changes, date));
            }
        } finally {
            syncing = false;
        }
    }

    /** Moves to the next day the structure changed (Ctrl+]). */
    public void nextChange() {
        LocalDate d = currentDate();
        changes.stream().filter(c -> c.isAfter(d)).findFirst().ifPresent(model.asOfProperty()::set);
    }

    /** Moves to the last change before the as-at date (Ctrl+[). */
    public void previousChange() {
        LocalDate d = currentDate();
        LocalDate prev = null;
        for (LocalDate c : changes) {
            if (c.isBefore(d)) {
                prev = c;
            }
        }
        if (prev != null) {
            model.asOfProperty().set(prev);
        }
    }

    /** Puts the keyboard in the date field (Ctrl+D). */
    public void focusDate() {
        datePicker.requestFocus();
        datePicker.getEditor().selectAll();
    }

    @FXML
    private void today() {
        model.asOfProperty().set(LocalDate.now());
    }

    @FXML
    private void goBack() {
        model.goBack();
    }

    @FXML
    private void goForward() {
        model.goForward();
    }

    /**
     * Reads 2019-04-01, 1/4/2019 or 1 April 2019; anything else keeps the date already shown (a typing
     * slip must not throw or blank the date).
     */
    static final class LenientDates extends StringConverter<LocalDate> {
        private final DatePicker picker;

        LenientDates(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return picker.getValue();
            }
            return AsOf.parseLenient(text).orElse(picker.getValue());
        }
    }
}
