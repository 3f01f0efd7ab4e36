package org.commissioningexplorer.core.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * Search over a dataset's bodies by name, former name, ODS or ONS code, id, membership role, service and
 * document title, tolerant of case, accents, punctuation, "&amp;"/"and", the words "NHS", "CCG", "the", "of"
 * and small typos. Built once per dataset; immutable afterwards, so it may be built on any thread and
 * searched from many.
 *
 * <p>Ranking, best first: the exact code or id typed; then names that are the query, start with it or
 * contain it as whole words, whole words before starts of words; then matches on other fields (former
 * names, roles, services, document titles, and a little below them the standard roles, services and
 * documents of the body's kind); then words found inside a name word ("wich" in "Norwich"); then typos.
 * Every word of the query must match a word of the body (as the word, its start, a part of a name word,
 * or with a typo); the scores of the words add up. Ignorable words typed ("CCG" in "Norwich CCG") need not
 * match but add a little when the name has them. Ties go in name order.
 *
 * <p>How: every distinct word is held once in a sorted vocabulary, with the list of texts (name, role,
 * …) it occurs in (its postings), so the words a query word starts are a range of the vocabulary found
 * by binary search. Typos are looked up among vocabulary words of nearby length only, parts of words
 * among words of letters. The query's words are then matched one by one, the word that stands for the
 * fewest bodies first, each through its postings and only for the bodies that matched every word before;
 * when few bodies are left and the next word is common, those bodies are checked on their own texts.
 * Per-body working arrays are kept per thread and cleared after each search.
 */
public final class SearchIndex {

    /** Words at least this long may have a typo of one edit ... */
    static final int TYPO1_MIN = 4;
    /** ... and words at least this long one of two. */
    static final int TYPO2_MIN = 8;
    /** Part of a name word matches for query words at least this long. */
    static final int INFIX_MIN = 3;
    /** Queries longer than this are cut (a pasted paragraph is not a query). */
    static final int MAX_WORDS = 16;

    static final int EXACT = 100;
    static final int PREFIX = 70; // plus up to 20 for how much of the word was typed
    static final int INFIX = 40;
    static final int TYPO1 = 35;
    static final int TYPO2 = 20;
    static final int EXACT_CODE_BONUS = 10_000;
    static final int IGNORABLE_WORD_BONUS = 10;
    static final int WHOLE_NAME_BONUS = 400;
    static final int NAME_START_BONUS = 250;
    static final int NAME_CONTAINS_BONUS = 120;
    /**
     * Once the bodies left times this is less than the bodies behind the next word, the bodies left are
     * checked one by one rather than through the word's postings.
     */
    static final int VERIFY_RATIO = 32;
    /** Weight (percent) of a service the body does not commission, under that of a service it does. */
    static final int NOT_COMMISSIONED_WEIGHT = 40;

    /**
     * Common short words a typo should not turn a query word into ("wich" is not "with"); they still
     * match as themselves and as the start of a word.
     */
    static final Set<String> NO_TYPO_TARGETS = Set.of("with", "from", "into", "onto", "that",
            "this", "these", "those", "their", "there", "where", "which", "while", "what", "when", "whom", "whose",
            "have", "been", "were", "will", "would", "should", "could", "other", "such", "than", "then", "them",
            "they", "only", "also", "more", "most", "some", "each", "over", "under", "upon", "about", "after",
            "before", "within", "without", "does", "done", "your", "ours");

    private static final MatchField[] FIELDS = MatchField.values();

    private final Dataset dataset;
    private final Body[] bodies;
    private final int[] firstDay; // lifetimes as epoch days, for quick as-of tests
    private final int[] lastDay;
    private final int[] nameRank;
    private final int[] byNameRank;
    private final int[] bodyKind;
    private final String[] kindIds;
    private final int[][] bodiesOfKind;

    // Texts ("entries"): a body's name, former names, codes, id, roles, services, document titles, then the
    // standard roles, services and document titles of each kind. Parallel arrays, by entry number.
    private final byte[] entryField;
    private final byte[] entryWeight;
    private final int[] entryOwner; // a body index, or -1 - kind index
    private final String[] entryText;
    private final int[] entryTokenStart; // into tokens; one more than entries
    private final int[] tokens;
    private final int[] entryCoreStart; // into coreTokens: a name's words without "NHS", "CCG"…
    private final int[] coreTokens;
    private final int[] bodyEntryStart; // one more than bodies
    private final int[] kindEntryStart; // one more than kinds

    // Vocabulary: every distinct word, sorted, with the entries it occurs in.
    private final String[] vocabulary;
    private final int[] wordLength;
    private final int[] postingStart;
    private final int[] postings;
    private final long[] bodyCost; // cumulative: how many bodies words up to this one stand for
    private final int[][] lettersByLength; // ids of words made only of letters, by length (typo and part targets)
    private final int[] letterMask;

    private final Map<String, int[]> exact; // lower-case code or id → bodies

    private SearchIndex(Dataset dataset, Body[] bodies, Period[] lifetimes) {
        this.dataset = dataset;
        this.bodies = bodies;
        int n = bodies.length;
        firstDay = new int[n];
        lastDay = new int[n];
        for (int i = 0; i < n; i++) {
            Period p = lifetimes[i];
            firstDay[i] = p.from() == null ? Integer.MIN_VALUE : (int) Math.max(Integer.MIN_VALUE + 1,
                    Math.min(Integer.MAX_VALUE - 1, p.from().toEpochDay()));
            lastDay[i] = p.to() == null ? Integer.MAX_VALUE : (int) Math.max(Integer.MIN_VALUE + 1,
                    Math.min(Integer.MAX_VALUE - 1, p.to().toEpochDay()));
        }

        Integer[] order = new Integer[n];
        String[] sortKey = new String[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sortKey[i] = bodies[i].name().toLowerCase(Locale.ROOT);
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> sortKey[i]).thenComparing(i -> bodies[i].name())
                .thenComparing(i -> bodies[i].id()).thenComparingInt(i -> i));
        nameRank = new int[n];
        byNameRank = new int[n];
        for (int r = 0; r < n; r++) {
            byNameRank[r] = order[r];
            nameRank[order[r]] = r;
        }

        Map<String, Integer> kindIndex = new HashMap<>();
        List<String> kinds = new ArrayList<>(dataset.kinds().keySet());
        kinds.forEach(k -> kindIndex.put(k, kindIndex.size()));
        bodyKind = new int[n];
        for (int i = 0; i < n; i++) {
            String k = bodies[i].kind();
            Integer ki = kindIndex.get(k);
            if (ki == null) {
                ki = kinds.size();
                kinds.add(k);
                kindIndex.put(k, ki);
            }
            bodyKind[i] = ki;
        }
        kindIds = kinds.toArray(String[]::new);
        int[] kindCount = new int[kindIds.length];
        for (int k : bodyKind) {
            kindCount[k]++;
        }
        bodiesOfKind = new int[kindIds.length][];
        for (int k = 0; k < kindIds.length; k++) {
            bodiesOfKind[k] = new int[kindCount[k]];
        }
        int[] fill = new int[kindIds.length];
        for (int i = 0; i < n; i++) {
            bodiesOfKind[bodyKind[i]][fill[bodyKind[i]]++] = i;
        }

        Builder b = new Builder();
        bodyEntryStart = new int[n + 1];
        Map<String, IntList> exactLists = new HashMap<>();
        for (int i = 0; i < n; i++) {
            bodyEntryStart[i] = b.entries();
            Body body = bodies[i];
            b.add(i, MatchField.NAME, MatchField.NAME.weight(), body.name());
            for (String former : body.formerNames()) {
                b.add(i, MatchField.FORMER_NAME, MatchField.FORMER_NAME.weight(), former);
            }
            for (Code c : body.codes()) {
                b.add(i, MatchField.CODE, MatchField.CODE.weight(), c.value());
                exactLists.computeIfAbsent(c.value().strip().toLowerCase(Locale.ROOT), k -> new IntList()).addOnce(i);
            }
            b.add(i, MatchField.ID, MatchField.ID.weight(), body.id());
            exactLists.computeIfAbsent(body.id().strip().toLowerCase(Locale.ROOT), k -> new IntList()).addOnce(i);
            addContent(b, i, body.membership(), body.responsibilities(), body.documents(), 100);
        }
        bodyEntryStart[n] = b.entries();
        kindEntryStart = new int[kindIds.length + 1];
        for (int k = 0; k < kindIds.length; k++) {
            kindEntryStart[k] = b.entries();
            KindInfo info = dataset.kinds().get(kindIds[k]);
            if (info != null && kindCount[k] > 0) {
                // Standard content, shown on every body of the kind; a little below a body's own.
                addContent(b, -1 - k, info.membership(), info.responsibilities(), info.documents(), 85);
            }
        }
        kindEntryStart[kindIds.length] = b.entries();

        entryField = b.field.toByteArray();
        entryWeight = b.weight.toByteArray();
        entryOwner = b.owner.toArray();
        entryText = b.text.toArray(String[]::new);
        entryTokenStart = b.tokenStart.toArray();
        entryCoreStart = b.coreStart.toArray();

        // Sort the vocabulary and renumber the words in sorted order, so that the words that start with a
        // prefix have consecutive numbers.
        String[] words = b.words.toArray(String[]::new);
        Integer[] byWord = new Integer[words.length];
        for (int i = 0; i < words.length; i++) {
            byWord[i] = i;
        }
        Arrays.sort(byWord, Comparator.comparing(i -> words[i]));
        int[] renumber = new int[words.length];
        vocabulary = new String[words.length];
        for (int r = 0; r < words.length; r++) {
            renumber[byWord[r]] = r;
            vocabulary[r] = words[byWord[r]];
        }
        tokens = b.tokens.toArray();
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = renumber[tokens[i]];
        }
        coreTokens = b.coreTokens.toArray();
        for (int i = 0; i < coreTokens.length; i++) {
            coreTokens[i] = renumber[coreTokens[i]];
        }

        int v = vocabulary.length;
        wordLength = new int[v];
        for (int w = 0; w < v; w++) {
            wordLength[w] = vocabulary[w].length();
        }
        int entries = entryField.length;
        postingStart = new int[v + 1];
        for (int e = 0; e < entries; e++) {
            for (int t = entryTokenStart[e]; t < entryTokenStart[e + 1]; t++) {
                if (!repeats(e, t)) {
                    postingStart[tokens[t] + 1]++;
                }
            }
        }
        for (int w = 0; w < v; w++) {
            postingStart[w + 1] += postingStart[w];
        }
        postings = new int[postingStart[v]];
        int[] next = Arrays.copyOf(postingStart, v);
        for (int e = 0; e < entries; e++) {
            for (int t = entryTokenStart[e]; t < entryTokenStart[e + 1]; t++) {
                if (!repeats(e, t)) {
                    postings[next[tokens[t]]++] = e;
                }
            }
        }
        bodyCost = new long[v + 1];
        for (int w = 0; w < v; w++) {
            long cost = 0;
            for (int p = postingStart[w]; p < postingStart[w + 1]; p++) {
                int owner = entryOwner[postings[p]];
                cost += owner >= 0 ? 1 : bodiesOfKind[-1 - owner].length;
            }
            bodyCost[w + 1] = bodyCost[w] + cost;
        }

        letterMask = new int[v];
        IntList[] byLength = new IntList[0];
        for (int w = 0; w < v; w++) {
            String word = vocabulary[w];
            int mask = lettersOnlyMask(word);
            letterMask[w] = mask;
            if (mask != 0 && !NO_TYPO_TARGETS.contains(word)) {
                if (word.length() >= byLength.length) {
                    byLength = Arrays.copyOf(byLength, word.length() + 1);
                }
                if (byLength[word.length()] == null) {
                    byLength[word.length()] = new IntList();
                }
                byLength[word.length()].add(w);
            }
        }
        lettersByLength = new int[byLength.length][];
        for (int len = 0; len < byLength.length; len++) {
            lettersByLength[len] = byLength[len] == null ? new int[0] : byLength[len].toArray();
        }

        Map<String, int[]> ex = new HashMap<>(exactLists.size() * 2);
        exactLists.forEach((k, list) -> ex.put(k, list.toArray()));
        exact = ex;
    }

    /** True when token position {@code t} repeats a word already seen earlier in the same entry. */
    private boolean repeats(int e, int t) {
        for (int u = entryTokenStart[e]; u < t; u++) {
            if (tokens[u] == tokens[t]) {
                return true;
            }
        }
        return false;
    }

    private static void addContent(Builder b, int owner, List<Membership> membership,
                                   List<Responsibility> responsibilities, List<DocumentRef> documents, int percent) {
        for (Membership m : membership) {
            if (m.role() != null) {
                b.add(owner, MatchField.ROLE, MatchField.ROLE.weight() * percent / 100, m.role());
            }
        }
        for (Responsibility r : responsibilities) {
            if (r.service() == null) {
                continue;
            }
            if (Responsibility.DOES_NOT_COMMISSION.equals(r.role())) {
                b.add(owner, MatchField.SERVICE, NOT_COMMISSIONED_WEIGHT * percent / 100, r.service(),
                        r.service() + " (does not commission)");
            } else {
                b.add(owner, MatchField.SERVICE, MatchField.SERVICE.weight() * percent / 100, r.service());
            }
        }
        for (DocumentRef d : documents) {
            if (d.title() != null) {
                b.add(owner, MatchField.DOCUMENT_TITLE, MatchField.DOCUMENT_TITLE.weight() * percent / 100, d.title());
            }
        }
    }

    /** Bit per letter a–z present, or 0 when the word has anything but letters a–z. */
    static int lettersOnlyMask(String word) {
        int mask = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return 0;
            }
            mask |= 1 << (c - 'a');
        }
        return mask;
    }

    // ------------------------------------------------------------------------------------------- building

    /**
     * Builds the index of a dataset. Bodies' lifetimes are read from {@code queries} (their dates clipped to
     * their parents'), so as-of searches agree with {@link DatasetQueries#existedOn}.
     */
    public static SearchIndex build(DatasetQueries queries) {
        Dataset d = queries.dataset();
        Body[] bodies = d.bodies().toArray(Body[]::new);
        Period[] lifetimes = new Period[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            lifetimes[i] = queries.lifetime(bodies[i]);
        }
        return new SearchIndex(d, bodies, lifetimes);
    }

    /** Builds the index of a dataset (see {@link #build(DatasetQueries)}). */
    public static SearchIndex build(Dataset dataset) {
        return build(new DatasetQueries(dataset));
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Number of bodies indexed. */
    public int size() {
        return bodies.length;
    }

    /** Number of distinct words indexed. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    /** Number of texts indexed (names, codes, roles, …). */
    public int textCount() {
        return entryField.length;
    }

    // ------------------------------------------------------------------------------------------- searching

    /**
     * The best {@code limit} bodies for {@code query}. With a date, those that existed on that date come
     * first, then those that did not, with {@link SearchHit#existedOnDate()} false. Empty when the query
     * has no letter or digit.
     */
    public List<SearchHit> search(String query, LocalDate asOfOrNull, int limit) {
        SearchResults r = results(query, asOfOrNull, limit);
        List<SearchHit> all = r.all();
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /**
     * The bodies that match {@code query}: up to {@code limit} that existed on {@code asOfOrNull} (all dates
     * when null), grouped by kind, and up to {@code limit} that matched but did not exist on that date.
     */
    public SearchResults results(String query, LocalDate asOfOrNull, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (query == null || !Normaliser.isSearchable(query)) {
            return SearchResults.empty(query, asOfOrNull);
        }
        List<String> all = Normaliser.words(query);
        List<String> words = Normaliser.coreWords(all);
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        // The ignorable words typed ("CCG" in "Norwich CCG") need not match, but a name that has them is
        // a little closer to what was typed.
        IntList optional = new IntList();
        if (words.size() < all.size()) {
            for (String w : all) {
                int id = lowerBound(w);
                if (Normaliser.isIgnorable(w) && id < vocabulary.length && vocabulary[id].equals(w)) {
                    optional.add(id);
                }
            }
        }
        Search s = new Search(words, optional.toArray(), query);
        return s.run(asOfOrNull, limit);
    }

    /** What one query word matches: one word exactly, a range of words it starts, and others (typos, parts). */
    private final class WordMatch {
        final String word;
        final int exactWord; // vocabulary number, or -1
        final int from; // words that start with it: [from, to)
        final int to;
        int[] otherWords = new int[0]; // sorted
        int[] typoScore = new int[0];
        int[] infixScore = new int[0]; // counts in names and former names only
        long[] isOther; // bit set over the vocabulary: otherWords, for a quick "no"

        WordMatch(String word) {
            this.word = word;
            int lo = lowerBound(word);
            from = lo;
            to = upperBoundOfPrefix(word, lo);
            exactWord = lo < vocabulary.length && vocabulary[lo].equals(word) ? lo : -1;
            findOthers();
        }

        private void findOthers() {
            int mask = lettersOnlyMask(word);
            if (mask == 0) {
                return; // codes and numbers: exact or start only
            }
            IntList ids = new IntList();
            IntList typos = new IntList();
            IntList infixes = new IntList();
            int len = word.length();
            int maxEdits = len >= TYPO2_MIN ? 2 : len >= TYPO1_MIN ? 1 : 0;
            Map<Integer, Integer> at = new HashMap<>();
            if (maxEdits > 0) {
                for (int l = Math.max(1, len - maxEdits); l <= len + maxEdits && l < lettersByLength.length; l++) {
                    for (int w : lettersByLength[l]) {
                        if ((w >= from && w < to) || Integer.bitCount(mask ^ letterMask[w]) > 2 * maxEdits) {
                            continue;
                        }
                        int d = Typos.distance(word, vocabulary[w], maxEdits);
                        if (d <= maxEdits) {
                            at.put(w, ids.size());
                            ids.add(w);
                            typos.add(d == 1 ? TYPO1 : TYPO2);
                            infixes.add(0);
                        }
                    }
                }
            }
            if (len >= INFIX_MIN) {
                for (int l = len + 1; l < lettersByLength.length; l++) {
                    for (int w : lettersByLength[l]) {
                        if (vocabulary[w].indexOf(word, 1) > 0 && !(w >= from && w < to)) {
                            Integer i = at.get(w);
                            if (i != null) {
                                infixes.set(i, INFIX);
                            } else {
                                ids.add(w);
                                typos.add(0);
                                infixes.add(INFIX);
                            }
                        }
                    }
                }
            }
            int k = ids.size();
            if (k == 0) {
                return;
            }
            int[] idArr = ids.toArray();
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingInt(i -> idArr[i]));
            otherWords = new int[k];
            typoScore = new int[k];
            infixScore = new int[k];
            isOther = new long[(vocabulary.length + 63) >>> 6];
            for (int i = 0; i < k; i++) {
                otherWords[i] = idArr[order[i]];
                isOther[otherWords[i] >>> 6] |= 1L << otherWords[i];
                typoScore[i] = typos.get(order[i]);
                infixScore[i] = infixes.get(order[i]);
            }
        }

        /** Score of vocabulary word {@code w} for this query word, 0 when it does not match. */
        int score(int w, int looseness) {
            if (w == exactWord) {
                return EXACT;
            }
            if (w >= from && w < to) {
                return PREFIX + 20 * word.length() / wordLength[w];
            }
            if (isOther != null && (isOther[w >>> 6] & (1L << w)) != 0) {
                int i = Arrays.binarySearch(otherWords, w);
                if (i >= 0) {
                    return looseness == MatchField.PART_OR_TYPO ? Math.max(typoScore[i], infixScore[i])
                            : looseness == MatchField.TYPO ? typoScore[i] : 0;
                }
            }
            return 0;
        }

        /** True for a whole-word or start-of-word match (not a typo or a part of a word). */
        boolean strong(int w) {
            return w >= from && w < to;
        }

        /** How many bodies the matching words stand for: the cost of taking candidates from this word. */
        long cost() {
            long c = bodyCost[to] - bodyCost[from];
            for (int w : otherWords) {
                c += bodyCost[w + 1] - bodyCost[w];
            }
            return c;
        }
    }

    private int lowerBound(String word) {
        int lo = 0;
        int hi = vocabulary.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vocabulary[mid].compareTo(word) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First word at or after {@code start} that does not start with {@code prefix}. */
    private int upperBoundOfPrefix(String prefix, int start) {
        int lo = start;
        int hi = vocabulary.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vocabulary[mid].startsWith(prefix)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One search: the query's words, and the scratch space to score candidates. */
    private final class Search {
        final String query;
        final WordMatch[] words;
        final int[] best;
        final int[][] kindBest;
        final int[] exactBodies;
        final int[] optional;

        Search(List<String> queryWords, int[] optional, String query) {
            this.query = query;
            this.optional = optional;
            words = new WordMatch[queryWords.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = new WordMatch(queryWords.get(i));
            }
            best = new int[words.length];
            kindBest = new int[kindIds.length][];
            int[] ex = exact.get(query.strip().toLowerCase(Locale.ROOT));
            exactBodies = ex == null ? new int[0] : ex;
        }

        SearchResults run(LocalDate asOf, int limit) {
            TopK existing = new TopK(limit);
            TopK other = new TopK(limit);
            Scratch scratch = scratches.get();
            stage = scratch.stage;
            total = scratch.total;
            bonus = scratch.bonus;
            wordBest = scratch.wordBest;
            try {
                offer(matches(), asOf, existing, other);
            } finally {
                scratch.clear();
            }
            return new SearchResults(query, asOf, hits(existing, true), hits(other, false), existing.offered(),
                    other.offered(), k -> dataset.kind(k).plural());
        }

        private void offer(IntList matched, LocalDate asOf, TopK existing, TopK other) {
            int day = asOf == null ? 0 : (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1,
                    asOf.toEpochDay()));
            for (int c = 0; c < matched.size(); c++) {
                int b = matched.get(c);
                boolean all = stage[b] == words.length && words.length > 0;
                int score = all ? total[b] : 0;
                if (contains(exactBodies, b)) {
                    // Several bodies can share a code over time (a CCG and the sub-ICB location that kept it):
                    // without a date, the one that still exists first.
                    score += EXACT_CODE_BONUS + (lastDay[b] == Integer.MAX_VALUE ? 5 : 0);
                } else if (!all) {
                    continue;
                }
                if (all) {
                    score += bonus[b];
                    if (optional.length > 0) {
                        score += optionalBonus(b);
                    }
                }
                long key = ((long) score << 32) | (Integer.MAX_VALUE - nameRank[b]);
                if (asOf == null || (firstDay[b] <= day && day <= lastDay[b])) {
                    existing.offer(key);
                } else {
                    other.offer(key);
                }
            }
        }

        /** A few points for each ignorable word of the query ("NHS", "CCG") that the body's name has. */
        private int optionalBonus(int b) {
            int e = bodyEntryStart[b]; // the name
            int points = 0;
            for (int w : optional) {
                for (int t = entryTokenStart[e]; t < entryTokenStart[e + 1]; t++) {
                    if (tokens[t] == w) {
                        points += IGNORABLE_WORD_BONUS;
                        break;
                    }
                }
            }
            return points;
        }

        // Per body, while matching (see Scratch): how many words it has matched, their scores' sum, the bonus
        // for its name, and its best score for the word being matched.
        private byte[] stage;
        private int[] total;
        private int[] bonus;
        private int[] wordBest;

        /**
         * Bodies that match every word (with {@code stage == words.length}, scored in {@code total}), then
         * the exact code or id hits. Word by word, the word with the fewest bodies behind it first: a word's
         * postings add its score to the bodies that matched every word before it. Once few bodies are left
         * and the next word is common, each body left is checked on its own instead (postings are read in
         * order, so each costs far less than checking a body, whose texts lie elsewhere in memory).
         */
        private IntList matches() {
            Scratch scratch = scratches.get();
            IntList alive = scratch.used;
            if (words.length > 0) {
                Integer[] order = new Integer[words.length];
                long[] costs = new long[words.length];
                for (int i = 0; i < words.length; i++) {
                    order[i] = i;
                    costs[i] = words[i].cost();
                }
                Arrays.sort(order, Comparator.comparingLong(i -> costs[i]));
                for (int step = 0; step < order.length; step++) {
                    if (step > 0 && (long) alive.size() * VERIFY_RATIO < costs[order[step]]) {
                        IntList left = scratch.spare(alive);
                        for (int c = 0; c < alive.size(); c++) {
                            int b = alive.get(c);
                            int s = score(b);
                            if (s >= 0) {
                                stage[b] = (byte) words.length;
                                total[b] = s;
                                bonus[b] = nameBonus(b);
                                left.add(b);
                            }
                        }
                        alive = left;
                        break;
                    }
                    // The first word's bodies are every body whose stage, total or bonus changes: scratch.used.
                    IntList touched = step == 0 ? scratch.used : scratch.spare(alive);
                    collect(words[order[step]], step, step == order.length - 1, wordBest, touched);
                    for (int c = 0; c < touched.size(); c++) {
                        int b = touched.get(c);
                        total[b] += wordBest[b];
                        wordBest[b] = 0;
                        stage[b]++;
                    }
                    alive = touched;
                    if (alive.size() == 0) {
                        break;
                    }
                }
            }
            for (int b : exactBodies) {
                if (words.length == 0 || stage[b] != words.length) {
                    alive.add(b);
                }
            }
            return alive;
        }

        private List<SearchHit> hits(TopK top, boolean existed) {
            long[] keys = top.sortedDescending();
            List<SearchHit> hits = new ArrayList<>(keys.length);
            for (long key : keys) {
                int b = byNameRank[Integer.MAX_VALUE - (int) (key & 0xFFFFFFFFL)];
                hits.add(explain(b, (int) (key >>> 32), existed));
            }
            return hits;
        }

        /**
         * Through the postings of the vocabulary words {@code word} matches, the bodies at {@code step} (that
         * matched every word before): each one's best score for the word in {@code best}, each once in
         * {@code touched}.
         */
        private void collect(WordMatch word, int step, boolean last, int[] best, IntList touched) {
            int[] kindScore = new int[kindIds.length];
            for (int w = word.from; w < word.to; w++) {
                collect(word, w, step, last, best, touched, kindScore);
            }
            for (int w : word.otherWords) {
                collect(word, w, step, last, best, touched, kindScore);
            }
            for (int k = 0; k < kindScore.length; k++) {
                int s = kindScore[k];
                if (s > 0) {
                    for (int b : bodiesOfKind[k]) {
                        if (stage[b] == step) {
                            if (best[b] == 0) {
                                touched.add(b);
                            }
                            if (s > best[b]) {
                                best[b] = s;
                            }
                        }
                    }
                }
            }
        }

        private void collect(WordMatch word, int w, int step, boolean last, int[] best, IntList touched,
                             int[] kindScore) {
            int[] byLooseness = {word.score(w, 0), word.score(w, 1), word.score(w, 2)};
            for (int p = postingStart[w]; p < postingStart[w + 1]; p++) {
                int e = postings[p];
                MatchField field = FIELDS[entryField[e]];
                int s = byLooseness[field.looseness()] * entryWeight[e] / 100;
                if (s <= 0) {
                    continue;
                }
                int owner = entryOwner[e];
                if (owner < 0) {
                    kindScore[-1 - owner] = Math.max(kindScore[-1 - owner], s);
                    continue;
                }
                if (stage[owner] != step) {
                    continue;
                }
                if (best[owner] == 0) {
                    touched.add(owner);
                }
                if (s > best[owner]) {
                    best[owner] = s;
                }
                if (last && field.nameLike()) {
                    // A name can earn its bonus only if every word is in it, the last one included: here.
                    int nb = positional(e);
                    if (field == MatchField.FORMER_NAME) {
                        nb = nb * 3 / 5;
                    }
                    if (nb > bonus[owner]) {
                        bonus[owner] = nb;
                    }
                }
            }
        }

        /** The body's score for the query's words, or -1 when some word does not match it. */
        int score(int b) {
            Arrays.fill(best, 0);
            for (int e = bodyEntryStart[b]; e < bodyEntryStart[b + 1]; e++) {
                scoreEntry(e, best);
            }
            int[] kb = kindScores(bodyKind[b]);
            int sum = 0;
            for (int i = 0; i < words.length; i++) {
                int s = Math.max(best[i], kb[i]);
                if (s == 0) {
                    return -1;
                }
                sum += s;
            }
            return sum;
        }

        private int[] kindScores(int k) {
            int[] kb = kindBest[k];
            if (kb == null) {
                kb = new int[words.length];
                for (int e = kindEntryStart[k]; e < kindEntryStart[k + 1]; e++) {
                    scoreEntry(e, kb);
                }
                kindBest[k] = kb;
            }
            return kb;
        }

        private void scoreEntry(int e, int[] into) {
            int weight = entryWeight[e];
            int looseness = FIELDS[entryField[e]].looseness();
            for (int t = entryTokenStart[e]; t < entryTokenStart[e + 1]; t++) {
                int w = tokens[t];
                for (int i = 0; i < words.length; i++) {
                    int s = words[i].score(w, looseness);
                    if (s > 0) {
                        s = s * weight / 100;
                        if (s > into[i]) {
                            into[i] = s;
                        }
                    }
                }
            }
        }

        /** Extra for a name (or, less, a former name) that is the query, starts with it or contains it. */
        private int nameBonus(int b) {
            int bonus = 0;
            int start = bodyEntryStart[b];
            for (int e = start; e < bodyEntryStart[b + 1]; e++) {
                MatchField f = FIELDS[entryField[e]];
                if (f == MatchField.NAME) {
                    bonus = Math.max(bonus, positional(e));
                } else if (f == MatchField.FORMER_NAME) {
                    bonus = Math.max(bonus, positional(e) * 3 / 5);
                } else {
                    break; // names and former names come first
                }
            }
            return bonus;
        }

        private int positional(int e) {
            int from = entryCoreStart[e];
            int n = entryCoreStart[e + 1] - from;
            int m = words.length;
            if (m == 0 || m > n) {
                return 0;
            }
            for (int offset = 0; offset + m <= n; offset++) {
                int strong = 0; // the word or its start
                int starts = 0; // its start only
                boolean all = true;
                for (int i = 0; i < m; i++) {
                    int w = coreTokens[from + offset + i];
                    if (words[i].score(w, MatchField.PART_OR_TYPO) == 0) {
                        all = false;
                        break;
                    }
                    if (words[i].strong(w)) {
                        strong++;
                        if (w != words[i].exactWord) {
                            starts++;
                        }
                    }
                }
                if (!all) {
                    continue;
                }
                int bonus;
                if (offset == 0) {
                    // The whole name: every word typed in full (or with a typo), none only begun.
                    bonus = m == n && starts == 0 ? WHOLE_NAME_BONUS : NAME_START_BONUS;
                } else {
                    bonus = NAME_CONTAINS_BONUS;
                }
                return strong == m ? bonus : bonus / 4; // a quarter with typos or parts of words
            }
            return 0;
        }

        /** The hit for a body that scored {@code score}, with what made it match. */
        private SearchHit explain(int b, int score, boolean existed) {
            Body body = bodies[b];
            if (contains(exactBodies, b)) {
                String q = query.strip();
                for (Code c : body.codes()) {
                    if (c.value().strip().equalsIgnoreCase(q)) {
                        return new SearchHit(body, score, MatchField.CODE, c.value(), existed);
                    }
                }
                return new SearchHit(body, score, MatchField.ID, body.id(), existed);
            }
            // The text that matches the most words, best scored; the name when it matches them all.
            int bestEntry = bodyEntryStart[b];
            int bestCount = -1;
            int bestTotal = -1;
            int[] scratch = new int[words.length];
            int[][] ranges = {{bodyEntryStart[b], bodyEntryStart[b + 1]},
                    {kindEntryStart[bodyKind[b]], kindEntryStart[bodyKind[b] + 1]}};
            for (int[] range : ranges) {
                for (int e = range[0]; e < range[1]; e++) {
                    Arrays.fill(scratch, 0);
                    scoreEntry(e, scratch);
                    int count = 0;
                    int total = 0;
                    for (int s : scratch) {
                        if (s > 0) {
                            count++;
                            total += s;
                        }
                    }
                    if (count > bestCount || (count == bestCount && total > bestTotal)) {
                        bestEntry = e;
                        bestCount = count;
                        bestTotal = total;
                    }
                }
            }
            if (bestCount == words.length) {
                int name = bodyEntryStart[b];
                Arrays.fill(scratch, 0);
                scoreEntry(name, scratch);
                if (Arrays.stream(scratch).allMatch(s -> s > 0)) {
                    bestEntry = name;
                }
            }
            return new SearchHit(body, score, FIELDS[entryField[bestEntry]], entryText[bestEntry], existed);
        }
    }

    private static boolean contains(int[] array, int value) {
        for (int x : array) {
            if (x == value) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------- helpers

    /**
     * Per-body arrays for one search at a time on one thread, cleared after each search where it was used
     * (allocating and zeroing them for every search costs more than the search on a large dataset).
     */
    private final ThreadLocal<Scratch> scratches = ThreadLocal.withInitial(() -> new Scratch(size()));

    private static final class Scratch {
        final byte[] stage;
        final int[] total;
        final int[] bonus;
        final int[] wordBest; // cleared as each word is done
        final IntList used = new IntList(64); // the bodies whose entries above are set
        private final IntList a = new IntList(64);
        private final IntList b = new IntList(64);

        Scratch(int n) {
            stage = new byte[n];
            total = new int[n];
            bonus = new int[n];
            wordBest = new int[n];
        }

        /** An empty list that is not {@code inUse} (nor {@link #used}). */
        IntList spare(IntList inUse) {
            IntList spare = inUse == a ? b : a;
            spare.clear();
            return spare;
        }

        void clear() {
            for (int i = 0; i < used.size(); i++) {
                int body = used.get(i);
                stage[body] = 0;
                total[body] = 0;
                bonus[body] = 0;
                wordBest[body] = 0;
            }
            used.clear();
            a.clear();
            b.clear();
        }
    }

    /** Collects entries and their words while the index is built. */
    private static final class Builder {
        final ByteList field = new ByteList();
        final ByteList weight = new ByteList();
        final IntList owner = new IntList();
        final List<String> text = new ArrayList<>();
        final IntList tokenStart = new IntList();
        final IntList tokens = new IntList();
        final IntList coreStart = new IntList();
        final IntList coreTokens = new IntList();
        final Map<String, Integer> wordIds = new HashMap<>();
        final List<String> words = new ArrayList<>();

        Builder() {
            tokenStart.add(0);
            coreStart.add(0);
        }

        int entries() {
            return owner.size();
        }

        void add(int ownerIndex, MatchField f, int w, String value) {
            add(ownerIndex, f, w, value, value);
        }

        void add(int ownerIndex, MatchField f, int w, String value, String shown) {
            List<String> ws = Normaliser.words(value);
            field.add((byte) f.ordinal());
            weight.add((byte) w);
            owner.add(ownerIndex);
            text.add(shown);
            for (String word : ws) {
                tokens.add(id(word));
            }
            tokenStart.add(tokens.size());
            if (f.nameLike()) {
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
    }

    /** The best keys offered, kept in a min-heap of at most {@code limit}. */
    private static final class TopK {
        private final int limit;
        private long[] heap = new long[16];
        private int size;
        private int offered;

        TopK(int limit) {
            this.limit = limit;
        }

        int offered() {
            return offered;
        }

        void offer(long key) {
            offered++;
            if (size < limit) {
                if (size == heap.length) {
                    heap = Arrays.copyOf(heap, (int) Math.min((long) heap.length * 2, Math.max(limit, 16)));
                }
                heap[size] = key;
                siftUp(size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(0);
            }
        }

        private void siftUp(int i) {
            long k = heap[i];
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= k) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = k;
        }

        private void siftDown(int i) {
            long k = heap[i];
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (heap[child] >= k) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = k;
        }

        long[] sortedDescending() {
            long[] out = Arrays.copyOf(heap, size);
            Arrays.sort(out);
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                long t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
            return out;
        }
    }

    static final class IntList {
        private int[] a;
        private int size;

        IntList() {
            this(8);
        }

        IntList(int capacity) {
            a = new int[Math.max(8, capacity)];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        void addOnce(int v) {
            if (size == 0 || a[size - 1] != v) {
                add(v);
            }
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
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
