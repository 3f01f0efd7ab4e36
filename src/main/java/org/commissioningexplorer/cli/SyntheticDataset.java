package org.commissioningexplorer.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A made-up national dataset of any size, for measuring: CCGs with their governing bodies, executive teams
 * and committees, local authorities with Health and Wellbeing Boards, providers, ICBs and sub-ICB locations
 * under regions, with codes, dates, former names, roles, services and documents. Place names are built from
 * English place-name parts, so words repeat and resemble each other as real ones do. The same size and
 * seed always give the same files.
 */
final class SyntheticDataset {

    static final long SEED = 20_130_401L;

    private static final String[] STARTS = {"Ash", "Bar", "Black", "Brad", "Bridge", "Brom", "Bur", "Cam", "Chel",
        "Ches", "Col", "Dar", "Dor", "Dun", "Elm", "Fal", "Farn", "Glen", "Gold", "Green", "Hal", "Ham", "Har",
        "Hart", "Hay", "Here", "High", "Hol", "Hun", "Ken", "King", "Lan", "Lea", "Lich", "Lin", "Long", "Lud",
        "Mal", "Mans", "Mar", "Mil", "New", "Nor", "Ock", "Old", "Pen", "Pet", "Ports", "Ram", "Red", "Rich",
        "Roch", "Rom", "Rother", "Sal", "Sand", "Scar", "Shef", "Shrew", "Stam", "Stan", "Stock", "Stour", "Sud",
        "Sun", "Swin", "Tam", "Taun", "Tewk", "Thorn", "Tor", "Wake", "Wal", "War", "Wel", "Whit", "Wim", "Win",
        "Wor", "Yar", "York", "Ave", "Bex", "Cray", "Ex", "Fen", "Gos", "Ips", "Kirk", "Mel", "Oak", "Pid", "Ux"};
    private static final String[] ENDS = {"bury", "borough", "by", "caster", "chester", "cliffe", "combe", "dale",
        "den", "don", "field", "ford", "gate", "ham", "hampton", "hurst", "ing", "ington", "ley", "minster", "mouth",
        "port", "stead", "stoke", "ston", "thorpe", "ton", "well", "wich", "wick", "worth", "wood"};
    private static final String[] QUALIFIERS = {"North", "South", "East", "West", "Central", "Greater", "Upper",
        "Lower", "Great", "Little"};
    private static final String[] COMMITTEES = {"Audit Committee", "Quality Committee", "Finance Committee",
        "Remuneration Committee", "Primary Care Commissioning Committee", "Quality and Safety Committee",
        "Patient Engagement Committee"};
    private static final String[] SERVICES = {"Elective hospital care", "Rehabilitation care",
        "Urgent and emergency care", "Community health services", "Mental health services",
        "Learning disability services", "Maternity services", "Children's community services",
        "Wheelchair services", "NHS 111", "Ambulance services", "Continuing healthcare", "Dentistry",
        "Pharmacy services", "Opticians", "Specialised services", "Sexual health services", "Diabetes care",
        "Stroke rehabilitation", "Hospice care"};
    private static final String[] ROLES = {"Chair", "Accountable officer", "Chief finance officer",
        "Registered nurse", "Secondary care specialist doctor", "Lay member for audit and governance",
        "Lay member for patient and public involvement", "GP member", "Director of public health",
        "Elected councillor", "Healthwatch representative", "Director of adult social services",
        "Director of children's services", "Medical director", "Chief executive"};
    private static final String[] PROVIDERS = {"%s Hospitals NHS Foundation Trust", "%s and %s University Hospitals",
        "%s Community Health Services NHS Trust", "%s Partnership NHS Foundation Trust",
        "%s Ambulance Service NHS Trust", "%s Mental Health NHS Trust", "%s & %s Healthcare NHS Trust"};
    private static final String[] DOC_KINDS = {"terms of reference", "annual report", "constitution", "minutes",
        "strategy"};

    private final Random random;
    private final Set<String> usedPlaces = new LinkedHashSet<>();
    private final List<String> places = new ArrayList<>();
    private final StringBuilder json = new StringBuilder(1 << 20);
    private int bodies;
    private int odsCounter;
    private int onsCounter;

