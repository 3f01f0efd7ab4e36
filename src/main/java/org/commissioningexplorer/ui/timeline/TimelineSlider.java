package org.commissioningexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The timeline's slider on a {@link TimeScale}, with its {@link TimeScaleMarks} underneath. Dragging shows the
 * date in the field as it goes and moves the as-at date on release (onto a change if released beside its tick);
 * a click on the track moves it at once. Keys: Left/Right the previous/next change (or the ends), Shift+Left/Right
 * a month, Home 1 April 2013, End today.
 */
final class TimelineSlider {

    private final Slider slider;
    private final TimeScaleMarks marks;
    private final Consumer<LocalDate> onDate;
    private final Supplier<LocalDate> current;
    private TimeScale scale;
    private List<LocalDate> changes = List.of();
    private boolean syncing;

    /**
     * @param onDate    sets the as-at date
     * @param dragging  shows a date while the thumb is dragged, before it is set
     * @param current   the as-at date the keys move from
     */
    TimelineSlider(Slider slider, Pane box, LocalDate today, Consumer<LocalDate> onDate,
            Consumer<LocalDate> dragging, Supplier<LocalDate> current) {
        this.slider = slider;
        this.onDate = onDate;
        this.current = current;
        this.scale = new TimeScale(today);
        this.marks = new TimeScaleMarks(slider, scale, onDate);
        box.getChildren().add(marks);
        slider.setMin(0);
        slider.setMax(scale.days());
        slider.setTooltip(new Tooltip(Texts.get("timeline.scale.tooltip")));
        slider.valueProperty().addListener((obs, old, value) -> {
            if (syncing) {
                return;
            }
            LocalDate d = scale.date(value.doubleValue());
            if (slider.isValueChanging()) {
                dragging.accept(d);
            } else {
                onDate.accept(d);
            }
        });
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!syncing && !now) {
                LocalDate d = scale.date(slider.getValue());
                onDate.accept(TimeScale.snap(d, changes, TimeScaleMarks.SNAP_PIXELS * marks.daysPerPixel()));
                // Let go beside the date already shown, the date does not change and nothing redraws: put the
                // field and the thumb back on the date that holds.
                dragging.accept(current.get());
                show(current.get());
            }
        });
        // A press on the track, and a drag along it, works as dragging the thumb does: the field follows and the
        // date is set once, on release, not for every pixel (the slider's own track drag never says it is changing).
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> slider.setValueChanging(true));
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> slider.setValueChanging(false));
        slider.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent e) {
        if (e.isAltDown() || e.isShortcutDown() || e.isControlDown() || e.isMetaDown()) {
            return; // Alt+Left is Back, Ctrl+Page Down the next change: the window's
        }
        LocalDate d = current.get();
        LocalDate to = switch (e.getCode()) {
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> e.isShiftDown() ? d.minusMonths(1)
                    : TimeScale.previousChange(changes, d);
            case RIGHT, UP, KP_RIGHT, KP_UP -> e.isShiftDown() ? d.plusMonths(1)
                    : TimeScale.nextChange(changes, d, scale.end());
            case HOME -> TimeScale.START;
            case END -> scale.end();
            default -> null;
        };
        if (to != null) {
            e.consume();
            LocalDate onScale = scale.date(scale.position(to));
            // A date outside the scale (before April 2013, after today) is kept to the scale's end only in the
            // direction pressed: Left from 2012 must not jump forward to 2013.
            if (Integer.signum(onScale.compareTo(d)) == Integer.signum(to.compareTo(d))) {
                onDate.accept(onScale);
            }
        }
    }

    /** A new scale and new change dates (another dataset, or another day). */
    void reset(TimeScale scale, List<LocalDate> changes) {
        this.scale = scale;
        this.changes = List.copyOf(changes);
        syncing = true;
        try {
            slider.setMax(scale.days());
            slider.setDisable(scale.days() < 1);
        } finally {
            syncing = false;
        }
        marks.show(scale, changes);
    }

    /** Moves the thumb to {@code date} without setting it again. */
    void show(LocalDate date) {
        syncing = true;
        try {
            slider.setValue(scale.position(date));
            slider.setAccessibleText(Period.format(date));
        } finally {
            syncing = false;
        }
    }

    TimeScale scale() {
        return scale;
    }

    TimeScaleMarks marks() {
        return marks;
    }
}
