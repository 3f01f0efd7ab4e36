package org.commissioningexplorer.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail pane's section bar, its lazily built sections and NHS England's filtered list of parts. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {

    private ExplorerState model;

    @Start
    void start(Stage stage) {
        model = TestWindows.window().open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private BodyProfile profile(String id) {
        var q = model.session().queries();
        return BodyProfile.of(q, q.dataset().body(id).orElseThrow(), model.asAt().get());
    }

    private static ToggleButton tab(FxRobot robot, DetailSection s) {
        return robot.lookup(".section-tab").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getUserData() == s).findFirst().orElseThrow();
    }

    private static VBox sectionBox(FxRobot robot) {
        return robot.lookup("#sectionBox").queryAs(VBox.class);
    }

    private static DetailSection shown(FxRobot robot) {
        return (DetailSection) sectionBox(robot).getUserData();
    }

    /** The first node of the section shown. */
    private static Node section(FxRobot robot) {
        return robot.lookup(".section-body").queryAs(VBox.class).getChildren().get(0);
    }

    private static int count(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().size();
    }

    @Test
    void theBarCountsNorwichsSectionsAndTheFirstPageSaysWhatItIsWhoRunsItAndWhatItCommissions(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        BodyProfile p = profile("ccg-06W");
        assertTrue(p.membership().size() > 0 && p.documents().size() > 0 && p.parts().size() > 0, "Norwich has them");
        assertEquals("Summary", tab(robot, DetailSection.SUMMARY).getText());
        assertEquals("Parts " + p.parts().size(), tab(robot, DetailSection.PARTS).getText());
        assertEquals("Membership " + p.membership().size(), tab(robot, DetailSection.MEMBERSHIP).getText());
        assertEquals("Responsibilities " + p.responsibilities().size(), tab(robot, DetailSection.RESPONSIBILITIES).getText());
        assertEquals("Documents " + p.documents().size(), tab(robot, DetailSection.DOCUMENTS).getText());
        assertEquals("Relationships " + p.links().size(), tab(robot, DetailSection.RELATIONSHIPS).getText());
        assertEquals("Sources " + p.sources().size(), tab(robot, DetailSection.SOURCES).getText());
        assertTrue(tab(robot, DetailSection.SUMMARY).isSelected());

        List<String> headings = robot.from(sectionBox(robot)).lookup(".subheading").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(headings.containsAll(List.of("Who runs it", "What it commissions")), headings::toString);
        assertTrue(robot.from(sectionBox(robot)).lookup(".body-link").queryAll().stream()
                .anyMatch(n -> "nhs-england".equals(n.getUserData())), "Part of: NHS England, as a link");

        Node all = robot.lookup(".section-link").queryAll().stream()
                .filter(n -> n.getUserData() == DetailSection.RESPONSIBILITIES).findFirst().orElseThrow();
        assertEquals("All " + p.responsibilities().size() + " responsibilities",
                ((javafx.scene.control.Hyperlink) all).getText());
        robot.clickOn(all);
        assertEquals(DetailSection.RESPONSIBILITIES, shown(robot), "the summary's link shows the full list");
        assertTrue(tab(robot, DetailSection.RESPONSIBILITIES).isSelected());
    }

    @Test
    void aSelectionBuildsOnlyTheSectionShown(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        assertEquals(DetailSection.SUMMARY, shown(robot));
        assertEquals(0, count(robot, ".document-row"), "no document rows built");
        assertEquals(0, count(robot, ".membership-grid"), "no membership grid built");
        assertEquals(0, count(robot, ".citation-number"), "no sources list built");
        assertEquals(0, count(robot, ".parts"), "no parts built");

        robot.clickOn(tab(robot, DetailSection.DOCUMENTS));
        assertEquals(DetailSection.DOCUMENTS, shown(robot));
        assertEquals(profile("ccg-06W").documents().size(), count(robot, ".document-row"), "one click shows them all");
        assertEquals(0, count(robot, ".membership-grid"), "and only them");
        assertEquals(0, count(robot, ".summary-block"));
    }

    @Test
    void anotherDateOnWhichThePageReadsTheSameKeepsItsNodesAndOneThatChangesItBuildsItAgain(FxRobot robot) {
        robot.interact(() -> model.asAt().set(java.time.LocalDate.of(2019, 4, 1)));
        robot.interact(() -> model.navigation().select("ccg-06W"));
        Node page = section(robot);
        robot.interact(() -> model.asAt().set(java.time.LocalDate.of(2019, 10, 1)));
        assertTrue(page == section(robot), "Norwich reads the same in October 2019");
        assertEquals(java.time.LocalDate.of(2019, 10, 1), profile("ccg-06W").asOf());
        robot.interact(() -> model.asAt().set(java.time.LocalDate.of(2020, 10, 1))); // merged into 26A in April 2020
        assertFalse(page == section(robot), "gone by October 2020: built again");
        assertEquals(1, count(robot, ".notice-text"), "with the notice that says so");

        robot.interact(() -> model.asAt().set(java.time.LocalDate.of(2019, 10, 1)));
        robot.interact(() -> model.navigation().select("nhs-england"));
        Node england = section(robot);
        int partsIn2019 = profile("nhs-england").parts().size();
        robot.interact(() -> model.asAt().set(java.time.LocalDate.of(2020, 4, 1))); // CCGs merged: other parts
        assertTrue(profile("nhs-england").parts().size() != partsIn2019);
        assertFalse(england == section(robot), "NHS England's parts changed in April 2020: its page is built again");
        assertEquals("Parts " + profile("nhs-england").parts().size(), tab(robot, DetailSection.PARTS).getText(),
                "with April 2020's count");
    }

    @Test
    void theSectionChosenStaysChosenFromBodyToBodyAndCtrlDigitsChooseOne(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.clickOn(tab(robot, DetailSection.DOCUMENTS));
        Body other = model.session().queries().dataset().bodies().stream()
                .filter(b -> !b.id().equals("ccg-06W") && !profile(b.id()).documents().isEmpty()).findFirst().orElseThrow();
        robot.interact(() -> model.navigation().go(other.id()));
        assertEquals(other.name(), robot.lookup(".detail-title").queryAs(javafx.scene.control.Label.class).getText());
        assertEquals(DetailSection.DOCUMENTS, shown(robot), "still on Documents after following a link");
        assertTrue(tab(robot, DetailSection.DOCUMENTS).isSelected());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertEquals(DetailSection.MEMBERSHIP, shown(robot), "Ctrl+3: Membership");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals(DetailSection.SUMMARY, shown(robot), "Ctrl+1: Summary");
    }

    @Test
    void aRegionsManyLinksAreCountedByLabelAndFilteredAndADoubleClickOpensOne(FxRobot robot) {
        robot.interact(() -> model.navigation().select("region-Y54"));
        BodyProfile p = profile("region-Y54");
        assertTrue(p.links().size() > RelationshipsSection.LINKS_AT_MOST, "a region has tens of links");
        robot.clickOn(tab(robot, DetailSection.RELATIONSHIPS));
        assertFalse(robot.lookup(".link-counts .chip").queryAll().isEmpty(), "a count for each label");
        @SuppressWarnings("unchecked")
        ListView<org.commissioningexplorer.core.query.Link> list = robot.lookup(".links-list .list-view").queryAs(ListView.class);
        assertEquals(p.links().size(), list.getItems().size());
        var target = p.links().get(p.links().size() - 1).other();
        robot.clickOn(robot.lookup(".links-list .detail-filter").queryAs(TextField.class)).write(target.name());
        assertTrue(list.getItems().size() < p.links().size(), "the filter cuts the list");
        Node row = robot.lookup(".links-list .list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null
                        && ((org.commissioningexplorer.core.query.Link) ((javafx.scene.control.ListCell<?>) c).getItem())
                                .other() == target)
                .findFirst().orElseThrow();
        robot.doubleClickOn(row);
        assertEquals(target.id(), model.navigation().selected().id(), "a double click opens the body");
    }

    @Test
    void at1024By640TheHeaderAndSectionBarFitTheWidthOfThePane(FxRobot robot) {
        Stage stage = (Stage) robot.lookup(".detail-pane").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        for (String id : List.of("ccg-06W", "nhs-england")) {
            robot.interact(() -> model.navigation().select(id));
            Node pane = robot.lookup(".detail-pane").query();
            assertTrue(pane.getScene().getWidth() <= 1024, "the window is 1024 wide");
            // The pane's right edge, or the window's when the pane is pushed past it.
            double right = Math.min(pane.localToScene(pane.getBoundsInLocal()).getMaxX(), pane.getScene().getWidth());
            for (Node n : robot.lookup(".section-tab").queryAll()) {
                if (n.isVisible()) {
                    assertTrue(n.localToScene(n.getBoundsInLocal()).getMaxX() <= right + 0.5,
                            () -> id + ": " + ((ToggleButton) n).getText() + " is cut off at the right");
                }
            }
            for (String q : List.of(".detail-title", ".header-action", ".chip")) {
                for (Node n : robot.lookup(".detail-pane " + q).queryAll()) {
                    if (n.isVisible() && n.getScene() != null) {
                        assertTrue(n.localToScene(n.getBoundsInLocal()).getMaxX() <= right + 0.5,
                                () -> id + ": " + q + " is cut off at the right");
                    }
                }
            }
        }
    }

    @Test
    void nhsEnglandsPartsAreCountedByKindAndFilteredAndEnterOpensOne(FxRobot robot) {
        robot.interact(() -> model.navigation().select("nhs-england"));
        BodyProfile p = profile("nhs-england");
        assertTrue(p.parts().size() > 100, "NHS England has hundreds of parts");
        assertEquals("Parts " + p.parts().size(), tab(robot, DetailSection.PARTS).getText());

        robot.clickOn(tab(robot, DetailSection.PARTS));
        assertEquals(0, count(robot, ".parts .hyperlink"), "no wall of buttons");
        assertFalse(robot.lookup(".parts-counts .chip").queryAll().isEmpty(), "a count for each kind");
        @SuppressWarnings("unchecked")
        ListView<Body> list = robot.lookup(".parts-list .list-view").queryAs(ListView.class);
        assertEquals(p.parts().size(), list.getItems().size());
        assertTrue(count(robot, ".parts-list .list-cell") < 60, "only the rows on screen are made");

        robot.clickOn(robot.lookup(".parts-list .detail-filter").queryAs(TextField.class)).write("norwich");
        assertTrue(list.getItems().size() >= 1 && list.getItems().size() < p.parts().size(), "the filter cuts the list");
        assertTrue(list.getItems().stream().allMatch(b -> b.name().toLowerCase().contains("norwich")));
        robot.type(KeyCode.DOWN);
        assertTrue(list.isFocused(), "Down goes into the list");
        robot.type(KeyCode.ENTER);
        assertEquals("ccg-06W", model.navigation().selected().id(), "Enter opens the part");
        assertEquals("NHS Norwich CCG", robot.lookup(".detail-title").queryAs(javafx.scene.control.Label.class).getText());
    }
}
