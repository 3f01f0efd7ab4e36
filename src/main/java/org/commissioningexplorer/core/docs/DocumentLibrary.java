package org.commissioningexplorer.core.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Every document of a dataset in one list, for the library view: each with the body it belongs to (or
 * the kind, for standard documents) and its source; filtered by body, kind and year, and by words.
 */
public final class DocumentLibrary {

    /**
     * One document where it belongs. {@code holder} is null for a kind's standard document, which
     * applies to every body of {@code kindId}.
     */
    public record Entry(DocumentRef document, Body holder, String kindId, String holderName, String source) {

        /** The year of its date, or null when undated. */
        public Integer year() {
            return document.date() == null ? null : document.date().year();
        }

        /** A key that names this document across reloads: the holder's id (or kind) and the title. */
        public String key() {
            return DocumentLibrary.key(holder, kindId, document.title());
        }
    }

    /**
     * The key of a document held by {@code holder}, or, when {@code holder} is null, of a standard document
     * of the kind {@code kindId}: the same as {@link Entry#key()}, for places that have no entry at hand.
     */
    public static String key(Body holder, String kindId, String title) {
        return (holder != null ? holder.id() : "kind:" + kindId) + "|" + title;
    }

    private final List<Entry> entries;

    private DocumentLibrary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static DocumentLibrary of(DatasetQueries queries) {
        List<Entry> out = new ArrayList<>();
        for (Body b : queries.dataset().bodies()) {
            for (DocumentRef d : b.documents()) {
                out.add(new Entry(d, b, b.kind(), b.name(), d.source() != null ? d.source() : b.primarySource()));
            }
        }
        for (KindInfo k : queries.dataset().kinds().values()) {
            for (DocumentRef d : k.documents()) {
                out.add(new Entry(d, null, k.id(), "Every " + k.label(), d.source() != null ? d.source() : k.source()));
            }
        }
        return new DocumentLibrary(out);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The document kinds in use ("constitution", "terms-of-reference", …), sorted. */
    public List<String> documentKinds() {
        TreeSet<String> kinds = new TreeSet<>();
        entries.forEach(e -> {
            if (e.document().kind() != null) {
                kinds.add(e.document().kind());
            }
        });
        return List.copyOf(kinds);
    }

    /** The years documents are dated, newest first. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        entries.forEach(e -> {
            if (e.year() != null) {
                years.add(e.year());
            }
        });
        return List.copyOf(years);
    }

    /**
     * The entries that match every given filter (null or blank means any): words found in the title,
     * the body's name or code, the document kind or its notes; the document kind; the year.
     */
    public List<Entry> filter(String words, String documentKind, Integer year) {
        return filter(words, null, documentKind, year);
    }

    /**
     * As {@link #filter(String, String, Integer)}, and also only the documents whose body's name or code
     * holds every word of {@code body} (for a kind's standard documents, "Every CCG" and the kind).
     */
    public List<Entry> filter(String words, String body, String documentKind, Integer year) {
        List<String> wanted = wordsOf(words);
        List<String> bodyWords = wordsOf(body);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (!bodyWords.isEmpty()) {
                String holder = normalise(e.holderName() + " " + (e.holder() == null ? e.kindId()
                        : e.holder().primaryCode().orElse("") + " " + e.holder().id()));
                if (!bodyWords.stream().allMatch(holder::contains)) {
                    continue;
                }
            }
            if (documentKind != null && !documentKind.isBlank() && !documentKind.equals(e.document().kind())) {
                continue;
            }
            if (year != null && !Objects.equals(year, e.year())) {
                continue;
            }
            if (!wanted.isEmpty()) {
                String hay = normalise(String.join(" ", e.document().title(), e.holderName(),
                        e.holder() == null ? "" : e.holder().primaryCode().orElse(""),
                        Objects.toString(e.document().kind(), ""), Objects.toString(e.document().notes(), "")));
                if (!wanted.stream().allMatch(hay::contains)) {
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    private static List<String> wordsOf(String text) {
        return text == null ? List.of()
                : List.of(normalise(text).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }
}
