package org.commissioningexplorer.ui.map;

import java.util.function.BiConsumer;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import org.commissioningexplorer.core.geo.GeoArea;
import org.commissioningexplorer.core.geo.MapPicture;

/**
 * The drawn map and its input: drag to pan, wheel or pinch to zoom about the pointer, a two-finger trackpad
 * swipe pans; from the keyboard the arrows pan, + and − zoom, 0 shows all of England and Enter picks what is
 * in the middle. A click (not a drag) reports the point; hovering outlines the area under the pointer.
 */
final class MapCanvas extends Pane {

    static final double ZOOM_STEP = 1.4;
    /** From this many times the whole-England scale, the sub-ICB locations are drawn and clicked. */
    static final double DETAIL_ZOOM = 2.5;
    private static final double MAX_ZOOM = 60;
    private static final double MARGIN = 12;

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer = new MapRenderer();
    private MapPalette palette = MapPalette.standard();
    private MapPicture picture;
    private MapFrame frame;
    private double fitScale = 1;
    private boolean councils;
    private GeoArea hover;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private BiConsumer<double[], Boolean> onClick = (p, d) -> { };
    private HoverListener onHover = (lon, lat, d) -> null;
    private int draws;
    private long lastDrawNanos;

    /** Asked for the area under the pointer (null for none) as it moves. */
    interface HoverListener {
        GeoArea areaAt(double lon, double lat, boolean detailed);
    }

    MapCanvas() {
        getStyleClass().add("map-canvas-host");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(120, 120);
        widthProperty().addListener((obs, o, n) -> resized());
        heightProperty().addListener((obs, o, n) -> resized());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    void setOnClick(BiConsumer<double[], Boolean> onClick) {
        this.onClick = onClick;
    }

    void setOnHover(HoverListener onHover) {
        this.onHover = onHover;
    }

    void setPalette(MapPalette palette) {
        this.palette = palette;
        redraw();
    }

    MapPalette palette() {
        return palette;
    }

    void setCouncils(boolean on) {
        councils = on;
        redraw();
    }

    /** Shows a picture; the selection is brought into view if it is not, without zooming in. */
    void show(MapPicture p) {
        picture = p;
        hover = null;
        if (frame != null && p != null && p.focus() != null && !frame.shows(p.focus(), getWidth(), getHeight())) {
            MapFrame fitted = MapFrame.fit(p.focus(), getWidth(), getHeight(), MARGIN * 4);
            frame = fitted.scale() < frame.scale() ? fitted : frame.centredOn(p.focus(), getWidth(), getHeight());
        }
        redraw();
    }

    MapPicture picture() {
        return picture;
    }

    MapFrame frame() {
        return frame;
    }

    /** Whether the map is zoomed in far enough for sub-ICB locations. */
    boolean detailed() {
        return frame != null && frame.scale() >= fitScale * DETAIL_ZOOM;
    }

    /** All of England in view. */
    void fitAll() {
        if (picture != null && getWidth() > 0 && getHeight() > 0) {
            frame = MapFrame.fit(englandBounds(), getWidth(), getHeight(), MARGIN);
            fitScale = frame.scale();
            redraw();
        }
    }

    private double[] englandBounds() {
        return picture.layers().commissioning() != null ? picture.layers().commissioning().bounds()
                : new double[] {-6.4, 49.8, 1.8, 55.9};
    }

    void zoomBy(double factor) {
        zoomBy(factor, getWidth() / 2, getHeight() / 2);
    }

    private void zoomBy(double factor, double px, double py) {
        if (frame == null) {
            return;
        }
        double target = Math.max(fitScale * 0.7, Math.min(fitScale * MAX_ZOOM, frame.scale() * factor));
        frame = frame.zoomed(target / frame.scale(), px, py);
        redraw();
    }

    void panBy(double dx, double dy) {
        if (frame != null) {
            frame = frame.panned(dx, dy);
            redraw();
        }
    }

    private void resized() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (frame == null || getWidth() > 0 && Math.abs(frame.scale() - fitScale) < 1e-9) {
            fitAll(); // until the user zooms, the map keeps all of England in view
        } else {
            redraw();
        }
    }

    void redraw() {
        if (picture == null || getWidth() <= 0 || getHeight() <= 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        if (frame == null) {
            fitAll();
            return;
        }
        long start = System.nanoTime();
        renderer.draw(canvas.getGraphicsContext2D(), picture, frame, palette,
                new MapRenderer.Options(detailed(), councils, hover), getWidth(), getHeight());
        lastDrawNanos = System.nanoTime() - start;
        draws++;
    }

    /** How many times the map has been drawn, and how long the last took (for tests and bench). */
    int draws() {
        return draws;
    }

    long lastDrawNanos() {
        return lastDrawNanos;
    }

    MapRenderer renderer() {
        return renderer;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
    }

    private void drag(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4) {
            dragged = true;
            setCursor(Cursor.MOVE);
        }
        if (dragged) {
            panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        setCursor(Cursor.DEFAULT);
        if (!dragged && e.getButton() == MouseButton.PRIMARY && frame != null) {
            click(e.getX(), e.getY());
        }
    }

    /** A click at a pixel of the canvas. */
    void click(double px, double py) {
        if (frame != null) {
            onClick.accept(new double[] {frame.lonAt(px), frame.latAt(py)}, detailed());
        }
    }

    private void moved(MouseEvent e) {
        if (frame != null) {
            setHover(onHover.areaAt(frame.lonAt(e.getX()), frame.latAt(e.getY()), detailed()));
        }
    }

    private void setHover(GeoArea area) {
        if (area != hover) {
            hover = area;
            redraw();
        }
    }

    GeoArea hover() {
        return hover;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 0 || e.isInertia()) {
            panBy(e.getDeltaX(), e.getDeltaY()); // a trackpad's two-finger swipe
        } else if (e.getDeltaY() != 0) {
            zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.getX(), e.getY());
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // the window's own shortcuts (Ctrl+plus zooms the text, not the map)
        }
        double step = (e.isShiftDown() ? 0.4 : 0.12) * Math.min(getWidth(), getHeight());
        boolean used = true;
        switch (e.getCode()) {
            case LEFT -> panBy(step, 0);
            case RIGHT -> panBy(-step, 0);
            case UP -> panBy(0, step);
            case DOWN -> panBy(0, -step);
            case PLUS, ADD, EQUALS -> zoomBy(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoomBy(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> fitAll();
            case ENTER, SPACE -> click(getWidth() / 2, getHeight() / 2);
            default -> used = false;
        }
        if (used) {
            e.consume();
        }
    }
}
