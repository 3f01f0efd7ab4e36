package org.commissioningexplorer.ui.tree;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Which bodies the tree shows for a name filter: every body whose name or code contains all the words
 * typed, plus its ancestors so that it stays in place. Plain Java so that it is tested without a window.
 */
public final class TreeFilter {

    private TreeFilter() {
    }

    /** The ids to show, or null when the filter is blank (show everything). */
    public static Set<String> visibleIds(DatasetQueries queries, String filter) {
        String f = normalise(filter == null ? "" : filter);
        if (f.isEmpty()) {
            return null;
        }
        String[] words = f.split(" ");
        Set<String> visible = new HashSet<>();
        for (Body b : queries.dataset().bodies()) {
            if (matches(b, words)) {
                for (Body step : queries.path(b)) {
                    visible.add(step.id());
                }
            }
        }
        return visible;
    }

    /** Whether a body matches by itself (not merely as an ancestor of a match). */
    public static boolean matches(Body b, String filter) {
        String f = normalise(filter == null ? "" : filter);
        return !f.isEmpty() && matches(b, f.split(" "));
    }

    private static boolean matches(Body b, String[] words) {
        StringBuilder text = new StringBuilder(normalise(b.name()));
        for (Code c : b.codes()) {
            text.append(' ').append(c.value().toLowerCase(Locale.ROOT));
        }
        b.formerNames().forEach(n -> text.append(' ').append(normalise(n)));
        String haystack = text.toString();
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
