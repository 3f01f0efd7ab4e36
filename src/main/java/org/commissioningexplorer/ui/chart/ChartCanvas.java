package org.commissioningexplorer.ui.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.chart.ChartNode;
import org.commissioningexplorer.core.chart.Geometry;
import org.commissioningexplorer.core.chart.Geometry.Point;
import org.commissioningexplorer.core.chart.Geometry.Rect;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.ui.common.KindStyle;

/**
 * Draws a {@link ChartLayout} with JavaFX nodes in a pane of the chart's size: a box per body (its kind's icon
 * and name, the name wrapped), a line per edge (an arrowhead on relationships, plain for the tree), the edges'
 * labels and the groups' headings. A click on a box selects it, a double-click re-centres the chart on it.
 */
final class ChartCanvas extends Pane {

    private static final double ARROW = 7;

    private final Map<String, Node> boxes = new HashMap<>();
    private final Consumer<String> onSelect;
    private final Consumer<String> onRecentre;

    ChartCanvas(Consumer<String> onSelect, Consumer<String> onRecentre) {
        this.onSelect = onSelect;
        this.onRecentre = onRecentre;
        getStyleClass().add("chart-canvas");
    }

    void show(ChartLayout chart, Dataset dataset, String selectedKey) {
        getChildren().clear();
        boxes.clear();
        if (chart == null) {
            setPrefSize(0, 0);
            return;
        }
        setMinSize(chart.width(), chart.height());
        setPrefSize(chart.width(), chart.height());
        setMaxSize(chart.width(), chart.height());
        for (ChartLayout.Route r : chart.routes()) {
            drawRoute(r);
        }
        for (ChartLayout.Heading h : chart.headings()) {
            Label heading = new Label(h.text());
            heading.getStyleClass().add("chart-heading");
            place(heading, h.at());
            getChildren().add(heading);
        }
        for (ChartNode n : chart.model().nodes()) {
            Node box = box(n, dataset);
            place((javafx.scene.layout.Region) box, chart.boxes().get(n.key()));
            boxes.put(n.key(), box);
            getChildren().add(box);
        }
        markSelected(selectedKey);
    }

    /** Marks the box of the selected body (if the chart has one) and no other. */
    void markSelected(String key) {
        boxes.forEach((k, box) -> box.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("selected"), k.equals(key)));
    }

    /** The box drawn for a node's key, or null. */
    Node boxOf(String key) {
        return boxes.get(key);
    }

    private Node box(ChartNode n, Dataset dataset) {
        VBox box = new VBox();
        box.getStyleClass().addAll("chart-box", "chart-" + n.role().name().toLowerCase(java.util.Locale.ROOT));
        box.setUserData(n.key());
        Label kind = new Label(ChartTexts.kindText(n, dataset), n.isMore() ? null : KindStyle.icon(n.kind()));
        kind.getStyleClass().add("chart-box-kind");
        Label name = new Label(ChartTexts.boxText(n));
        name.getStyleClass().add("chart-box-name");
        name.setWrapText(true);
        box.getChildren().addAll(kind, name);
        if (n.isMore()) {
            javafx.scene.control.Tooltip.install(box, new javafx.scene.control.Tooltip(ChartTexts.moreTooltip(n)));
        } else {
            box.setFocusTraversable(true); // Space selects, Enter re-centres, as a click and a double-click
            box.setOnKeyPressed(e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    onRecentre.accept(n.key());
                    e.consume();
                } else if (e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                    onSelect.accept(n.key());
                    e.consume();
                }
            });
            box.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    onRecentre.accept(n.key());
                } else if (e.getButton() == MouseButton.PRIMARY) {
                    onSelect.accept(n.key());
                }
                e.consume();
            });
        }
        return box;
    }

    private void drawRoute(ChartLayout.Route r) {
        Polyline line = new Polyline();
        for (Point p : r.points()) {
            line.getPoints().addAll(p.x(), p.y());
        }
        line.getStyleClass().add(r.edge().tree() ? "chart-tree-line" : "chart-link-line");
        getChildren().add(line);
        if (!r.edge().tree()) {
            getChildren().add(arrowhead(r.points()));
        }
        if (r.labelAt() != null) {
            Label label = new Label(r.edge().label());
            label.getStyleClass().add("chart-edge-label");
            label.relocate(r.labelAt().x(), r.labelAt().y());
            getChildren().add(label);
        }
    }

    /** A small triangle at the end of the line, pointing along its last segment. */
    private static Polygon arrowhead(List<Point> points) {
        List<Point> corners = Geometry.arrowhead(points, ARROW);
        Polygon head = new Polygon(corners.get(0).x(), corners.get(0).y(), corners.get(1).x(), corners.get(1).y(),
                corners.get(2).x(), corners.get(2).y());
        head.getStyleClass().add("chart-arrowhead");
        return head;
    }

    private static void place(javafx.scene.layout.Region node, Rect at) {
        node.setMinSize(at.width(), at.height());
        node.setPrefSize(at.width(), at.height());
        node.setMaxSize(at.width(), at.height());
        node.resizeRelocate(at.x(), at.y(), at.width(), at.height());
        node.relocate(at.x(), at.y());
    }
}
