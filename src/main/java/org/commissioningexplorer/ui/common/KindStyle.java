package org.commissioningexplorer.ui.common;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;
import org.controlsfx.glyphfont.GlyphFont;
import org.controlsfx.glyphfont.GlyphFontRegistry;

/**
 * How each kind of body looks: an icon, a short badge and a colour, which the stylesheet gives by a pseudo-class
 * ({@code .kind-icon:kind-ccg}); unknown kinds get a default ({@code :kind-other}). A pseudo-class, not a style
 * class: a row of the tree or the search results that shows another kind changes only its state, where another
 * style class would make JavaFX work out the row's whole style again.
 */
public final class KindStyle {

    private record Look(FontAwesome.Glyph glyph, String badge) {
    }

    private static final GlyphFont FONT = GlyphFontRegistry.font("FontAwesome");
    private static final Look DEFAULT = new Look(FontAwesome.Glyph.CIRCLE_ALT, "");
    private static final Map<String, Look> LOOKS = Map.ofEntries(
            Map.entry("nhs-england", new Look(FontAwesome.Glyph.H_SQUARE, "NHSE")),
            Map.entry("board", new Look(FontAwesome.Glyph.USERS, "Board")),
            Map.entry("region", new Look(FontAwesome.Glyph.GLOBE, "Region")),
            Map.entry("area-team", new Look(FontAwesome.Glyph.SITEMAP, "Area")),
            Map.entry("ccg", new Look(FontAwesome.Glyph.MEDKIT, "CCG")),
            Map.entry("icb", new Look(FontAwesome.Glyph.MEDKIT, "ICB")),
            Map.entry("sub-icb-location", new Look(FontAwesome.Glyph.MAP_MARKER, "Sub-ICB")),
            Map.entry("governing-body", new Look(FontAwesome.Glyph.GAVEL, "GB")),
            Map.entry("executive-team", new Look(FontAwesome.Glyph.BRIEFCASE, "Exec")),
            Map.entry("committee", new Look(FontAwesome.Glyph.COMMENTS, "Cttee")),
            Map.entry("joint-committee", new Look(FontAwesome.Glyph.COMMENTS_ALT, "Joint")),
            Map.entry("council-of-members", new Look(FontAwesome.Glyph.GROUP, "Council")),
            Map.entry("local-authority", new Look(FontAwesome.Glyph.BUILDING, "LA")),
            Map.entry("district", new Look(FontAwesome.Glyph.BUILDING_ALT, "District")),
            Map.entry("local-office", new Look(FontAwesome.Glyph.SITEMAP, "Office")),
            Map.entry("hwb", new Look(FontAwesome.Glyph.HEART, "HWB")),
            Map.entry("healthwatch", new Look(FontAwesome.Glyph.EYE, "HW")),
            Map.entry("provider", new Look(FontAwesome.Glyph.HOSPITAL_ALT, "Provider")),
            Map.entry("consortium", new Look(FontAwesome.Glyph.LINK, "Consortium")),
            Map.entry("stp", new Look(FontAwesome.Glyph.SHARE_ALT, "STP")));

    private static final PseudoClass OTHER = PseudoClass.getPseudoClass("kind-other");
    private static final Map<String, PseudoClass> STATES = Stream.concat(LOOKS.keySet().stream(), Stream.of("other"))
            .collect(Collectors.toUnmodifiableMap(k -> k, k -> PseudoClass.getPseudoClass("kind-" + k)));

    private KindStyle() {
    }

    public static Glyph icon(String kind) {
        Glyph g = glyph(look(kind).glyph());
        g.getStyleClass().add("kind-icon");
        mark(g, kind);
        return g;
    }

    /** Turns an icon made by {@link #icon} into another kind's, or into {@code glyph} coloured as {@code kind}: cells reuse theirs. */
    public static void restyle(Glyph icon, String kind, FontAwesome.Glyph glyph) {
        icon.setIcon(glyph != null ? glyph : look(kind).glyph());
        mark(icon, kind);
    }

    /** Colours an icon, a badge or a chip as the kind's ({@code :kind-ccg}), taking off another kind's colour. */
    public static void mark(Node node, String kind) {
        PseudoClass wanted = STATES.getOrDefault(kind, OTHER);
        for (PseudoClass state : STATES.values()) {
            node.pseudoClassStateChanged(state, state == wanted); // a state it already has or lacks costs nothing
        }
    }

    /**
     * A FontAwesome icon. The font ships inside ControlsFX's jar and is loaded here once, before any
     * icon is drawn; the stylesheet names its family wherever it sets an icon's size.
     */
    public static Glyph glyph(FontAwesome.Glyph glyph) {
        return FONT.create(glyph);
    }

    /** A few letters for the badge beside a name; empty for kinds without one. */
    public static String badge(String kind) {
        return look(kind).badge();
    }

    private static Look look(String kind) {
        return LOOKS.getOrDefault(kind, DEFAULT);
    }
}
