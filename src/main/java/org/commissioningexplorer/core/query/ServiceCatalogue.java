package org.commissioningexplorer.core.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The services a user can ask "who commissions …?" about, each with the words people and the dataset use for
 * it ("dentistry" ← dental, dentist, dentists). Matching ignores case, accents, punctuation and a plural
 * "s", so "A&amp;E", "a and e" and "Dentists" all work. The catalogue lives in code, not in the dataset: the
 * dataset format has no place for it.
 */
public final class ServiceCatalogue {

    /**
     * One service.
     *
     * @param id    short stable id ("dentistry", "urgent-emergency")
     * @param label how it is named in answers ("Dentistry")
     * @param terms other words for it, matched against what the user types and against the {@code service}
     *              text of responsibilities in the dataset
     */
    public record Service(String id, String label, List<String> terms) {
        public Service {
            terms = List.copyOf(terms);
        }
    }

    private static final ServiceCatalogue STANDARD = new ServiceCatalogue(List.of(
            new Service("dentistry", "Dentistry", List.of("dentistry", "dental", "dental services", "dental care",
                    "dentist", "dentists", "nhs dentistry")),
            new Service("gp", "GP services (general practice)", List.of("gp", "gps", "gp services", "gp practices",
                    "general practice", "general practices", "general practitioner", "general practitioners",
                    "primary medical", "primary medical services", "primary medical care", "family doctor")),
            new Service("pharmacy", "Pharmacy", List.of("pharmacy", "pharmacies", "community pharmacy", "pharmacist",
                    "pharmacists", "pharmaceutical", "pharmaceutical services", "chemist", "chemists")),
            new Service("optometry", "Optometry (opticians and eye tests)", List.of("optometry", "optometrist",
                    "optometrists", "optician", "opticians", "ophthalmic", "general ophthalmic services", "eye tests",
                    "eye test", "sight tests", "sight test")),
            new Service("specialised", "Specialised services", List.of("specialised", "specialized",
                    "specialised services", "specialist services", "specialised commissioning")),
            new Service("mental-health", "Mental health and learning disability services", List.of("mental health",
                    "mental health services", "learning disability", "learning disabilities",
                    "mental health and learning disability")),
            new Service("urgent-emergency", "Urgent and emergency care", List.of("urgent and emergency care",
                    "urgent and emergency", "emergency and urgent", "urgent emergency", "emergency care", "urgent care",
                    "a e", "a and e", "accident and emergency", "ambulance", "ambulances", "ambulance service")),
            new Service("community", "Community health services", List.of("community", "community health",
                    "community health services", "community services", "community care")),
            new Service("elective", "Elective (planned) hospital care", List.of("elective", "elective care",
                    "elective hospital care", "planned care", "planned hospital care", "hospital", "hospital care",
                    "hospital services")),
            new Service("rehabilitation", "Rehabilitation", List.of("rehabilitation", "rehabilitation care", "rehab")),
            new Service("public-health", "Public health", List.of("public health", "health improvement",
                    "improving the health", "health protection")),
            new Service("sexual-health", "Sexual health services", List.of("sexual health", "sexual health services",
                    "contraception", "contraceptive", "contraceptive services", "sti", "stis",
                    "sexually transmitted infections")),
            new Service("health-checks", "NHS Health Check", List.of("health check", "health checks",
                    "nhs health check", "nhs health checks")),
            new Service("child-measurement", "National Child Measurement Programme", List.of(
                    "national child measurement programme", "child measurement", "ncmp",
                    "weighing and measuring of children", "weighing and measuring children")),
            new Service("unregistered-patients", "Services for unregistered patients", List.of("unregistered",
                    "unregistered patients"))));

    private final List<Service> services;

    public ServiceCatalogue(List<Service> services) {
        this.services = List.copyOf(services);
    }

    /** The services the explorer knows about. */
    public static ServiceCatalogue standard() {
        return STANDARD;
    }

    public List<Service> all() {
        return services;
    }

    public Optional<Service> byId(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The service the user means: an exact id, label or term first; then the service with the longest term
     * inside the text ("NHS dentists in Norfolk" → dentistry); then the one service whose terms contain the
     * text ("emergency" → urgent and emergency care). Empty when nothing matches or the text is ambiguous
     * ("health"); {@link #candidates} then lists what it might mean.
     */
    public Optional<Service> find(String text) {
        String q = key(text);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        for (Service s : services) {
            if (keys(s).contains(q)) {
                return Optional.of(s);
            }
        }
        Service best = null;
        int bestLength = 0;
        boolean tie = false;
        for (Service s : services) {
            for (String k : keys(s)) {
                if (containsWords(q, k)) {
                    if (k.length() > bestLength) {
                        best = s;
                        bestLength = k.length();
                        tie = false;
                    } else if (k.length() == bestLength && best != s) {
                        tie = true;
                    }
                }
            }
        }
        if (best != null) {
            return tie ? Optional.empty() : Optional.of(best);
        }
        List<Service> within = within(q);
        return within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
    }

    /** Services the text might mean, for a helpful message when {@link #find} finds none. */
    public List<Service> candidates(String text) {
        String q = key(text);
        Set<Service> out = new LinkedHashSet<>();
        if (!q.isEmpty()) {
            for (Service s : services) {
                for (String k : keys(s)) {
                    if (containsWords(q, k)) {
                        out.add(s);
                    }
                }
            }
            out.addAll(within(q));
        }
        return List.copyOf(out);
    }

    /** Whether a responsibility's service text ("Dentistry services", "Mental health and …") is about the service. */
    public boolean describes(Service service, String serviceText) {
        if (serviceText == null) {
            return false;
        }
        String t = key(serviceText);
        for (String k : keys(service)) {
            if (containsWords(t, k)) {
                return true;
            }
        }
        return false;
    }

    private List<Service> within(String q) {
        List<Service> out = new ArrayList<>();
        for (Service s : services) {
            for (String k : keys(s)) {
                if (containsWords(k, q)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private static Set<String> keys(Service s) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(s.id()));
        keys.add(key(s.label()));
        s.terms().forEach(t -> keys.add(key(t)));
        keys.remove("");
        return keys;
    }

    /** True when {@code words} occurs in {@code text} as whole words, in order and together. */
    private static boolean containsWords(String text, String words) {
        return (" " + text + " ").contains(" " + words + " ");
    }

    /**
     * Lower case, accents and punctuation removed, single spaces, and a plural "s" dropped from words longer
     * than three letters ("Dentists" → "dentist", "services" → "service"), so the same word matches however it
     * is written.
     */
    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        n = n.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        if (n.isEmpty()) {
            return n;
        }
        StringBuilder out = new StringBuilder();
        for (String w : n.split(" ")) {
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }
}
