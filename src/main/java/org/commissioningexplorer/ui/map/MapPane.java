package org.commissioningexplorer.ui.map;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.commissioningexplorer.core.geo.MapPicture;
import org.commissioningexplorer.core.geo.WhereText;
import org.commissioningexplorer.core.geo.Whereabouts;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.StatusLine;

/**
 * View › Map (Ctrl+M): England's CCG or ICB areas on the as-at date, coloured by NHS England region, beside the
 * detail pane ({@link MapViewModel}, drawn by {@link MapCanvas}). A click selects the body there and says what
 * covered the place; Play steps the date through every change of the areas to today; Export map… saves a PNG
 * 1920 pixels wide. The legend, the answer to the last click and the attribution sit under the map.
 */
public final class MapPane extends BorderPane {

    /** How long each date stays on screen while playing. */
    static final Duration PLAY_STEP = Duration.seconds(1.6);

    private final MapViewModel model;
    private final FileDialogs dialogs;
    private final BackgroundRunner runner;
    private final StatusLine status;
    private final MapCanvas canvas = new MapCanvas();
    private final Label caption = new Label();
    private final Label hoverLabel = new Label();
    private final Label message = new Label();
    private final FlowPane legend = new FlowPane();
    private final VBox here = new VBox();
    private final Label attribution = new Label();
    private final Button play = new Button();
    private final Timeline player = new Timeline(new KeyFrame(PLAY_STEP, e -> step()));
    private final javafx.beans.InvalidationListener themeChanged = o -> readPalette();

