package org.commissioningexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.Texts;

/**
 * Drawn under the timeline's slider, lined up with its track: a tick at each day the structure changed and a
 * year label at each 1 April, as many as fit (every year, or every second or fifth). A click near a tick goes
 * to that change.
 */
final class TimeScaleMarks extends Region {

    /** How close (in pixels) a click or the end of a drag must be to a tick to land on it. */
    static final double SNAP_PIXELS = 6;
    private static final double TICK_HEIGHT = 7;
    private static final double LABEL_GAP = 10;

    private final Slider slider;
    private TimeScale scale;
    private List<LocalDate> changes = List.of();
    private final List<Region> changeTicks = new ArrayList<>();
    private final List<Label> yearLabels = new ArrayList<>();
    private final List<Region> yearTicks = new ArrayList<>();
    private final Tooltip tip = new Tooltip();

    TimeScaleMarks(Slider slider, TimeScale scale, Consumer<LocalDate> onPick) {
        this.slider = slider;
        this.scale = scale;
        getStyleClass().add("timeline-marks");
        setOnMouseClicked(e -> {
            LocalDate nearest = nearestChange(e.getX());
            if (nearest != null) {
                onPick.accept(nearest);
            }
        });
        setOnMouseMoved(e -> hover(nearestChange(e.getX())));
        setOnMouseExited(e -> hover(null));
    }

    /** Near a tick: a hand and the tick's date; elsewhere nothing to click. */
    private void hover(LocalDate change) {
        if (java.util.Objects.equals(change, hovered)) {
            return; // the same tick (or none) as at the last move: installing again would restart the tooltip's delay
        }
        hovered = change;
        if (change == null) {
            setCursor(null);
            Tooltip.uninstall(this, tip);
            return;
        }
        setCursor(Cursor.HAND);
        tip.setText(Texts.format("timeline.change.tooltip", Period.format(change)));
        Tooltip.install(this, tip);
    }

    private LocalDate hovered;

    /** Draws the scale and the change dates afresh. */
    void show(TimeScale scale, List<LocalDate> changes) {
        this.scale = scale;
        this.changes = List.copyOf(changes);
        getChildren().clear();
        changeTicks.clear();
        yearLabels.clear();
        yearTicks.clear();
        for (LocalDate d : scale.yearMarks()) {
            Region tick = new Region();
            tick.getStyleClass().add("timeline-year-tick");
            yearTicks.add(tick);
            Label label = new Label(Integer.toString(d.getYear()));
            label.getStyleClass().add("timeline-year");
            yearLabels.add(label);
        }
        for (LocalDate d : changes) {
            Region tick = new Region();
            tick.getStyleClass().add("timeline-change-tick");
            tick.setUserData(d);
            changeTicks.add(tick);
        }
        getChildren().addAll(yearTicks);
        getChildren().addAll(yearLabels);
        getChildren().addAll(changeTicks); // on top of the year ticks they share a day with
        requestLayout();
    }

    /** The ticks of the change dates (for tests), in date order. */
    List<Node> changeTicks() {
        return List.copyOf(changeTicks);
    }

    /** The year labels showing, as the user sees them (for tests). */
    List<Label> visibleYearLabels() {
        return yearLabels.stream().filter(Node::isVisible).toList();
    }

    /** Where the slider's thumb centre is for the first day: the track starts half a thumb in. */
    private double trackStart() {
        return slider.snappedLeftInset() + thumbWidth() / 2;
    }

    private double trackLength() {
        return Math.max(1, slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset() - thumbWidth());
    }

    private double thumbWidth() {
        Node thumb = slider.lookup(".thumb");
        return thumb == null ? 0 : thumb.prefWidth(-1);
    }

    /** The x of a date, in this region, which is as wide as the slider and under it. */
    double x(LocalDate d) {
        return trackStart() + trackLength() * scale.fraction(d);
    }

    /** The days one pixel stands for, to snap a drag to a nearby tick. */
    double daysPerPixel() {
        return scale.days() / trackLength();
    }

    private LocalDate nearestChange(double x) {
        LocalDate best = null;
        double bestGap = SNAP_PIXELS;
        for (LocalDate c : changes) {
            double gap = Math.abs(x(c) - x);
            if (gap <= bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    @Override
    protected double computePrefHeight(double width) {
        double label = yearLabels.isEmpty() ? 14 : yearLabels.get(0).prefHeight(-1);
        return snappedTopInset() + TICK_HEIGHT + label + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as the slider above it; never what makes the row wide
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        for (int i = 0; i < changeTicks.size(); i++) {
            double x = x(changes.get(i));
            changeTicks.get(i).resizeRelocate(Math.round(x) - 1, top, 2, TICK_HEIGHT);
        }
        List<LocalDate> marks = scale.yearMarks();
        double widest = yearLabels.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0);
        int step = TimeScale.yearStep(trackLength() * 365.25 / scale.days(), widest + LABEL_GAP);
        double rightEnd = getWidth();
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < marks.size(); i++) {
            double x = x(marks.get(i));
            yearTicks.get(i).resizeRelocate(Math.round(x), top + 2, 1, TICK_HEIGHT - 2);
            Label label = yearLabels.get(i);
            double w = label.prefWidth(-1);
            double lx = Math.max(0, Math.min(x - w / 2, rightEnd - w)); // the first and last stay in view
            boolean shown = i % step == 0 && lx >= lastRight + LABEL_GAP / 2 && lx + w <= rightEnd;
            label.setVisible(shown);
            if (shown) {
                lastRight = lx + w;
            }
            label.resizeRelocate(lx, top + TICK_HEIGHT, w, label.prefHeight(-1));
        }
    }
}
