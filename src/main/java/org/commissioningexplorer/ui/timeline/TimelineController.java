package org.commissioningexplorer.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.time.Eras;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * The "as at" bar: back and forward, a date field, Today, and a timeline that is a time scale from 1 April 2013
 * to today ({@link TimelineSlider}) with a tick at each day the structure changed. Under it, a sentence about
 * the era of the date.
 */
public final class TimelineController {

    private final ExplorerState state;
    private final Clock clock;
    private List<LocalDate> changes = List.of();
    private TimelineSlider timeline;
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
    private VBox scaleBox;
    @FXML
    private Label eraLabel;
    @FXML
    private Label dateError;

    public TimelineController(ExplorerState state) {
        this(state, Clock.systemDefaultZone());
    }

    /** With the clock that says what today is: the right end of the timeline (fixed in tests). */
    TimelineController(ExplorerState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @FXML
    private void initialize() {
        backButton.setGraphic(KindStyle.glyph(FontAwesome.Glyph.ARROW_LEFT));
        forwardButton.setGraphic(KindStyle.glyph(FontAwesome.Glyph.ARROW_RIGHT));
        backButton.disableProperty().bind(state.navigation().canGoBackProperty().not());
        forwardButton.disableProperty().bind(state.navigation().canGoForwardProperty().not());
        eraLabel.textProperty().bind(state.asAt().eraProperty());
        eraLabel.visibleProperty().bind(state.asAt().eraProperty().isNotEmpty());
        eraLabel.managedProperty().bind(eraLabel.visibleProperty());

        datePicker.setConverter(new LenientDates(datePicker, this::dateTyped));
        dateError.visibleProperty().bind(dateError.textProperty().isNotEmpty());
        dateError.managedProperty().bind(dateError.visibleProperty());
        datePicker.valueProperty().addListener((obs, old, date) -> {
            if (!syncing && date != null) {
                state.asAt().set(date);
            }
        });
        timeline = new TimelineSlider(slider, scaleBox, today(), state.asAt()::set, this::showWhileDragging,
                this::currentDate);
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (view.data() != old.data()) {
                resetTicks();
            } else if (!view.sameDataAndDate(old)) {
                show(view.asOf());
            }
        });
        resetTicks();
    }

    private LocalDate currentDate() {
        return state.asAt().get() == null ? today() : state.asAt().get();
    }

    /** A new dataset: the scale runs to today, with a tick at each day its structure changed. */
    private void resetTicks() {
        View view = state.navigation().view();
        LocalDate today = today();
        changes = view.queries() == null ? List.of() : Eras.changeDates(view.queries().lifetimes(), today);
        timeline.reset(new TimeScale(today), changes);
        slider.setDisable(view.queries() == null);
        show(view.asOf());
    }

    /** The date under the thumb while it is dragged, in the field; set when the thumb is let go. */
    private void showWhileDragging(LocalDate date) {
        syncing = true;
        try {
            datePicker.setValue(date);
        } finally {
            syncing = false;
        }
    }

    private void show(LocalDate date) {
        syncing = true;
        try {
            datePicker.setValue(date);
            if (date != null) {
                timeline.show(date);
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * After a date was typed: a date that is not one is kept in the field for correction, marked, with why beside
     * it ("February 2023 has 28 days"); the date shown stays as it was until a real one is entered.
     */
    private void dateTyped(String text, String problem) {
        datePicker.getStyleClass().remove("invalid");
        dateError.setText(problem == null ? "" : problem);
        if (problem != null) {
            datePicker.getStyleClass().add("invalid");
            // The picker puts its own value back into the field after this; the typed text goes back after that.
            javafx.application.Platform.runLater(() -> {
                datePicker.getEditor().setText(text);
                datePicker.getEditor().positionCaret(text.length());
            });
        }
    }

    /** The message beside the date field, "" when the date typed was fine (for tests). */
    String dateProblem() {
        return dateError.getText();
    }

    /** Moves to the next day the structure changed (Ctrl+]). */
    public void nextChange() {
        LocalDate d = currentDate();
        changes.stream().filter(c -> c.isAfter(d)).findFirst().ifPresent(state.asAt()::set);
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
            state.asAt().set(prev);
        }
    }

    /** Puts the keyboard in the date field (Ctrl+D). */
    public void focusDate() {
        datePicker.requestFocus();
        datePicker.getEditor().selectAll();
    }

    @FXML
    private void goToToday() {
        state.asAt().set(today());
    }

    @FXML
    private void goBack() {
        state.navigation().goBack();
    }

    @FXML
    private void goForward() {
        state.navigation().goForward();
    }

    /**
     * Reads 2019-04-01, 1/4/2019 or 1 April 2019; anything else keeps the date already shown (a typing
     * slip must not throw or blank the date) and tells {@code typed} why, with the text.
     */
    static final class LenientDates extends StringConverter<LocalDate> {
        private final DatePicker picker;
        private final java.util.function.BiConsumer<String, String> typed;

        LenientDates(DatePicker picker, java.util.function.BiConsumer<String, String> typed) {
            this.picker = picker;
            this.typed = typed;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                typed.accept("", null);
                return picker.getValue();
            }
            typed.accept(text, AsOf.whyNotADate(text));
            return AsOf.parseLenient(text).orElse(picker.getValue());
        }
    }
}
