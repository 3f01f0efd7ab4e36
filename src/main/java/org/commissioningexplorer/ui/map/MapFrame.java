package org.commissioningexplorer.ui.map;

import org.commissioningexplorer.core.geo.MapProjection;

/**
 * Which part of the map a canvas shows: {@code scale} pixels per map unit (a degree of latitude) and the map
 * point at the canvas's top-left corner. Immutable; panning and zooming make new frames.
 */
record MapFrame(double scale, double originX, double originY) {

    /** The frame that shows a box of {@code lon/lat} bounds whole and centred in {@code width × height} pixels. */
    static MapFrame fit(double[] bounds, double width, double height, double margin) {
        double x0 = MapProjection.x(bounds[0]);
        double x1 = MapProjection.x(bounds[2]);
        double y0 = MapProjection.y(bounds[3]);
        double y1 = MapProjection.y(bounds[1]);
        double w = Math.max(1e-6, x1 - x0);
        double h = Math.max(1e-6, y1 - y0);
        double s = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        if (!(s > 0)) {
            s = 1;
        }
        return new MapFrame(s, (x0 + x1) / 2 - width / 2 / s, (y0 + y1) / 2 - height / 2 / s);
    }

    double px(double x) {
        return (x - originX) * scale;
    }

    double py(double y) {
        return (y - originY) * scale;
    }

    double lonAt(double px) {
        return MapProjection.lon(px / scale + originX);
    }

    double latAt(double py) {
        return MapProjection.lat(py / scale + originY);
    }

    /** Moved by a number of pixels (the map follows a drag). */
    MapFrame panned(double dxPx, double dyPx) {
        return new MapFrame(scale, originX - dxPx / scale, originY - dyPx / scale);
    }

    /** Zoomed by {@code factor} keeping the map point under pixel (px, py) where it is. */
    MapFrame zoomed(double factor, double px, double py) {
        double s = scale * factor;
        double x = px / scale + originX;
        double y = py / scale + originY;
        return new MapFrame(s, x - px / s, y - py / s);
    }

    /** The same zoom, with the box's centre in the middle of the canvas. */
    MapFrame centredOn(double[] bounds, double width, double height) {
        double cx = (MapProjection.x(bounds[0]) + MapProjection.x(bounds[2])) / 2;
        double cy = (MapProjection.y(bounds[1]) + MapProjection.y(bounds[3])) / 2;
        return new MapFrame(scale, cx - width / 2 / scale, cy - height / 2 / scale);
    }

    /** Whether the whole box is inside the canvas. */
    boolean shows(double[] bounds, double width, double height) {
        double left = px(MapProjection.x(bounds[0]));
        double right = px(MapProjection.x(bounds[2]));
        double top = py(MapProjection.y(bounds[3]));
        double bottom = py(MapProjection.y(bounds[1]));
        return left >= 0 && top >= 0 && right <= width && bottom <= height;
    }
}
