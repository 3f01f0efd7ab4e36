package org.commissioningexplorer.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Membership and Sources sections of NHS Norwich CCG in the bundled dataset, built on their own. */
@ExtendWith(ApplicationExtension.class)
class MembershipSectionTest {

    private final Dataset dataset = DatasetLoader.loadBundled().dataset().orElseThrow();
    private final DatasetQueries queries = new DatasetQueries(dataset);
    private final BodyProfile norwich = BodyProfile.of(queries, dataset.body("ccg-06W").orElseThrow(),
            LocalDate.of(2019, 10, 1));
    private final List<String> selected = new ArrayList<>();
    private final DetailContext context = new DetailContext(norwich, queries, selected::add);

    @Test
    void theGoverningBodysRegisteredNurseIsStatutoryAndCitesTheRegulations(FxRobot robot) {
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> nodes.addAll(new MembershipSection(context).build()));

        Label nurse = all(nodes, Label.class).stream()
                .filter(l -> l.getText().equals("Registered nurse") && l.getStyleClass().contains("item-title"))
                .findFirst().orElseThrow(() -> new AssertionError("no Registered nurse in " + texts(nodes)));
        GridPane grid = ancestor(nurse, GridPane.class);
        Node role = ancestorIn(nurse, grid);
        Node info = grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n).equals(GridPane.getRowIndex(role)) && GridPane.getColumnIndex(n) == 1)
                .findFirst().orElseThrow();
        List<String> chips = all(List.of(info), Label.class).stream()
                .filter(l -> l.getStyleClass().contains("chip")).map(Label::getText).toList();
        assertEquals(List.of("at least 1 seat", "Statutory"), chips);
        assertTrue(all(List.of(info), Label.class).stream()
                .anyMatch(l -> l.getText().equals("Statutory") && l.getStyleClass().contains("statutory-chip")));

        Source regulations = dataset.source("si-2012-1631").orElseThrow();
        int n = norwich.sources().indexOf(regulations) + 1;
        assertTrue(n > 0, "the regulations are among the page's sources");
        Label marker = all(List.of(info), Label.class).stream()
                .filter(l -> l.getStyleClass().contains("citation")).findFirst().orElseThrow();
        assertEquals("[" + n + "]", marker.getText());
        // The marker's tooltip is made when the pointer first comes onto it; its text is the marker's help until then.
        assertEquals("Source: " + regulations.citation(), marker.getAccessibleHelp());
        assertNull(marker.getTooltip(), "no tooltip is made before the pointer comes");
        robot.interact(() -> marker.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null)));
        assertEquals("Source: " + regulations.citation(), marker.getTooltip().getText());

        Hyperlink governingBody = all(nodes, Hyperlink.class).stream()
                .filter(l -> "ccg-06W-governing-body".equals(l.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("the governing body's heading links to it"));
        robot.interact(governingBody::fire);
        assertEquals(List.of("ccg-06W-governing-body"), selected);
    }

    @Test
    void theSourcesAreNumberedAsTheMarkersThatCiteThem(FxRobot robot) {
        List<Node> rows = new ArrayList<>();
        robot.interact(() -> rows.addAll(new SourcesSection(context).build()));

        assertEquals(norwich.sources().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Label> labels = all(List.of(rows.get(i)), Label.class);
            assertEquals("[" + (i + 1) + "]", labels.get(0).getText());
            assertTrue(labels.get(0).getStyleClass().contains("citation-number"));
            assertEquals(norwich.sources().get(i).citation(), labels.get(1).getText());
        }
    }

    @Test
    void aBodyWithNoSeatsSaysSo(FxRobot robot) {
        BodyProfile none = dataset.bodies().stream().map(b -> BodyProfile.of(queries, b))
                .filter(p -> p.membership().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("some body of the bundled dataset has no seats recorded"));
        DetailContext c = new DetailContext(none, queries, selected::add);
        List<Node> nodes = new ArrayList<>();
        robot.interact(() -> nodes.addAll(new MembershipSection(c).build()));

        assertEquals(List.of("No membership recorded."), texts(nodes));
        assertTrue(nodes.get(0).getStyleClass().contains("empty-note"));
    }

    private static <T extends Node> List<T> all(List<Node> roots, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Node n : roots) {
            if (type.isInstance(n)) {
                out.add(type.cast(n));
            }
            if (n instanceof Parent p) {
                out.addAll(all(p.getChildrenUnmodifiable(), type));
            }
        }
        return out;
    }

    private static List<String> texts(List<Node> nodes) {
        return all(nodes, Label.class).stream().map(Label::getText).toList();
    }

    private static <T extends Node> T ancestor(Node n, Class<T> type) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return type.cast(p);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " above " + n);
    }

    /** The child of {@code parent} that holds {@code n}. */
    private static Node ancestorIn(Node n, Parent parent) {
        Node at = n;
        while (at.getParent() != parent) {
            at = at.getParent();
        }
        return at;
    }
}
