package org.commissioningexplorer.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Turns a dataset into a {@link SearchIndex}: its bodies' texts into {@link Entries}, their words into a
 * sorted {@link Vocabulary}, and each word's postings. A body's texts, in order: its name, former names and
 * acronyms (the texts a query may be the whole of), codes, id, roles, services, document titles, facts and
 * notes, then the words of the bodies it is part of. Used once per index.
 */
final class IndexBuilder {

    /** Weight (percent) of a service the body does not commission, under that of a service it does. */
    private static final int NOT_COMMISSIONED_WEIGHT = 40;
    /** A body's own roles, services and documents count in full ... */
    private static final int OWN_CONTENT = 100;
    /** ... the standard ones of its kind, shown on every body of the kind, a little less. */
    private static final int KIND_CONTENT = 85;
    /** How many bodies up a body's context words come from: its CCG's, and a sub-committee's committee's. */
    private static final int CONTEXT_DEPTH = 2;

    private final ByteList field = new ByteList();
    private final ByteList weight = new ByteList();
    private final IntList owner = new IntList();
    private final List<String> text = new ArrayList<>();
    private final IntList tokenStart = new IntList();
    private final IntList tokens = new IntList();
    private final IntList coreStart = new IntList();
    private final IntList coreTokens = new IntList();
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<String> words = new ArrayList<>(); // in the order first seen, until sorted

    /** The words each body lends its parts, by body index, once worked out. */
    private final Map<Integer, String> contextWords = new HashMap<>();
    /** The normalised names of the councils that have "and" in them, for {@link Acronyms#of}. */
    private final Set<String> councils = new HashSet<>();

    private IndexBuilder(Body[] bodies) {
        tokenStart.add(0);
        coreStart.add(0);
        for (Body b : bodies) {
            if (Places.COUNCILS.contains(b.kind())) {
                String name = Normaliser.normalise(b.name());
                if (name.contains(" and ")) {
                    councils.add(name);
                }
            }
        }
    }

