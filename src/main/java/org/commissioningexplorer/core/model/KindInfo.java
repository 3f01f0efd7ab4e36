package org.commissioningexplorer.core.model;

import java.util.List;

/**
 * What the dataset says about a kind of body as a whole: how to name it, what it is, and the standard
 * membership, responsibilities and documents that apply to every body of that kind.
 */
public record KindInfo(String id, String label, String plural, String summary, List<Membership> membership,
                       List<Responsibility> responsibilities, List<DocumentRef> documents, String source) {

    public KindInfo {
        membership = List.copyOf(membership);
        responsibilities = List.copyOf(responsibilities);
        documents = List.copyOf(documents);
    }

    /** A kind the dataset does not describe: named from its id, with no standard content. */
    public static KindInfo undescribed(String id) {
        String label = id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
        return new KindInfo(id, label, label, null, List.of(), List.of(), List.of(), null);
    }
}
