package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;

/** The page's header: the breadcrumb of the body's parents, and the chips of its kind, main code and dates. */
final class HeaderSection {

    private final DetailContext c;

    HeaderSection(DetailContext context) {
        this.c = context;
    }

    /** Links to the body's parents from the top, then the body's own name. */
    List<Node> breadcrumb() {
        List<Node> out = new ArrayList<>();
        List<Body> path = c.profile().path();
        List<Body> above = path.subList(0, Math.max(0, path.size() - 1));
        // A deep tree shows its top two and the four above the body, with how many are left out between.
        for (Body b : DatasetQueries.shortened(above, 2, 4)) {
            out.add(b == null ? styled(new Label(Texts.format("detail.breadcrumb.more", above.size() - 6)), "muted")
                    : c.link(b));
            out.add(styled(new Label(Texts.get("detail.breadcrumb.separator")), "breadcrumb-separator"));
        }
        out.add(styled(new Label(c.profile().body().name()), "breadcrumb-current"));
        return out;
    }

    /**
     * A few key chips: its kind, the code people know it by and when it existed. Every code, with when the body
     * held it, is in the summary; a chip's tooltip has the code's dates.
     */
    List<Node> chips() {
        BodyProfile p = c.profile();
        List<Node> out = new ArrayList<>();
        Label kindChip = styled(new Label(p.kind().label()), "chip", "kind-chip");
        KindStyle.mark(kindChip, p.body().kind());
        out.add(kindChip);
        String primary = p.body().primaryCode().orElse(null);
        p.body().codes().stream().filter(code -> code.value().equals(primary)).findFirst().ifPresent(code -> {
            Label chip = styled(new Label(Texts.format("detail.chip.code", code.scheme(), code.value())), "chip", "code-chip");
            String when = code.period().describe();
            if (!when.isEmpty()) {
                DetailNodes.tooltip(chip, Texts.format("detail.chip.code.tooltip", code.scheme(), code.value(), when));
            }
            out.add(chip);
        });
        Period period = p.body().period();
        String existed = period.describe();
        if (!existed.isEmpty()) {
            out.add(styled(new Label(Texts.format(period.isOpen() ? "detail.chip.exists" : "detail.chip.existed", existed)),
                    "chip", period.isOpen() ? "date-chip" : "date-chip-closed"));
        }
        return out;
    }

    /** Each of its codes, with when it held it: "ODS 06W (1 April 2013 to 31 March 2020)". */
    static List<String> codes(Body body) {
        List<String> out = new ArrayList<>();
        for (Code code : body.codes()) {
            String when = code.period().describe();
            out.add(when.isEmpty() ? Texts.format("detail.chip.code", code.scheme(), code.value())
                    : Texts.format("detail.chip.code.dated", code.scheme(), code.value(), when));
        }
        return out;
    }
}
