package org.commissioningexplorer.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.chart.ChartLayout.Route;
import org.commissioningexplorer.core.chart.Geometry.Point;
import org.commissioningexplorer.core.chart.Geometry.Rect;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chart's layout: every body of the bundled dataset, on three dates, without two boxes touching. */
class LayeredLayoutTest {

    private static DatasetQueries queries;
    private final LayeredLayout layout = new LayeredLayout(BoxSizer.estimate());

    @BeforeAll
    static void load() {
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    private ChartLayout chart(String id, LocalDate date) {
        return layout.layout(ChartModel.of(queries, queries.lookup(id).orElseThrow(), date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2015-01-01", "2019-10-01", "2023-01-01"})
    void noBoxOrHeadingOverlapsAnotherAndEveryEdgeJoinsItsBoxes(String day) {
        LocalDate date = LocalDate.parse(day);
        int charts = 0;
        for (Body body : queries.dataset().bodies()) {
            ChartLayout c = layout.layout(ChartModel.of(queries, body, date));
            List<Map.Entry<String, Rect>> all = new ArrayList<>(c.boxes().entrySet());
            c.headings().forEach(h -> all.add(Map.entry("heading " + h.text(), h.at())));
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(all.get(i).getValue().closerThan(all.get(j).getValue(), 4),
                            body.id() + " on " + day + ": " + all.get(i).getKey() + " and " + all.get(j).getKey());
                }
                Rect r = all.get(i).getValue();
                assertTrue(r.x() >= 0 && r.y() >= 0 && r.right() <= c.width() && r.bottom() <= c.height(),
                        body.id() + ": inside the chart");
            }
            assertEquals(c.model().edges().size(), c.routes().size(), body.id() + ": one line per edge");
            for (Route r : c.routes()) {
                Point first = r.points().get(0);
                Point last = r.points().get(r.points().size() - 1);
                assertTrue(c.boxes().get(r.edge().from()).onOutline(first), body.id() + ": starts on its box " + r);
                assertTrue(c.boxes().get(r.edge().to()).onOutline(last), body.id() + ": ends on its box " + r);
            }
            charts++;
        }
        assertTrue(charts > 800, "every body");
    }

    @Test
    void norwichSitsUnderNhsEnglandWithItsCommitteesBelowAndItsLinksBeside() {
        ChartLayout c = chart("ccg-06W", LocalDate.of(2019, 10, 1));
        Rect norwich = c.boxes().get("ccg-06W");
        Rect nhse = c.boxes().get("nhs-england");
        Rect audit = c.boxes().get("ccg-06W-audit-committee");
        assertEquals(nhse.centreX(), norwich.centreX(), 0.01, "centred under its parent");
        assertTrue(nhse.bottom() < norwich.y(), "the parent above");
        assertTrue(audit.y() > norwich.bottom(), "committees below");
        Rect stp = c.boxes().get("stp-QMM");
        assertTrue(stp.x() > norwich.right() || stp.right() < norwich.x(), "related bodies beside");
        assertTrue(c.headings().stream().anyMatch(h -> h.text().equals("Member of")), "grouped under their wording");
    }

    @Test
    void theCentredBodyIsInTheMiddleOfItsChildrensFirstRow() {
        ChartLayout c = chart("ccg-06W", LocalDate.of(2019, 10, 1));
        Rect norwich = c.boxes().get("ccg-06W");
        List<Rect> firstRow = c.model().nodes().stream().filter(n -> n.role() == ChartNode.Role.CHILD)
                .map(n -> c.boxes().get(n.key())).filter(r -> r.y() == c.boxes().get("ccg-06W-governing-body").y())
                .toList();
        double left = firstRow.stream().mapToDouble(Rect::x).min().orElseThrow();
        double right = firstRow.stream().mapToDouble(Rect::right).max().orElseThrow();
        assertEquals(LayeredLayout.ROW_MAX, firstRow.size(), "nine committees and boards: a full row, then the rest");
        assertEquals((left + right) / 2, norwich.centreX(), 0.01);
    }
}
