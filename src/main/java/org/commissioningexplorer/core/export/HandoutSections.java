package org.commissioningexplorer.core.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.chart.ChartModel;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.query.DatasetQueries;

/** The sections a handout can have beyond the body's page: its org chart and the trainer's note. */
public final class HandoutSections {

    public static final String CHART_HEADING = "Org chart";
    public static final String NOTE_HEADING = "Trainer's note";

    private HandoutSections() {
    }

    /** The handout with an "Org chart" section: the body's chart on {@code asOf}, drawn on a page of its own. */
    public static Handout withChart(Handout handout, DatasetQueries queries, Body body, LocalDate asOf) {
        Dataset d = queries.dataset();
        ChartModel model = ChartModel.of(queries, body, asOf);
        String caption = "The bodies " + body.name() + " sits under, its parts and the bodies its relationships "
                + "reach" + (asOf == null ? "" : ", on " + HandoutBuilder.LONG_DATE.format(asOf))
                + ". Grey lines join a body to the bodies under it; blue arrows are relationships, read from "
                + body.name() + ".";
        return handout.withSection(CHART_HEADING, List.of(new Handout.Chart(model,
                n -> n.isMore() ? "" : d.kind(n.kind()).label(), caption)));
    }

    /** The handout with a "Trainer's note" section: the note's paragraphs (blank lines part them). */
    public static Handout withNote(Handout handout, String note) {
        List<Handout.Block> blocks = new ArrayList<>();
        for (String para : note.strip().split("\\R\\s*\\R")) {
            if (!para.isBlank()) {
                blocks.add(new Handout.Paragraph(para.strip().replaceAll("\\s*\\R\\s*", " ")));
            }
        }
        return handout.withSection(NOTE_HEADING, blocks);
    }
}
