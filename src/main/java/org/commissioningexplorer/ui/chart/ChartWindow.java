package org.commissioningexplorer.ui.chart;

import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * View › Org chart: a tool window beside the main one with the chart of the selected body on the as-at date
 * ({@link ChartViewModel}). Drag or scroll to pan; Ctrl+wheel or the buttons zoom; Export PNG… saves it 1920
 * pixels wide. One per main window; opening it again brings it to the front; Esc closes it.
 */
public final class ChartWindow {

    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(760, 620, 480);
    private static final double ZOOM_STEP = 1.25;
    private static final double ZOOM_MIN = 0.2;
    private static final double ZOOM_MAX = 3;

    private final Stage stage = new Stage();
    private final ExplorerState state;
    private final FileDialogs dialogs;
    private final ChartViewModel model;
    private final ChartCanvas canvas;
    private final Scale zoom = new Scale(1, 1);
    private final ScrollPane scroller = new ScrollPane();
    private final Label caption = new Label();
    private final Label empty = new Label(Texts.get("chart.empty"));
    private Button export;

    public ChartWindow(Window owner, ExplorerState state, Settings settings, FileDialogs dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        BorderPane root = new BorderPane();
        root.getStyleClass().add("chart-window");
        root.getStylesheets().add(ChartWindow.class.getResource(
                "/org/commissioningexplorer/ui/chart/chart.css").toExternalForm());
        root.setTop(toolbar());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.url());
        root.applyCss(); // the boxes are measured in the window's own font, as styled
        javafx.scene.text.Font font = caption.getFont();
        model = new ChartViewModel(state.navigation(), data -> ChartSizes.layout(data, font));
        export.disableProperty().bind(model.chartProperty().isNull());
        canvas = new ChartCanvas(model::select, model::recentre);
        Group zoomed = new Group(canvas);
        zoomed.getTransforms().add(zoom);
        scroller.setContent(new Group(zoomed));
        scroller.setPannable(true);
        scroller.getStyleClass().add("chart-scroller");
        scroller.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
                e.consume();
            }
        });
        empty.getStyleClass().add("chart-empty");
        empty.setWrapText(true);
        root.setCenter(new StackPane(scroller, empty));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(Texts.get("chart.title"));
        ToolWindows.install(stage, owner, settings, "chart", SIZE);
        model.chartProperty().addListener((obs, old, chart) -> draw(chart));
        model.selectedProperty().addListener((obs, old, key) -> canvas.markSelected(key));
        draw(model.chartProperty().get());
    }

    public void show() {
        stage.show();
        stage.toFront();
        scroller.requestFocus();
        centreOnView();
    }

    public Stage stage() {
        return stage;
    }

    private ToolBar toolbar() {
        Button out = button(Texts.get("chart.zoomOut"), Texts.get("chart.zoomOut.tooltip"),
                () -> zoomBy(1 / ZOOM_STEP));
        Button in = button(Texts.get("chart.zoomIn"), Texts.get("chart.zoomIn.tooltip"), () -> zoomBy(ZOOM_STEP));
        Button fit = button(Texts.get("chart.fit"), Texts.get("chart.fit.tooltip"), this::fit);
        export = button(Texts.get("chart.export"), Texts.get("chart.export.tooltip"), this::export);
        out.getStyleClass().add("chart-zoom-out");
        in.getStyleClass().add("chart-zoom-in");
        fit.getStyleClass().add("chart-fit");
        export.getStyleClass().add("chart-export");
        caption.getStyleClass().add("chart-caption");
        Region spring = new Region();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(caption, spring, out, in, fit, export);
    }

    private static Button button(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void draw(ChartLayout chart) {
        var view = state.navigation().view();
        canvas.show(chart, view.data() == null ? null : view.data().dataset(), model.selectedProperty().get());
        empty.setVisible(chart == null);
        caption.setText(chart == null ? "" : Texts.format("chart.caption", chart.model().centre().name(),
                Period.format(chart.model().date())));
        centreOnView();
    }

    /** Scrolls so the centred body's box is in the middle of the view (as near as the edges allow). */
    private void centreOnView() {
        ChartLayout chart = model.chartProperty().get();
        if (chart == null) {
            return;
        }
        scroller.layout();
        Node box = canvas.boxOf(chart.model().centre().id());
        Bounds content = scroller.getContent().getLayoutBounds();
        Bounds port = scroller.getViewportBounds();
        if (box == null || content.getWidth() <= port.getWidth() && content.getHeight() <= port.getHeight()) {
            return;
        }
        Bounds b = box.getBoundsInParent();
        double cx = (b.getMinX() + b.getWidth() / 2) * zoom.getX();
        double cy = (b.getMinY() + b.getHeight() / 2) * zoom.getY();
        scroller.setHvalue(clamp((cx - port.getWidth() / 2) / (content.getWidth() - port.getWidth())));
        scroller.setVvalue(clamp((cy - port.getHeight() / 2) / (content.getHeight() - port.getHeight())));
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    private void zoomBy(double factor) {
        setZoom(zoom.getX() * factor);
    }

    private void setZoom(double z) {
        double v = Math.max(ZOOM_MIN, Math.min(ZOOM_MAX, z));
        zoom.setX(v);
        zoom.setY(v);
        centreOnView();
    }

    /** The whole chart in the view, never larger than its natural size. */
    private void fit() {
        ChartLayout chart = model.chartProperty().get();
        Bounds port = scroller.getViewportBounds();
        if (chart != null && port.getWidth() > 0) {
            setZoom(Math.min(1, Math.min(port.getWidth() / chart.width(), port.getHeight() / chart.height())));
        }
    }

    /** Current zoom, 1 for 100%. */
    double zoom() {
        return zoom.getX();
    }

    private void export() {
        ChartLayout chart = model.chartProperty().get();
        if (chart == null) {
            return;
        }
        String name = chart.model().centre().name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + chart.model().date()
                + ".png";
        dialogs.saveImage(stage, name).ifPresent(this::exportTo);
    }

    private void exportTo(Path file) {
        try {
            ChartExport.write(canvas, file);
            state.status().say(Texts.format("chart.exported", file.getFileName()));
        } catch (IOException | RuntimeException e) {
            state.status().say(Texts.format("chart.exportFailed", file.getFileName(), e.getMessage()));
        }
    }
}
