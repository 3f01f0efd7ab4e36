package org.commissioningexplorer.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.model.PartialDate;

/**
 * Reads the fields of one JSON object, checking each one's type and reporting problems with positions.
 * Every accessor returns null (or an empty list) for a missing or unusable value, so reading carries on
 * and finds every problem in one pass.
 */
final class ObjectReader {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final Json.Obj obj;
    private final String what;
    private final Problems problems;
    private final Set<String> allowed;
    private final Set<String> used = new HashSet<>();

    /**
     * @param what    how messages name this object ("body 'ccg-06W'", "membership entry 2")
     * @param allowed every field this kind of object may have; others are reported as warnings
     */
    ObjectReader(Json.Obj obj, String what, Problems problems, Set<String> allowed) {
        this.obj = obj;
        this.what = what;
        this.problems = problems;
        this.allowed = allowed;
    }

    /** Reads {@code json} as an object, or reports what it is instead and returns null. */
    static ObjectReader of(Json json, String what, Problems problems, Set<String> allowed) {
        if (json instanceof Json.Obj o) {
            return new ObjectReader(o, what, problems, allowed);
        }
        problems.error(json.position(), what + " must be an object { … }, not " + json.typeName());
        return null;
    }

    /**
     * The same object named differently in messages (once its id is known), keeping track of the fields
     * already read, so that a field read before is neither read nor reported again.
     */
    ObjectReader named(String newWhat) {
        ObjectReader r = new ObjectReader(obj, newWhat, problems, allowed);
        r.used.addAll(used);
        return r;
    }

    Position position() {
        return obj.position();
    }

    /** How messages name this object. */
    @Override
    public String toString() {
        return what;
    }

    /** Position of a field's value, or of the object when the field is absent. */
    Position at(String key) {
        Json v = obj.get(key);
        return v == null ? obj.position() : v.position();
    }

    boolean has(String key) {
        return obj.get(key) != null && !(obj.get(key) instanceof Json.Null);
    }

    Json raw(String key) {
        used.add(key);
        return obj.get(key);
    }

    String string(String key, boolean required) {
        Json v = raw(key);
        if (v == null || v instanceof Json.Null) {
            if (required) {
                problems.error(obj.position(), what + " is missing the required field '" + key + "'");
            }
            return null;
        }
        if (!(v instanceof Json.Str s)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a string, not " + v.typeName());
            return null;
        }
        if (s.value().isBlank()) {
            if (required) {
                problems.error(v.position(), "'" + key + "' of " + what + " must not be empty");
            }
            return null;
        }
        return s.value().strip();
    }

    Integer integer(String key, int min) {
        Json v = raw(key);
        if (v == null || v instanceof Json.Null) {
            return null;
        }
        if (!(v instanceof Json.Num n)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a whole number, not " + v.typeName());
            return null;
        }
        try {
            int i = n.value().intValueExact();
            if (i < min) {
                problems.error(v.position(), "'" + key + "' of " + what + " must be at least " + min + ", not " + i);
                return null;
            }
            return i;
        } catch (ArithmeticException e) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a whole number, not " + n.value());
            return null;
        }
    }

    BigDecimal decimal(String key) {
        Json v = raw(key);
        if (v == null || v instanceof Json.Null) {
            return null;
        }
        if (!(v instanceof Json.Num n)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a number, not " + v.typeName());
            return null;
        }
        return n.value();
    }

    boolean bool(String key, boolean absent) {
        Json v = raw(key);
        if (v == null || v instanceof Json.Null) {
            return absent;
        }
        if (!(v instanceof Json.Bool b)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be true or false, not " + v.typeName());
            return absent;
        }
        return b.value();
    }

    /** A full date written YYYY-MM-DD, checked to be a real day. */
    LocalDate date(String key) {
        String s = string(key, false);
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            problems.error(at(key), "'" + key + "' of " + what + " is '" + s
                    + "', which is not a date: write it as YYYY-MM-DD, e.g. 2013-04-01");
            return null;
        }
        String impossible = impossibility(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (impossible != null) {
            problems.error(at(key), "'" + key + "' of " + what + " is '" + s + "', which is not a real date: "
                    + impossible);
            return null;
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD. */
    PartialDate partialDate(String key) {
        String s = string(key, false);
        if (s == null) {
            return null;
        }
        Matcher m = PARTIAL_DATE.matcher(s);
        if (!m.matches()) {
            problems.error(at(key), "'" + key + "' of " + what + " is '" + s
                    + "', which is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-02");
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String impossible = month == null ? null : impossibility(year, month, day == null ? 1 : day);
        if (impossible != null) {
            problems.error(at(key), "'" + key + "' of " + what + " is '" + s + "', which is not a real date: "
                    + impossible);
            return null;
        }
        return new PartialDate(year, month, day);
    }

    /** Why year-month-day is not a day in the calendar ("February 2019 has 28 days"), or null if it is. */
    static String impossibility(int year, int month, int day) {
        return org.commissioningexplorer.core.time.AsOf.impossibility(year, month, day);
    }

    /** A list of objects; items that are not objects are reported and skipped. */
    List<Json.Obj> objects(String key) {
        Json v = raw(key);
        List<Json.Obj> out = new ArrayList<>();
        if (v == null || v instanceof Json.Null) {
            return out;
        }
        if (!(v instanceof Json.Arr a)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a list [ … ], not " + v.typeName());
            return out;
        }
        for (Json item : a.items()) {
            if (item instanceof Json.Obj o) {
                out.add(o);
            } else {
                problems.error(item.position(), "each entry of '" + key + "' in " + what
                        + " must be an object { … }, not " + item.typeName());
            }
        }
        return out;
    }

    /** A list of strings, each with its position. A single string is accepted as a list of one. */
    List<Json.Str> strings(String key) {
        Json v = raw(key);
        List<Json.Str> out = new ArrayList<>();
        if (v == null || v instanceof Json.Null) {
            return out;
        }
        if (v instanceof Json.Str s) {
            out.add(s);
            return out;
        }
        if (!(v instanceof Json.Arr a)) {
            problems.error(v.position(), "'" + key + "' of " + what + " must be a list of strings, not " + v.typeName());
            return out;
        }
        for (Json item : a.items()) {
            if (item instanceof Json.Str s && !s.value().isBlank()) {
                out.add(new Json.Str(s.value().strip(), s.position()));
            } else {
                problems.error(item.position(), "each entry of '" + key + "' in " + what
                        + " must be a non-empty string, not " + item.typeName());
            }
        }
        return out;
    }

    /** Warns about fields this object may not have, suggesting the nearest allowed name. */
    void finish() {
        for (Json.Member m : obj.members().values()) {
            if (used.contains(m.key()) || allowed.contains(m.key())) {
                continue;
            }
            String hint = nearest(m.key());
            problems.warning(m.keyPosition(), "unknown field '" + m.key() + "' in " + what + " is ignored"
                    + (hint == null ? "" : "; did you mean '" + hint + "'?"));
        }
    }

    private String nearest(String key) {
        String best = null;
        int bestDistance = 3;
        for (String a : allowed) {
            int d = distance(key.toLowerCase(), a.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
