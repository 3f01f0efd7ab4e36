package org.commissioningexplorer.ui.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.commissioningexplorer.core.geo.Boundaries;
import org.commissioningexplorer.core.geo.GeoArea;
import org.commissioningexplorer.core.geo.MapPicture;
import org.commissioningexplorer.core.geo.MapPictures;
import org.commissioningexplorer.core.geo.Whereabouts;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.OpenDataset;
import org.commissioningexplorer.ui.state.View;

/**
 * The map's state, without nodes: the boundaries (read off the UI thread the first time the map is shown), the
 * picture of the as-at date and selection, what a click found there, and the councils' layer switched on or off
 * (remembered as {@code map.councils}). It follows the window's one view: moving the date or the selection
 * anywhere redraws the map; a click on it selects the body there, as the tree would.
 */
public final class MapViewModel {

    static final String COUNCILS_KEY = "map.councils";

    private final ExplorerState state;
    private final BackgroundRunner runner;
    private final Callable<Boundaries> loader;
    private final ReadOnlyObjectWrapper<MapPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Whereabouts.Answer> here = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(Texts.get("map.loading"));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final BooleanProperty councils = new SimpleBooleanProperty();
    private Boundaries boundaries;
    private boolean loading;
    private boolean active;
    private OpenDataset pictured;
    private MapPictures pictures;
    private Whereabouts whereabouts;

    public MapViewModel(ExplorerState state, BackgroundRunner runner, Settings settings, Callable<Boundaries> loader) {
        this.state = state;
        this.runner = runner;
        this.loader = loader;
        councils.set(Boolean.parseBoolean(settings.get(COUNCILS_KEY, "false")));
        councils.addListener((obs, old, on) -> settings.put(COUNCILS_KEY, Boolean.toString(on)));
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (view.data() != old.data() || !java.util.Objects.equals(view.asOf(), old.asOf())) {
                here.set(null); // what was under a click then is not what is there now
            }
            refresh();
        });
    }

    /** Whether the map is on screen; a hidden map does no work when the date or selection moves. */
    public void setActive(boolean on) {
        active = on;
        if (on) {
            load();
            refresh();
        }
    }

    /** Reads the boundaries, once, off the UI thread. */
    public void load() {
        if (boundaries != null || loading) {
            return;
        }
        loading = true;
        message.set(Texts.get("map.loading"));
        runner.run(loader, b -> {
            loading = false;
            boundaries = b;
            loaded.set(true);
            message.set("");
            refresh();
        }, e -> {
            loading = false;
            message.set(Texts.format("map.failed", e.getMessage()));
        });
    }

    private void refresh() {
        View view = state.navigation().view();
        if (!active || boundaries == null || view.data() == null || view.asOf() == null) {
            return;
        }
        if (view.data() != pictured) {
            pictured = view.data();
            pictures = new MapPictures(boundaries, view.queries());
            whereabouts = new Whereabouts(boundaries, view.queries());
        }
        MapPicture p = pictures.on(view.asOf(), view.selected());
        picture.set(p);
        message.set(p.layers().commissioning() == null ? Texts.format("map.noAreas", Period.format(view.asOf())) : "");
    }

    public ReadOnlyObjectProperty<MapPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public MapPicture picture() {
        return picture.get();
    }

    /** What covered the point last clicked, on the date it was clicked; null before a click. */
    public ReadOnlyObjectProperty<Whereabouts.Answer> hereProperty() {
        return here.getReadOnlyProperty();
    }

    /** "Loading the map…", why it could not be read, or that no areas held on the date; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanProperty councilsProperty() {
        return councils;
    }

    public Boundaries boundaries() {
        return boundaries;
    }

    /**
     * A click at a point: says what covered it and selects the body there — the sub-ICB location when
     * {@code detailed} (the map is zoomed in far enough to show them), else the CCG or ICB.
     */
    public void clickAt(double lon, double lat, boolean detailed) {
        View view = state.navigation().view();
        if (whereabouts == null || view.asOf() == null) {
            return;
        }
        Whereabouts.Answer a = whereabouts.at(lon, lat, view.asOf());
        Whereabouts.Place place = detailed && a.subIcb() != null ? a.subIcb() : a.commissioner();
        if (place != null && place.body().isPresent()) {
            state.navigation().select(place.body().get());
        }
        here.set(a);
    }

    /** The area under a point ({@code detailed}: the sub-ICB location), for the hover outline; null if none. */
    public GeoArea areaAt(double lon, double lat, boolean detailed) {
        MapPicture p = picture.get();
        if (p == null || p.layers().commissioning() == null) {
            return null;
        }
        if (detailed && p.layers().subIcb() != null) {
            GeoArea sub = p.layers().subIcb().areaAt(lon, lat).orElse(null);
            if (sub != null) {
                return sub;
            }
        }
        return p.layers().commissioning().areaAt(lon, lat).orElse(null);
    }

    /** "NHS Norwich CCG (06W)", and the council there when the councils' layer is on; empty off England. */
    public String describe(GeoArea area, double lon, double lat) {
        if (area == null || whereabouts == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(label(whereabouts.place(area)));
        MapPicture p = picture.get();
        if (councils.get() && p != null && p.layers().authorities() != null) {
            p.layers().authorities().areaAt(lon, lat).ifPresent(c -> parts.add(label(whereabouts.place(c))));
        }
        return String.join("  ·  ", parts);
    }

    static String label(Whereabouts.Place place) {
        if (place.bodies().isEmpty()) {
            return Texts.format("map.notInDataset", place.area().code());
        }
        List<String> names = new ArrayList<>();
        for (Body b : place.bodies()) {
            names.add(b.name() + b.primaryCode().map(c -> " (" + c + ")").orElse(""));
        }
        return String.join(", ", names);
    }

    /**
     * The next date of the years played forward from {@code now}: the next day a boundary layer began, then
     * today; null at the end.
     */
    public LocalDate nextPlayDate(LocalDate now) {
        if (boundaries == null) {
            return null;
        }
        for (LocalDate d : boundaries.changeDates()) {
            if (d.isAfter(now)) {
                return d;
            }
        }
        LocalDate today = LocalDate.now();
        return now.isBefore(today) ? today : null;
    }

    /** Where play starts: the first day of the CCGs. */
    public LocalDate firstPlayDate() {
        return boundaries == null || boundaries.changeDates().isEmpty() ? null : boundaries.changeDates().get(0);
    }

    /** Moves the as-at date (play, and the map's own Previous/Next). */
    public void moveTo(LocalDate date) {
        state.asAt().set(date);
    }

    public LocalDate date() {
        return state.navigation().view().asOf();
    }
}
