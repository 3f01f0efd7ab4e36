package org.commissioningexplorer.ui.export;

import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import org.commissioningexplorer.core.export.HandoutBuilder;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * File › Print…: the detail pane's section as shown, through the system's print dialog. The section is drawn
 * to a picture at twice the screen's resolution, scaled to the paper's width and cut into pages, so the
 * window is never rearranged and a long section runs on over as many pages as it needs.
 */
public final class DetailPrinter {

    private static final double RESOLUTION = 2;
    private final ExplorerState state;
    private final Supplier<PrinterJob> jobs;

    public DetailPrinter(ExplorerState state) {
        this(state, PrinterJob::createPrinterJob);
    }

    /** {@code jobs} makes the print job, or gives null when there is no printer. */
    DetailPrinter(ExplorerState state, Supplier<PrinterJob> jobs) {
        this.state = state;
        this.jobs = jobs;
    }

    /** Prints the section shown in {@code detailPane} (the node styled {@code section-body} inside it). */
    public void print(Node detailPane, Window owner) {
        View view = state.navigation().view();
        Body body = view.selected();
        Node section = detailPane == null ? null : detailPane.lookup(".section-body");
        if (body == null || section == null || section.getScene() == null) {
            state.status().say(Texts.get("print.noBody"));
            return;
        }
        PrinterJob job = jobs.get();
        if (job == null) {
            state.status().say(Texts.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            state.status().say(Texts.get("print.cancelled"));
            return;
        }
        String title = body.name() + (view.asOf() == null ? "" : " · " + HandoutBuilder.LONG_DATE.format(view.asOf()));
        int pages = printPages(job, section, title);
        boolean ok = pages > 0 && job.endJob();
        state.status().say(ok ? Texts.format("print.sent", body.name(), pages) : Texts.format("print.failed", body.name()));
    }

    /** Prints the section in slices a page high; the number of pages printed, or 0 when the printer failed. */
    private static int printPages(PrinterJob job, Node section, String title) {
        PageLayout layout = job.getJobSettings().getPageLayout();
        double paperWidth = layout.getPrintableWidth();
        double paperHeight = layout.getPrintableHeight();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(RESOLUTION, RESOLUTION));
        WritableImage picture = section.snapshot(params, null);
        double width = picture.getWidth() / RESOLUTION;
        double scale = Math.min(1, paperWidth / width);
        Label heading = new Label(title);
        heading.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() * 1.3));
        double headingHeight = 30;
        int pages = 0;
        double y = 0;
        double total = picture.getHeight() / RESOLUTION;
        while (y < total) {
            double room = (paperHeight - (pages == 0 ? headingHeight : 0)) / scale;
            double slice = Math.min(room, total - y);
            ImageView part = new ImageView(picture);
            part.setViewport(new Rectangle2D(0, y * RESOLUTION, picture.getWidth(), slice * RESOLUTION));
            part.setFitWidth(width * scale);
            part.setPreserveRatio(true);
            Node page = pages == 0 ? new VBox(8, heading, part) : part;
            if (!job.printPage(layout, page)) {
                return 0;
            }
            pages++;
            y += slice;
        }
        return pages;
    }
}
