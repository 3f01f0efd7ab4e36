package org.commissioningexplorer.core.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The bodies an import produces, built up mutably and written as dataset JSON in a fixed order. */
final class Generated {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Generated() {
    }

    record Code(String scheme, String value, LocalDate from, LocalDate to) {
    }

    record Fact(String label, String value, String source) {
    }

    /** A relationship; {@code share} is already rounded, or null. */
    record Rel(String type, String target, LocalDate from, LocalDate to, Double share, String notes, String source) {
    }

    static final Comparator<Rel> REL_ORDER = Comparator.comparing(Rel::type)
            .thenComparing(Rel::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Rel::target)
            .thenComparing(Rel::to, Comparator.nullsLast(Comparator.naturalOrder()));

    static final class Body {
        final String id;
        String name;
        final String kind;
        String parent;
        LocalDate from;
        LocalDate to;
        String summary;
        final List<Code> codes = new ArrayList<>();
        final Set<String> formerNames = new LinkedHashSet<>();
        final List<Fact> facts = new ArrayList<>();
        final List<Rel> relationships = new ArrayList<>();
        final Set<String> sources = new LinkedHashSet<>();

        Body(String id, String name, String kind) {
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a valid id: " + id);
            }
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        Body period(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        Body source(String sourceId) {
            sources.add(Objects.requireNonNull(sourceId));
            return this;
        }

        Body code(String scheme, String value, LocalDate from, LocalDate to) {
            codes.add(new Code(scheme, value, from, to));
            return this;
        }

        Body fact(String label, String value, String source) {
            facts.add(new Fact(label, value, source));
            sources.add(source);
            return this;
        }

        Body rel(Rel r) {
            relationships.add(r);
            if (r.source() != null) {
                sources.add(r.source());
            }
            return this;
        }

        boolean existedOn(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }

        ObjectNode toJson() {
            ObjectNode o = F.objectNode();
            o.put("id", id);
            o.put("name", name);
            o.put("kind", kind);
            if (parent != null) {
                o.put("parent", parent);
            }
            if (from != null) {
                o.put("from", from.toString());
            }
            if (to != null) {
                o.put("to", to.toString());
            }
            if (!codes.isEmpty()) {
                ArrayNode a = o.putArray("codes");
                for (Code c : codes) {
                    ObjectNode co = a.addObject();
                    co.put("scheme", c.scheme());
                    co.put("value", c.value());
                    if (c.from() != null) {
                        co.put("from", c.from().toString());
                    }
                    if (c.to() != null) {
                        co.put("to", c.to().toString());
                    }
                }
            }
            if (summary != null) {
                o.put("summary", summary);
            }
            List<String> former = formerNames.stream().filter(n -> !n.equals(name)).toList();
            if (!former.isEmpty()) {
                ArrayNode a = o.putArray("formerNames");
                former.forEach(a::add);
            }
            if (!facts.isEmpty()) {
                ArrayNode a = o.putArray("facts");
                for (Fact f : facts) {
                    ObjectNode fo = a.addObject();
                    fo.put("label", f.label());
                    fo.put("value", f.value());
                    fo.put("source", f.source());
                }
            }
            if (!relationships.isEmpty()) {
                ArrayNode a = o.putArray("relationships");
                List<Rel> sorted = new ArrayList<>(relationships);
                sorted.sort(REL_ORDER);
                for (Rel r : sorted) {
                    ObjectNode ro = a.addObject();
                    ro.put("type", r.type());
                    ro.put("target", r.target());
                    if (r.from() != null) {
                        ro.put("from", r.from().toString());
                    }
                    if (r.to() != null) {
                        ro.put("to", r.to().toString());
                    }
                    if (r.share() != null) {
                        ro.put("share", r.share());
                    }
                    if (r.notes() != null) {
                        ro.put("notes", r.notes());
                    }
                    if (r.source() != null) {
                        ro.put("source", r.source());
                    }
                }
            }
            ArrayNode s = o.putArray("sources");
            sources.forEach(s::add);
            return o;
        }
    }

    /** A share rounded to 4 decimal places, as the data files give them. */
    static double round4(double share) {
        return Math.round(share * 10000.0) / 10000.0;
    }
}
