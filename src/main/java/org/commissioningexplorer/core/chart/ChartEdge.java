package org.commissioningexplorer.core.chart;

/**
 * An arrow or line between two boxes, by their keys. Tree lines (from a body down to one that sits under it) carry
 * no label unless a relationship between the two says more; links point from the centred body to the other one
 * and carry their wording from the centred body's side, so each reads as a sentence: "Norwich CCG, member of
 * the Norfolk and Waveney STP".
 *
 * @param from  key of the box the arrow leaves
 * @param to    key of the box the arrow points at
 * @param label the wording, or "" for a plain tree line
 * @param tree  true for a line of the tree (parent to child), false for a relationship
 */
public record ChartEdge(String from, String to, String label, boolean tree) {

    ChartEdge withLabel(String more) {
        return new ChartEdge(from, to, label.isEmpty() ? more : label + ", " + more, tree);
    }
}
