package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.ui.common.KindStyle;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The Parts section. A few parts (a CCG's committees) are links, as chips; many (NHS England's hundreds) are
 * counted by kind above a filter box and a virtualised list, so that the page opens quickly.
 */
final class PartsSection {

    /** Up to this many parts are shown as links; more go in a {@link FilterList}. */
    static final int LINKS_AT_MOST = 12;

    private final DetailContext c;

    PartsSection(DetailContext context) {
        this.c = context;
    }

    List<Node> build() {
        List<Body> parts = c.profile().parts();
        List<Node> out = new ArrayList<>();
        if (parts.size() <= LINKS_AT_MOST) {
            FlowPane flow = new FlowPane(8, 6);
            flow.getStyleClass().add("parts");
            parts.forEach(b -> flow.getChildren().add(partLink(b)));
            out.add(flow);
            return out;
        }
        out.add(countsByKind(parts));
        FilterList<Body> list = new FilterList<>(parts,
                new FilterList.Row<>(Body::name, this::detail, b -> KindStyle.icon(b.kind())), c::select);
        list.node().getStyleClass().add("parts-list");
        out.add(list.node());
        return out;
    }

    /** "191 Clinical Commissioning Groups · 7 regions", in the order the kinds first come. */
    private Node countsByKind(List<Body> parts) {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        parts.forEach(b -> byKind.merge(b.kind(), 1, Integer::sum));
        FlowPane counts = new FlowPane(8, 6);
        counts.getStyleClass().add("parts-counts");
        byKind.forEach((kind, n) -> {
            KindInfo k = c.dataset().kind(kind);
            Label chip = styled(new Label(Texts.format("detail.parts.kindCount", n, n == 1 ? k.label() : k.plural())),
                    "chip", "kind-chip");
            KindStyle.mark(chip, kind);
            counts.getChildren().add(chip);
        });
        return counts;
    }

    /** The part's kind and its code: "Clinical Commissioning Group · ODS 06W". */
    private String detail(Body b) {
        String kind = c.kindLabel(b);
        return b.primaryCode().map(code -> Texts.format("detail.parts.detail", kind, code)).orElse(kind);
    }

    private Hyperlink partLink(Body part) {
        Hyperlink l = c.link(part);
        l.setGraphic(KindStyle.icon(part.kind()));
        return l;
    }
}
