package org.commissioningexplorer.ui.docs;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.core.docs.Markdown;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;
import org.commissioningexplorer.ui.common.Theme;

/**
 * An explainer shown inside the app: its Markdown drawn as headings, paragraphs, lists, bold, code and
 * links. Nothing in it runs; a link goes to {@code onLink}, which asks before opening the browser.
 */
public final class ExplainerView {

    private ExplainerView() {
    }

    /** A page's width to read comfortably; beside the main window from 420 wide. */
    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(680, 720, 420);
    private static final double CASCADE = 28;
    /** Marks an explainer's window among the app's windows. */
    private static final Object EXPLAINER_WINDOW = new Object();

    /**
     * Opens the explainer in its own window, owned by {@code owner}: where the last explainer was left, or beside
     * the main window; Esc closes it.
     */
    public static Stage show(Window owner, Settings settings, String title, String markdown,
            Consumer<String> onLink) {
        ScrollPane scroll = new ScrollPane(render(Markdown.parse(markdown), onLink));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("explainer-scroll");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(scroll);
        scene.getStylesheets().add(Theme.url());
        stage.setScene(scene);
        ToolWindows.install(stage, owner, settings, "explainer", SIZE);
        stage.setUserData(EXPLAINER_WINDOW);
        // A second explainer open at once goes a little down and right (still on the screen), so the first
        // still shows behind it.
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        for (int i = 0; i < 6 && Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                && w.getUserData() == EXPLAINER_WINDOW && w.getX() == stage.getX() && w.getY() == stage.getY()); i++) {
            Rectangle2D r = ToolWindowPlacement.fit(new Rectangle2D(stage.getX() + CASCADE, stage.getY() + CASCADE,
                    stage.getWidth(), stage.getHeight()), screen);
            stage.setX(r.getMinX());
            stage.setY(r.getMinY());
        }
        stage.show();
        return stage;
    }

    /** The blocks as nodes, one below the other. */
    public static VBox render(List<Markdown.Block> blocks, Consumer<String> onLink) {
        VBox page = new VBox(10);
        page.getStyleClass().add("explainer-view");
        for (Markdown.Block b : blocks) {
            TextFlow flow = flow(b.spans(), onLink);
            switch (b.kind()) {
                case HEADING -> {
                    flow.getStyleClass().addAll("explainer-heading", "explainer-h" + b.level());
                    page.getChildren().add(flow);
                }
                case PARAGRAPH -> {
                    flow.getStyleClass().add("explainer-paragraph");
                    page.getChildren().add(flow);
                }
                case BULLET, NUMBERED -> {
                    Label marker = new Label(b.marker());
                    marker.getStyleClass().add("explainer-marker");
                    marker.setMinWidth(22);
                    flow.getStyleClass().add("explainer-paragraph");
                    HBox item = new HBox(4, marker, flow);
                    item.setAlignment(Pos.TOP_LEFT);
                    HBox.setHgrow(flow, Priority.ALWAYS);
                    item.getStyleClass().add("explainer-item");
                    page.getChildren().add(item);
                }
                default -> page.getChildren().add(flow);
            }
        }
        return page;
    }

    private static TextFlow flow(List<Markdown.Span> spans, Consumer<String> onLink) {
        TextFlow flow = new TextFlow();
        for (Markdown.Span s : spans) {
            flow.getChildren().add(span(s, onLink));
        }
        return flow;
    }

    private static Node span(Markdown.Span s, Consumer<String> onLink) {
        if (s.style() == Markdown.Style.LINK) {
            Hyperlink link = new Hyperlink(s.text());
            link.getStyleClass().add("explainer-link");
            link.setTooltip(new Tooltip(Texts.format("documents.link.tooltip", s.text())));
            link.setOnAction(e -> onLink.accept(s.text()));
            return link;
        }
        Text t = new Text(s.text());
        t.getStyleClass().add(switch (s.style()) {
            case BOLD -> "explainer-bold";
            case CODE -> "explainer-code";
            default -> "explainer-text";
        });
        return t;
    }
}
