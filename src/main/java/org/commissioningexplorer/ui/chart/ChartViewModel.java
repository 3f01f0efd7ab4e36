package org.commissioningexplorer.ui.chart;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.chart.ChartModel;
import org.commissioningexplorer.core.chart.LayeredLayout;
import java.util.function.Function;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.ui.state.Navigation;
import org.commissioningexplorer.ui.state.View;

/**
 * What the org chart shows, following the main window: the chart is drawn round a centred body on the as-at
 * date. Selecting a body already in the chart (a click on its box, or in the tree) only marks its box, so the
 * chart stays put while the user reads it; selecting one that is not in it, or double-clicking a box, draws the
 * chart round that body. A new date or dataset redraws it.
 */
final class ChartViewModel {

    private final Navigation navigation;
    private final Function<Dataset, LayeredLayout> layouts;
    private final ReadOnlyObjectWrapper<ChartLayout> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private String centreId;
    private View drawn;

    /** {@code layouts} gives the layout for a dataset (box sizes depend on the words of its kinds). */
    ChartViewModel(Navigation navigation, Function<Dataset, LayeredLayout> layouts) {
        this.navigation = navigation;
        this.layouts = layouts;
        navigation.viewProperty().addListener((obs, old, view) -> follow(view));
        follow(navigation.view());
    }

    /** The chart to draw, or null when nothing is selected. */
    ReadOnlyObjectProperty<ChartLayout> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The key of the box of the body selected in the main window, or null. */
    ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** A click on a box: the main window selects that body; the chart stays as it is. */
    void select(String key) {
        if (isBody(key)) {
            navigation.select(key);
        }
    }

    /** A double-click on a box: the chart is drawn round that body, which the main window selects too. */
    void recentre(String key) {
        if (isBody(key)) {
            centreId = key;
            navigation.select(key);
            redraw(navigation.view());
        }
    }

    private boolean isBody(String key) {
        ChartLayout c = chart.get();
        return c != null && c.model().node(key).map(n -> !n.isMore()).orElse(false);
    }

    private void follow(View view) {
        String id = view.selectedId();
        selected.set(id);
        ChartLayout c = chart.get();
        boolean sameData = drawn != null && drawn.data() == view.data();
        if (id != null && (!sameData || centreId == null || c == null || !c.model().shows(id))) {
            centreId = id;
        }
        if (drawn == null || !sameData || !java.util.Objects.equals(drawn.asOf(), view.asOf())
                || c == null || !c.model().centre().id().equals(centreId)) {
            redraw(view);
        }
    }

    private void redraw(View view) {
        drawn = view;
        Body centre = view.data() == null || centreId == null ? null
                : view.data().dataset().body(centreId).orElse(null);
        chart.set(centre == null ? null
                : layouts.apply(view.data().dataset()).layout(ChartModel.of(view.queries(), centre, view.asOf())));
    }
}