    static SearchIndex build(DatasetQueries queries, Body[] bodies, Period[] lifetimes) {
        Dataset dataset = queries.dataset();
        BodyTable table = new BodyTable(dataset, bodies, lifetimes);
        IndexBuilder b = new IndexBuilder(bodies);
        int n = table.size();
        int[] bodyStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            bodyStart[i] = b.entries();
            Body body = bodies[i];
            b.add(i, MatchField.NAME, MatchField.NAME.weight(), body.name());
            for (String former : body.formerNames()) {
                b.add(i, MatchField.FORMER_NAME, MatchField.FORMER_NAME.weight(), former);
            }
            for (String acronym : b.acronyms(body)) {
                b.add(i, MatchField.ACRONYM, MatchField.ACRONYM.weight(), Acronyms.word(acronym), acronym);
            }
            for (Code c : body.codes()) {
                b.add(i, MatchField.CODE, MatchField.CODE.weight(), c.value());
            }
            b.add(i, MatchField.ID, MatchField.ID.weight(), body.id());
            b.addContent(i, body.membership(), body.responsibilities(), body.documents(), OWN_CONTENT);
            b.addFactsAndNotes(i, body);
            for (int p = table.context[i], depth = 0; p >= 0 && depth < CONTEXT_DEPTH; p = table.context[p], depth++) {
                b.add(i, MatchField.PARENT, MatchField.PARENT.weight(), b.contextWords(bodies, p), bodies[p].name());
            }
        }
        bodyStart[n] = b.entries();
        int kinds = table.kindCount();
        int[] kindStart = new int[kinds + 1];
        for (int k = 0; k < kinds; k++) {
            kindStart[k] = b.entries();
            KindInfo info = dataset.kinds().get(table.kindIds[k]);
            if (info != null && table.bodiesOfKind[k].length > 0) {
                b.addContent(-1 - k, info.membership(), info.responsibilities(), info.documents(), KIND_CONTENT);
            }
        }
        kindStart[kinds] = b.entries();
        return b.finish(dataset, table, bodyStart, kindStart, Places.build(queries, table));
    }

    /** The acronyms of a CCG's, ICB's or STP's name and former names ("BSW", "N&amp;W"); none for other kinds. */
    private List<String> acronyms(Body body) {
        if (!Acronyms.KINDS.contains(body.kind())) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(Acronyms.of(body.name(), councils));
        for (String former : body.formerNames()) {
            out.addAll(Acronyms.of(former, councils));
        }
        return List.copyOf(out);
    }

    /**
     * The words a body lends the bodies that are part of it: its name, its codes and its acronyms (not the
     * "&amp;" ones, whose words look like others' starts: "handwe").
     */
    private String contextWords(Body[] bodies, int p) {
        String known = contextWords.get(p);
        if (known != null) {
            return known;
        }
        Body body = bodies[p];
        StringBuilder b = new StringBuilder(body.name());
        for (Code c : body.codes()) {
            b.append(' ').append(c.value());
        }
        for (String acronym : acronyms(body)) {
            if (acronym.indexOf('&') < 0) {
                b.append(' ').append(acronym);
            }
        }
        contextWords.put(p, b.toString());
        return b.toString();
    }

    /** The body's facts ("label: value"), its summary and the notes of its own roles and services. */
    private void addFactsAndNotes(int i, Body body) {
        for (Fact f : body.facts()) {
            if (f.value() != null) {
                String text = f.label() == null ? f.value() : f.label() + ": " + f.value();
                add(i, MatchField.FACT, MatchField.FACT.weight(), text);
            }
        }
        if (body.summary() != null) {
            add(i, MatchField.NOTE, MatchField.NOTE.weight(), body.summary());
        }
        for (Membership m : body.membership()) {
            if (m.notes() != null) {
                add(i, MatchField.NOTE, MatchField.NOTE.weight(), m.notes());
            }
        }
        for (Responsibility r : body.responsibilities()) {
            if (r.notes() != null) {
                add(i, MatchField.NOTE, MatchField.NOTE.weight(), r.notes());
            }
        }
    }

    private int entries() {
        return owner.size();
    }

    private void addContent(int ownerIndex, List<Membership> membership, List<Responsibility> responsibilities,
                            List<DocumentRef> documents, int percent) {
        for (Membership m : membership) {
            if (m.role() != null) {
                add(ownerIndex, MatchField.ROLE, MatchField.ROLE.weight() * percent / 100, m.role());
            }
        }
        for (Responsibility r : responsibilities) {
            if (r.service() == null) {
                continue;
            }
            if (Responsibility.DOES_NOT_COMMISSION.equals(r.role())) {
                add(ownerIndex, MatchField.SERVICE, NOT_COMMISSIONED_WEIGHT * percent / 100, r.service(),
                        r.service() + " (does not commission)");
            } else {
                add(ownerIndex, MatchField.SERVICE, MatchField.SERVICE.weight() * percent / 100, r.service());
            }
        }
        for (DocumentRef d : documents) {
            if (d.title() != null) {
                add(ownerIndex, MatchField.DOCUMENT_TITLE, MatchField.DOCUMENT_TITLE.weight() * percent / 100,
                        d.title());
            }
        }
    }

    private void add(int ownerIndex, MatchField f, int w, String value) {
        add(ownerIndex, f, w, value, value);
    }

    private void add(int ownerIndex, MatchField f, int w, String value, String shown) {
        List<String> ws = Normaliser.words(value);
        List<String> joined = Acronyms.ampersandWords(value);
        field.add((byte) f.ordinal());
        weight.add((byte) w);
        owner.add(ownerIndex);
        text.add(shown);
        for (String word : ws) {
            tokens.add(id(word));
        }
        for (String word : joined) {
            tokens.add(id(word)); // "A&E" is also "aande", as a query reads it
        }
        tokenStart.add(tokens.size());
        if (f.positional()) {
            for (String word : Normaliser.coreWords(ws)) {
                coreTokens.add(id(word));
            }
        }
        coreStart.add(coreTokens.size());
    }

    private int id(String word) {
        Integer id = wordIds.get(word);
        if (id == null) {
            id = words.size();
            words.add(word);
            wordIds.put(word, id);
        }
        return id;
    }

    private SearchIndex finish(Dataset dataset, BodyTable table, int[] bodyStart, int[] kindStart, Places places) {
        // Sort the vocabulary and renumber the words in sorted order, so that the words that start with a
        // prefix have consecutive numbers.
        String[] unsorted = words.toArray(String[]::new);
        Integer[] byWord = new Integer[unsorted.length];
        for (int i = 0; i < unsorted.length; i++) {
            byWord[i] = i;
        }
        Arrays.sort(byWord, Comparator.comparing(i -> unsorted[i]));
        int[] renumber = new int[unsorted.length];
        String[] sorted = new String[unsorted.length];
        for (int r = 0; r < unsorted.length; r++) {
            renumber[byWord[r]] = r;
            sorted[r] = unsorted[byWord[r]];
        }
        int[] tokenArr = tokens.toArray();
        for (int i = 0; i < tokenArr.length; i++) {
            tokenArr[i] = renumber[tokenArr[i]];
        }
        int[] coreArr = coreTokens.toArray();
        for (int i = 0; i < coreArr.length; i++) {
            coreArr[i] = renumber[coreArr[i]];
        }
        Entries entries = new Entries(field.toByteArray(), weight.toByteArray(), owner.toArray(),
                text.toArray(String[]::new), tokenStart.toArray(), tokenArr, coreStart.toArray(), coreArr,
                bodyStart, kindStart);
        return new SearchIndex(dataset, table, entries, VocabularyBuilder.build(sorted, entries, table), places);
    }

    private static final class ByteList {
        private byte[] a = new byte[64];
        private int size;

        void add(byte v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