    public MapPane(MapViewModel model, FileDialogs dialogs, BackgroundRunner runner, StatusLine status) {
        this.model = model;
        this.dialogs = dialogs;
        this.runner = runner;
        this.status = status;
        getStyleClass().add("map-pane");
        getStylesheets().add(MapPane.class.getResource("/org/commissioningexplorer/ui/map/map.css").toExternalForm());
        player.setCycleCount(Timeline.INDEFINITE);
        setTop(toolbar());
        caption.getStyleClass().add("map-caption");
        caption.setMouseTransparent(true);
        hoverLabel.getStyleClass().add("map-hover");
        hoverLabel.setMouseTransparent(true);
        hoverLabel.setVisible(false);
        message.getStyleClass().add("map-empty");
        message.setMouseTransparent(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        StackPane stack = new StackPane(canvas, caption, hoverLabel, message);
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setAlignment(hoverLabel, Pos.BOTTOM_LEFT);
        StackPane.setMargin(caption, new javafx.geometry.Insets(8));
        StackPane.setMargin(hoverLabel, new javafx.geometry.Insets(8));
        setCenter(stack);
        setBottom(side());
        canvas.setAccessibleText(Texts.get("map.accessible"));
        canvas.setOnHover((lon, lat, detailed) -> {
            var area = model.areaAt(lon, lat, detailed);
            String text = model.describe(area, lon, lat);
            hoverLabel.setText(text);
            hoverLabel.setVisible(!text.isEmpty());
            return area;
        });
        canvas.setOnClick((p, detailed) -> model.clickAt(p[0], p[1], detailed));
        canvas.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.P && !e.isShortcutDown() && !e.isAltDown()) {
                togglePlay();
                e.consume();
            }
        });
        canvas.setCouncils(model.councilsProperty().get());
        model.councilsProperty().addListener((obs, o, on) -> canvas.setCouncils(on));
        model.pictureProperty().addListener((obs, o, p) -> show(p));
        model.hereProperty().addListener((obs, o, a) -> showHere(a));
        // One listener on the window's stylesheets (the theme), moved with the pane, never added twice.
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getStylesheets().removeListener(themeChanged);
            }
            if (scene != null) {
                readPalette();
                scene.getStylesheets().addListener(themeChanged);
            }
        });
        show(model.picture());
        showHere(null);
    }

    /** The map's buttons; they wrap onto a second row rather than hide behind an overflow when the column is narrow. */
    private FlowPane toolbar() {
        play.getStyleClass().add("map-play");
        play.setOnAction(e -> togglePlay());
        play.setTooltip(new Tooltip(Texts.get("map.play.tooltip")));
        showPlaying(false);
        CheckBox councils = new CheckBox(Texts.get("map.councils"));
        councils.getStyleClass().add("map-councils");
        councils.selectedProperty().bindBidirectional(model.councilsProperty());
        councils.setTooltip(new Tooltip(Texts.get("map.councils.tooltip")));
        Button out = button(Texts.get("map.zoomOut"), Texts.get("map.zoomOut.tooltip"),
                () -> canvas.zoomBy(1 / MapCanvas.ZOOM_STEP));
        Button in = button(Texts.get("map.zoomIn"), Texts.get("map.zoomIn.tooltip"),
                () -> canvas.zoomBy(MapCanvas.ZOOM_STEP));
        Button fit = button(Texts.get("map.fit"), Texts.get("map.fit.tooltip"), canvas::fitAll);
        Button export = button(Texts.get("map.export"), Texts.get("map.export.tooltip"), this::export);
        export.getStyleClass().add("map-export");
        export.disableProperty().bind(model.pictureProperty().isNull());
        FlowPane bar = new FlowPane(6, 4, play, councils, out, in, fit, export);
        bar.getStyleClass().addAll("tool-bar", "map-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox side() {
        legend.getStyleClass().add("map-legend");
        legend.setHgap(14);
        legend.setVgap(4);
        here.getStyleClass().add("map-here-box");
        attribution.getStyleClass().add("map-attribution");
        VBox box = new VBox(legend, here, attribution);
        box.getStyleClass().add("map-side");
        return box;
    }

    /** Whether the map is on screen; a hidden map stops playing and does no work. */
    public void setActive(boolean on) {
        if (!on) {
            stop();
        }
        model.setActive(on);
        if (on) {
            canvas.requestFocus();
        }
    }

    /** The theme's map colours; the canvas redraws once with them, and the legend follows. */
    private void readPalette() {
        canvas.setPalette(MapPalette.read(this));
        describe(model.picture());
    }

    private void show(MapPicture p) {
        canvas.show(p);
        describe(p);
    }

    /** Everything about a picture but the drawing: caption, attribution, legend, the hint when nothing is asked. */
    private void describe(MapPicture p) {
        if (model.hereProperty().get() == null) {
            showHere(null);
        }
        caption.setVisible(p != null && p.layers().commissioning() != null);
        if (p == null) {
            return;
        }
        caption.setText(captionOf(p));
        attribution.setText(model.boundaries() == null ? "" : model.boundaries().attribution());
        fillLegend(p);
    }

    static String captionOf(MapPicture p) {
        if (p.layers().commissioning() == null) {
            return Period.format(p.date());
        }
        return Texts.format(p.layers().icbs() ? "map.caption.icbs" : "map.caption.ccgs", Period.format(p.date()),
                p.bodies());
    }

    private void fillLegend(MapPicture p) {
        legend.getChildren().clear();
        List<Body> regions = p.regions();
        MapPalette palette = canvas.palette();
        for (int i = 0; i < regions.size(); i++) {
            legend.getChildren().add(row(palette.region(i), null, regions.get(i).name()));
        }
        if (p.colours().size() < p.layers().commissioning().areas().size()) {
            legend.getChildren().add(row(palette.none(), null, Texts.get("map.legend.noRegion")));
        }
        if (!p.selected().isEmpty()) {
            legend.getChildren().add(row(palette.selected(), null, Texts.get("map.legend.selected")));
        }
        if (!p.before().isEmpty()) {
            legend.getChildren().add(row(null, palette.before(), Texts.get("map.legend.before")));
        }
        if (!p.after().isEmpty()) {
            legend.getChildren().add(row(null, palette.after(), Texts.get("map.legend.after")));
        }
        if (model.councilsProperty().get() && p.layers().authorities() != null) {
            legend.getChildren().add(row(null, palette.council(), Texts.get("map.legend.councils")));
        }
    }

    private static HBox row(Color fill, Color line, String text) {
        Region swatch = new Region();
        swatch.getStyleClass().add("map-swatch");
        if (fill != null) {
            swatch.setStyle("-fx-background-color: " + web(fill) + ";");
        } else {
            swatch.setStyle("-fx-border-color: " + web(line) + "; -fx-border-width: 3;");
        }
        HBox row = new HBox(swatch, new Label(text));
        row.getStyleClass().add("map-legend-row");
        return row;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private void showHere(Whereabouts.Answer a) {
        here.getChildren().clear();
        if (a == null) {
            if (model.picture() != null) { // no hint to click a map that is not drawn
                Label hint = new Label(Texts.get("map.hint"));
                hint.getStyleClass().add("map-note");
                here.getChildren().add(hint);
            }
            return;
        }
        Label heading = new Label(Texts.format("map.here", Period.format(a.date())));
        heading.getStyleClass().add("map-side-heading");
        here.getChildren().add(heading);
        String absent = WhereText.absent(a);
        if (absent != null) {
            here.getChildren().add(wrapped(absent, "map-here"));
        }
        for (WhereText.Row r : WhereText.rows(a)) {
            here.getChildren().add(wrapped(r.label() + ": " + r.value(), "map-here"));
        }
        for (String note : WhereText.notes(a)) {
            here.getChildren().add(wrapped(note, "map-note"));
        }
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void togglePlay() {
        if (player.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            stop();
            return;
        }
        LocalDate now = model.date();
        if (now == null || model.boundaries() == null) {
            return;
        }
        if (model.nextPlayDate(now) == null || now.isBefore(model.firstPlayDate())) {
            model.moveTo(model.firstPlayDate());
        } else {
            step();
        }
        showPlaying(true);
        player.playFromStart();
    }

    /** One step of play: the next change of the areas, or the end. */
    void step() {
        LocalDate next = model.date() == null ? null : model.nextPlayDate(model.date());
        if (next == null) {
            stop();
        } else {
            model.moveTo(next);
        }
    }

    void stop() {
        player.stop();
        showPlaying(false);
    }

    boolean playing() {
        return player.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void showPlaying(boolean on) {
        play.setText(Texts.get(on ? "map.pause" : "map.play"));
    }

    /** File › Export map…: asks where, then writes the map as it is on screen, 1920 pixels wide. */
    public void export() {
        MapPicture p = model.picture();
        if (p == null || canvas.frame() == null || getScene() == null) {
            return;
        }
        String name = "map-" + p.date() + ".png";
        dialogs.saveImage(getScene().getWindow(), name).ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        MapPicture p = model.picture();
        MapExport.Image image = MapExport.draw(canvas.renderer(), p, canvas.frame(), canvas.getWidth(),
                canvas.getHeight(), canvas.palette(), new MapRenderer.Options(canvas.detailed(),
                        model.councilsProperty().get(), null), captionOf(p), model.boundaries().attribution());
        runner.run(() -> {
            MapExport.write(image, file);
            return file;
        }, f -> status.say(Texts.format("map.exported", f.getFileName())),
                e -> status.say(Texts.format("map.exportFailed", file.getFileName(), e.getMessage())));
    }

    /** Whether there is a map to export now. */
    public boolean exportable() {
        return model.picture() != null && canvas.frame() != null && getScene() != null;
    }

    /** Runs {@code action} once, when the map has first been drawn. */
    public void whenDrawn(Runnable action) {
        javafx.beans.value.ChangeListener<MapPicture> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends MapPicture> obs, MapPicture o,
                    MapPicture p) {
                if (p != null) {
                    model.pictureProperty().removeListener(this);
                    javafx.application.Platform.runLater(action); // after the canvas has laid itself out
                }
            }
        };
        model.pictureProperty().addListener(once);
    }

    MapCanvas canvas() {
        return canvas;
    }

    MapViewModel model() {
        return model;
    }
}