    private SyntheticDataset(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes a dataset of exactly {@code size} bodies to {@code dir} (a main file, {@code dataset.json}, that
     * holds everything) and returns the main file.
     */
    static Path write(Path dir, int size, long seed) throws IOException {
        SyntheticDataset d = new SyntheticDataset(seed);
        String content = d.generate(size);
        Path main = dir.resolve("dataset.json");
        try (Writer w = Files.newBufferedWriter(main, StandardCharsets.UTF_8)) {
            w.write(content);
        }
        return main;
    }

    private String generate(int size) {
        json.append("{\n\"format\": \"commissioning-explorer/1\",\n\"title\": \"Synthetic benchmark dataset\",\n")
                .append("\"edition\": \"2024-01-01\",\n\"licence\": \"None: made up for measuring\",\n")
                .append("\"attribution\": \"Generated by the bench command\",\n")
                .append("\"sources\": [{\"id\": \"synthetic\", \"title\": \"Generated by the bench command\"}],\n");
        kinds();
        json.append("\"bodies\": [\n");
        body("nhs-england", "NHS England", "nhs-england", null, null, null, null, null, List.of());
        List<String> regions = new ArrayList<>();
        String[] regionNames = {"North East and Yorkshire", "North West", "Midlands", "East of England", "London",
            "South East", "South West"};
        for (int i = 0; i < regionNames.length && bodies < size; i++) {
            String id = "region-Y" + (60 + i);
            regions.add(id);
            body(id, regionNames[i], "region", "nhs-england", code("ODS", "Y" + (60 + i)), "2013-04-01", null,
                    null, List.of());
        }
        int area = 0;
        String icb = null;
        String icbName = null;
        while (bodies < size) {
            String region = regions.get(area % regions.size());
            if (area % 25 == 0) {
                icbName = place() + " and " + place();
                String code = ods("Q");
                icb = "icb-" + code;
                body(icb, "NHS " + icbName + " Integrated Care Board", "icb", region,
                        code("ODS", code) + "," + code("ONS", ons("E54")), "2022-07-01", null, null,
                        List.of(responsibilities(pick(SERVICES))));
                if (bodies >= size) {
                    break;
                }
            }
            area++;
            String a = place();
            String b = random.nextInt(4) == 0 ? place() : null;
            String joined = b == null ? a : a + (random.nextInt(3) == 0 ? " & " : " and ") + b;
            String ccgCode = ods("");
            String ccg = "ccg-" + ccgCode;
            String to = pick(new String[] {"2018-03-31", "2019-03-31", "2020-03-31", "2021-03-31", "2022-06-30"});
            String former = random.nextInt(8) == 0 ? "NHS " + place() + " CCG" : null;
            List<String> content = new ArrayList<>();
            content.add(responsibilities(pick(SERVICES), pick(SERVICES)));
            if (random.nextInt(3) == 0) {
                content.add("\"documents\": [" + document(a + " CCG Constitution", "constitution") + "]");
            }
            body(ccg, "NHS " + joined + " CCG", "ccg", region, code("ODS", ccgCode) + "," + code("ONS", ons("E38")),
                    "2013-04-01", to, former, content);
            child(size, ccg + "-gb", "Governing Body", "governing-body", ccg, to,
                    List.of("\"documents\": [" + document("Governing Body papers " + (2014 + random.nextInt(8)),
                            "minutes") + "]"));
            child(size, ccg + "-exec", "Executive Team", "executive-team", ccg, to,
                    List.of(membership(pick(ROLES))));
            int committees = 1 + random.nextInt(3);
            for (int i = 0; i < committees; i++) {
                String name = pick(COMMITTEES);
                child(size, ccg + "-committee-" + i, name, "committee", ccg, to,
                        List.of("\"documents\": [" + document(name + " Terms of Reference",
                                pick(DOC_KINDS)) + "]"));
            }
            if (bodies >= size) {
                break;
            }
            String la = "la-" + ons("E06");
            String laName = random.nextInt(3) == 0 ? a + " City Council" : a;
            body(la, laName, "local-authority", null, code("ONS", la.substring(3)), null, null, null, List.of());
            child(size, "hwb-" + la.substring(3), laName + " Health and Wellbeing Board", "hwb", la, null,
                    List.of(membership(pick(ROLES))));
            if (bodies >= size) {
                break;
            }
            String template = pick(PROVIDERS);
            String providerName = String.format(template, place(), place());
            String providerCode = ods("R");
            body("provider-" + providerCode, providerName, "provider", null, code("ODS", providerCode),
                    (1990 + random.nextInt(30)) + "-04-01", null,
                    random.nextInt(10) == 0 ? place() + " Healthcare NHS Trust" : null,
                    List.of(responsibilities(pick(SERVICES), pick(SERVICES))));
            if (bodies >= size) {
                break;
            }
            body("sicbl-" + ccgCode, "NHS " + icbName + " ICB - " + ccgCode, "sub-icb-location", icb,
                    code("ODS", ccgCode), "2022-07-01", null, null, List.of());
        }
        json.append("\n]\n}\n");
        return json.toString();
    }

    private void kinds() {
        json.append("\"kinds\": {\n")
                .append("\"ccg\": {\"label\": \"Clinical Commissioning Group\", \"plural\": \"Clinical Commissioning Groups\", ")
                .append("\"responsibilities\": [{\"service\": \"Elective hospital care\"}, {\"service\": \"Urgent and emergency care\"}, ")
                .append("{\"service\": \"Most community health services\"}], \"membership\": [{\"role\": \"GP practice\"}], ")
                .append("\"documents\": [{\"title\": \"A day in the life of a CCG Chief Officer\", \"kind\": \"article\"}]},\n")
                .append("\"governing-body\": {\"label\": \"Governing body (of a CCG)\", \"plural\": \"Governing bodies\", ")
                .append("\"membership\": [{\"role\": \"GP\"}, {\"role\": \"Registered nurse\", \"count\": 1, \"atLeast\": true}, ")
                .append("{\"role\": \"Secondary care specialist doctor\", \"count\": 1}]},\n")
                .append("\"hwb\": {\"label\": \"Health and Wellbeing Board\", \"plural\": \"Health and Wellbeing Boards\", ")
                .append("\"membership\": [{\"role\": \"Director of public health\"}, {\"role\": \"Elected councillor\"}]},\n")
                .append("\"icb\": {\"label\": \"Integrated Care Board\", \"plural\": \"Integrated Care Boards\", ")
                .append("\"membership\": [{\"role\": \"Chair\"}, {\"role\": \"Chief executive\"}]},\n")
                .append("\"local-authority\": {\"label\": \"Upper-tier local authority\", \"plural\": \"Upper-tier local authorities\"},\n")
                .append("\"provider\": {\"label\": \"Provider\", \"plural\": \"Providers\"},\n")
                .append("\"committee\": {\"label\": \"Committee\", \"plural\": \"Committees\"},\n")
                .append("\"executive-team\": {\"label\": \"Executive team\", \"plural\": \"Executive teams\"},\n")
                .append("\"sub-icb-location\": {\"label\": \"Sub-ICB location\", \"plural\": \"Sub-ICB locations\"},\n")
                .append("\"region\": {\"label\": \"NHS England region\", \"plural\": \"NHS England regions\"},\n")
                .append("\"nhs-england\": {\"label\": \"NHS England\", \"plural\": \"NHS England\"}\n")
                .append("},\n");
    }

    private void child(int size, String id, String name, String kind, String parent, String to, List<String> content) {
        if (bodies < size) {
            body(id, name, kind, parent, null, null, to, null, content);
        }
    }

    private void body(String id, String name, String kind, String parent, String codes, String from, String to,
                      String former, List<String> content) {
        if (bodies > 0) {
            json.append(",\n");
        }
        bodies++;
        json.append("{\"id\": ").append(str(id)).append(", \"name\": ").append(str(name))
                .append(", \"kind\": ").append(str(kind));
        if (parent != null) {
            json.append(", \"parent\": ").append(str(parent));
        }
        if (codes != null) {
            json.append(", \"codes\": [").append(codes).append(']');
        }
        if (from != null) {
            json.append(", \"from\": ").append(str(from));
        }
        if (to != null) {
            json.append(", \"to\": ").append(str(to));
        }
        if (former != null) {
            json.append(", \"formerNames\": [").append(str(former)).append(']');
        }
        for (String c : content) {
            json.append(", ").append(c);
        }
        json.append(", \"sources\": [\"synthetic\"]}");
    }

    private static String code(String scheme, String value) {
        return "{\"scheme\": \"" + scheme + "\", \"value\": " + str(value) + "}";
    }

    private static String responsibilities(String... services) {
        StringBuilder b = new StringBuilder("\"responsibilities\": [");
        for (int i = 0; i < services.length; i++) {
            b.append(i == 0 ? "" : ", ").append("{\"service\": ").append(str(services[i])).append('}');
        }
        return b.append(']').toString();
    }

    private static String membership(String role) {
        return "\"membership\": [{\"role\": " + str(role) + "}]";
    }

    private String document(String title, String kind) {
        return "{\"title\": " + str(title) + ", \"kind\": " + str(kind) + ", \"date\": \""
                + (2013 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9)) + "\"}";
    }

    /** A place name, new while there are unused ones, then one used before (places recur, as in life). */
    private String place() {
        for (int attempt = 0; attempt < 4; attempt++) {
            String p = STARTS[random.nextInt(STARTS.length)] + ENDS[random.nextInt(ENDS.length)];
            if (random.nextInt(6) == 0) {
                p = QUALIFIERS[random.nextInt(QUALIFIERS.length)] + " " + p;
            }
            if (usedPlaces.add(p)) {
                places.add(p);
                return p;
            }
        }
        return places.get(random.nextInt(places.size()));
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** A new ODS-style code: 2 digits and a letter while they last, then 5 characters. */
    private String ods(String prefix) {
        int n = odsCounter++;
        if (prefix.isEmpty() && n < 2600) {
            return String.format("%02d%c", n % 100, (char) ('A' + n / 100));
        }
        String base36 = Integer.toString(n, 36).toUpperCase(java.util.Locale.ROOT);
        return (prefix.isEmpty() ? "X" : prefix) + "0000".substring(Math.min(4, base36.length())) + base36;
    }

    private String ons(String prefix) {
        return prefix + String.format("%06d", onsCounter++);
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
