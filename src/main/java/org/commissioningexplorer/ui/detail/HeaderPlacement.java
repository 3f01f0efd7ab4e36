package org.commissioningexplorer.ui.detail;

import javafx.scene.layout.VBox;

/**
 * Where the detail pane's header goes: fixed above the scrolled page while it takes at most about a third of the
 * pane's height, or at the top of the page, scrolling with it, when it would take more (a large View › Zoom on a
 * small screen), so the sections keep room to be read and nothing is laid over what is above the pane.
 */
final class HeaderPlacement {

    /** Above this share of the pane's height the header scrolls with the page. */
    static final double MOST = 1.0 / 3;
    /** Below this share it is fixed again: a little less, so that a header near the limit does not flicker. */
    static final double BACK = 0.3;

    private final VBox page;
    private final VBox header;
    private final VBox content;

    /** {@code header} is the first child of {@code page} (fixed) or of {@code content} (scrolled). */
    HeaderPlacement(VBox page, VBox header, VBox content) {
        this.page = page;
        this.header = header;
        this.content = content;
        page.widthProperty().addListener(obs -> update());
        page.heightProperty().addListener(obs -> update());
        header.heightProperty().addListener(obs -> update());
    }

    /** Whether a header of this height scrolls in a pane of that height, given where it is now. */
    static boolean scrolls(double headerHeight, double paneHeight, boolean scrollingNow) {
        return paneHeight > 0 && headerHeight > paneHeight * (scrollingNow ? BACK : MOST);
    }

    /** Whether the header is in the scrolled page now. */
    boolean scrolling() {
        return header.getParent() == content;
    }

    /** Puts the header where it belongs at the pane's present size. */
    void update() {
        double w = page.getWidth();
        double h = page.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        boolean now = scrolling();
        boolean should = scrolls(header.prefHeight(w), h, now);
        if (should == now) {
            return;
        }
        if (should) {
            page.getChildren().remove(header);
            content.getChildren().add(0, header);
        } else {
            content.getChildren().remove(header);
            page.getChildren().add(0, header);
        }
    }
}
