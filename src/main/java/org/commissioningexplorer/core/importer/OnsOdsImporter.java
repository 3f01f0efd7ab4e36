package org.commissioningexplorer.core.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.importer.Generated.Body;
import org.commissioningexplorer.core.importer.Generated.Rel;
import org.commissioningexplorer.core.importer.Timeline.Obs;
import org.commissioningexplorer.core.importer.Timeline.Run;
import org.commissioningexplorer.core.model.Period;

/**
 * Reads the ONS and NHS ODS CSV files of a data folder (described in its SOURCES.md) and writes dataset part
 * files: NHS England's regions, area teams and local offices; every CCG with its codes, lifetime and dated
 * relationships; the STPs; the ICBs and sub-ICB locations; the upper-tier local authorities and their Health
 * and Wellbeing Boards; and one source per file read.
 *
 * <p>Bad input (a missing file or column, a malformed row, a date that is not a date, a code that refers to
 * nothing) stops the import with an {@link ImportException} naming the file and line; nothing is written
 * then. Output replaces the old files only once every new file is complete.
 */
public final class OnsOdsImporter {

    /** The last day CCGs existed: sub-ICB locations of the new ICBs replaced them on 1 July 2022. */
    static final LocalDate CCG_LAST_DAY = LocalDate.of(2022, 6, 30);
    static final LocalDate ICB_START = LocalDate.of(2022, 7, 1);
    /** The April 2013 ONS lists name the area teams; the local offices opened in ODS on 1 April 2015. */
    static final LocalDate AREA_TEAM_START = LocalDate.of(2013, 4, 1);
    static final LocalDate AREA_TEAM_END = LocalDate.of(2015, 3, 31);
    /** The latest region that ods_eccg_2025 gives a CCG is taken to apply from the 2019 regions onwards. */
    static final LocalDate SEVEN_REGIONS = LocalDate.of(2019, 4, 1);
    /** The eccg extracts are dated by month only; they are taken as at the first of the month. */
    static final LocalDate ECCG_2016_DATE = LocalDate.of(2016, 2, 1);
    static final LocalDate ECCG_2018_DATE = LocalDate.of(2018, 11, 1);

    /** The part files written, in this order. */
    public static final List<String> OUTPUT_FILES = List.of("sources.json", "nhs-england-regions.json", "ccgs.json",
            "stps.json", "icbs.json", "local-authorities.json");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern Y_CODE = Pattern.compile("Y\\d\\d");
    private static final Pattern Q_CODE = Pattern.compile("Q\\d\\d");
    private static final Pattern ICB_SHARE = Pattern.compile("\\s*([A-Za-z0-9]+)\\s*\\((\\d+(?:\\.\\d+)?)%\\)\\s*");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "on", "upon", "in", "with", "for", "by",
            "under", "at");
    private static final Set<String> UPPER_WORDS = Set.of("NHS", "CCG", "ICB", "STP", "UK", "H&J");

    /** One file written, or to be written. */
    public record OutputFile(String name, byte[] content, int bodies, int sources, int relationships) {
    }

    /** What an import produced, before it is written. */
    public record Generation(List<OutputFile> files, int csvFilesRead) {
        public int bodies() {
            return files.stream().mapToInt(OutputFile::bodies).sum();
        }

        public int relationships() {
            return files.stream().mapToInt(OutputFile::relationships).sum();
        }
    }

    private final Path dir;
    private final String shownDir;
    private final Map<String, CsvTable> tables = new LinkedHashMap<>();

    private OnsOdsImporter(Path dir) {
        this.dir = dir;
        this.shownDir = dir.toString();
    }

    /**
     * Imports the files in {@code dir} and replaces the part files in {@code outDir}.
     *
     * @throws ImportException when the input is bad; {@code outDir} is then untouched
     * @throws IOException     when the output cannot be written; {@code outDir} is then as it was
     */
    public static Generation importTo(Path dir, Path outDir) throws IOException {
        Generation g = generate(dir);
        Map<String, byte[]> files = new LinkedHashMap<>();
        g.files().forEach(f -> files.put(f.name(), f.content()));
        OutputWriter.replaceAll(outDir, files);
        return g;
    }

    /** Reads the files in {@code dir} and builds the part files in memory. */
    public static Generation generate(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw ImportException.ofFile(dir.toString(), "not a folder; give the folder that holds the ONS and ODS "
                    + "CSV files (such as ../shared/data/nhs)");
        }
        return new OnsOdsImporter(dir).build();
    }

    // ------------------------------------------------------------------------------------------------------
    // Reading

    private CsvTable table(String file, String... columns) {
        CsvTable t = tables.get(file);
        if (t == null) {
            t = CsvTable.read(dir.resolve(file), dir.resolve(file).toString());
            tables.put(file, t);
        }
        return t.require(columns);
    }

    private static String src(String file) {
        return InputFiles.sourceId(file);
    }

    // ------------------------------------------------------------------------------------------------------
    // State built from the files

    private record Ccg(String ods, CsvRow row, LocalDate from, LocalDate to, boolean noOdsCloseDate,
                       String odsName, String icbByLsoa) {
    }

    private record ListRow(int year, LocalDate asAt, String ons, String name) {
    }

    private static final class Region {
        final String y;
        String name;
        LocalDate from;
        LocalDate to;
        String odsName;
        final TreeMap<Integer, String> onsByYear = new TreeMap<>();
        final TreeMap<Integer, String> nameByYear = new TreeMap<>();
        String fromNote;
        String toNote;

        Region(String y) {
            this.y = y;
        }
    }

    private record LocalOffice(String q, String name, String region, LocalDate from, LocalDate to, boolean noClose) {
    }

    private record AreaTeam(String code, String name, String region) {
    }

    private record Sicbl(String ods, String ons, String name, String icb, LocalDate to, CsvRow row) {
    }

    private record Icb(String ods, String ons, String name, String region, int sicblCount, CsvRow row) {
    }

    private record Utla(String code, String name, String type, LocalDate from, LocalDate to, int firstYear,
                        int lastYear, String gapNote) {
    }

    private final Map<String, Ccg> ccgs = new TreeMap<>();
    private final Map<String, Body> ccgBodies = new TreeMap<>();
    private final Map<String, List<ListRow>> listByCcg = new HashMap<>();
    private final TreeMap<Integer, LocalDate> snapshotDates = new TreeMap<>();
    private final TreeSet<LocalDate> ccgSnapshotDates = new TreeSet<>();
    private final Map<String, Region> regions = new TreeMap<>();
    private final Map<String, String> e40ToY = new HashMap<>();
    private final Map<String, LocalOffice> offices = new TreeMap<>();
    private final Map<String, String> e39ToQ = new HashMap<>();
    private final Map<String, String> officeOns = new HashMap<>();
    private final Map<String, AreaTeam> areaTeams = new TreeMap<>();
    private final Map<String, Sicbl> sicbls = new TreeMap<>();
    private final Map<String, Icb> icbs = new TreeMap<>();
    private final Map<String, Utla> utlas = new TreeMap<>();
    private final TreeMap<Integer, Map<String, String>> ltlaToUtla = new TreeMap<>();
    private final TreeMap<Integer, Map<String, String>> ltlaNames = new TreeMap<>();
    /** Lifetimes of every body generated, for capping relationship periods at their targets' ends. */
    private final Map<String, LocalDate[]> lifetimes = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    private Generation build() {
        readCcgs();
        readCcgList();
        readLocalAuthorities();
        readRegions();
        readIcbs();

        List<Body> regionBodies = regionBodies();
        List<Body> laBodies = localAuthorityBodies();
        List<Body> stpBodies = new ArrayList<>();
        StpData stps = readStps(stpBodies);
        List<Body> icbBodies = icbBodies();

        for (Ccg c : ccgs.values()) {
            ccgBodies.put(c.ods(), ccgBody(c));
        }
        addRegionRelationships();
        addStpMembership(stps);
        addCoverage();
        addSuccessors();
        addStpSuccessors(stps, stpBodies);

        List<Body> all = new ArrayList<>();
        all.addAll(regionBodies);
        all.addAll(ccgBodies.values());
        all.addAll(stpBodies);
        all.addAll(icbBodies);
        all.addAll(laBodies);
        checkTargets(all);

        List<OutputFile> files = new ArrayList<>();
        files.add(sourcesFile());
        files.add(part("nhs-england-regions.json", regionBodies,
                List.of(InputFiles.REGIONS, InputFiles.EAUTH, InputFiles.AREA_TEAMS, InputFiles.CCG13_AREA_TEAMS,
                        InputFiles.CCG_REGION)));
        files.add(part("ccgs.json", new ArrayList<>(ccgBodies.values()), List.of(InputFiles.CCG_MASTER,
                InputFiles.CCG_LIST, InputFiles.ECCG_2025, InputFiles.ECCG_2016, InputFiles.ECCG_2018,
                InputFiles.CCG_REGION, InputFiles.CCG_STP, InputFiles.STP_2020, InputFiles.CCG_LAD,
                InputFiles.LTLA_UTLA, InputFiles.CCG_SUCCESSORS, InputFiles.SICBL_2022, InputFiles.ICB_2022)));
        files.add(part("stps.json", stpBodies, List.of(InputFiles.CCG_STP, InputFiles.STP_2020,
                InputFiles.CCG_SUCCESSORS, InputFiles.ICB_2022)));
        files.add(part("icbs.json", icbBodies, List.of(InputFiles.ICB_2022, InputFiles.SICBL_2022,
                InputFiles.SICBL_2024, InputFiles.ICB_2024, InputFiles.LSOA_PANEL, InputFiles.LTLA_UTLA)));
        files.add(part("local-authorities.json", laBodies, List.of(InputFiles.UTLA, InputFiles.LTLA_UTLA)));
        return new Generation(files, tables.size());
    }

    // ------------------------------------------------------------------------------------------------------
    // CCGs: ccg_master.csv, ccg_list_by_year.csv

    private void readCcgs() {
        CsvTable t = table(InputFiles.CCG_MASTER, "ods_code", "ons_name_first_seen", "ods_name_latest",
                "ods_open_date", "ods_close_date", "icb_2022_by_lsoa");
        for (CsvRow r : t.rows()) {
            String ods = r.code("ods_code");
            LocalDate open = r.odsDate("ods_open_date");
            if (open == null) {
                throw r.error("ods_open_date", "column 'ods_open_date' is empty; expected the CCG's ODS open date "
                        + "as YYYYMMDD");
            }
            LocalDate close = r.odsDate("ods_close_date");
            if (close != null && close.isBefore(open)) {
                throw r.error("ods_close_date", "column 'ods_close_date' (" + close + ") is before ods_open_date ("
                        + open + ")");
            }
            LocalDate to = close == null || close.isAfter(CCG_LAST_DAY) ? CCG_LAST_DAY : close;
            if (ccgs.containsKey(ods)) {
                throw r.error("ods_code", "CCG " + ods + " is listed twice; each ODS code needs one row");
            }
            ccgs.put(ods, new Ccg(ods, r, open, to, close == null, r.optional("ods_name_latest"),
                    r.optional("icb_2022_by_lsoa")));
            lifetimes.put("ccg-" + ods, new LocalDate[] {open, to});
        }
    }

    private void readCcgList() {
        CsvTable t = table(InputFiles.CCG_LIST, "year", "as_at", "org_type", "ons_code", "ods_code", "name");
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            LocalDate earlier = snapshotDates.putIfAbsent(year, asAt);
            if (earlier != null && !earlier.equals(asAt)) {
                throw r.error("as_at", "column 'as_at' is " + asAt + " but other rows of " + year + " say " + earlier
                        + "; one year has one snapshot date");
            }
            String type = r.required("org_type", "CCG or Sub-ICB location");
            String ods = r.code("ods_code");
            if (type.equals("CCG")) {
                Ccg c = ccgs.get(ods);
                if (c == null) {
                    throw r.error("ods_code", "CCG " + ods + " is not in " + InputFiles.CCG_MASTER
                            + "; every CCG code must have a row there");
                }
                ccgSnapshotDates.add(asAt);
                listByCcg.computeIfAbsent(ods, k -> new ArrayList<>())
                        .add(new ListRow(year, asAt, r.code("ons_code"), r.required("name", "the CCG's name")));
            } else if (!type.equalsIgnoreCase("Sub-ICB location")) {
                throw r.error("org_type", "column 'org_type' is '" + type + "'; expected CCG or Sub-ICB location");
            }
        }
        listByCcg.values().forEach(l -> l.sort((a, b) -> a.asAt().compareTo(b.asAt())));
    }

    private LocalDate snapshotDate(CsvRow r, String column, int year) {
        LocalDate d = snapshotDates.get(year);
        if (d == null) {
            throw r.error(column, "year " + year + " has no snapshot in " + InputFiles.CCG_LIST
                    + "; expected one of " + snapshotDates.keySet());
        }
        return d;
    }

    private Body ccgBody(Ccg c) {
        List<ListRow> rows = listByCcg.getOrDefault(c.ods(), List.of());
        String name = null;
        for (ListRow lr : rows) {
            if (lr.name().toUpperCase(Locale.ROOT).endsWith(" CCG")) {
                name = lr.name();
            }
        }
        if (name == null && c.odsName() != null && c.odsName().toUpperCase(Locale.ROOT).endsWith(" CCG")) {
            name = titleCase(c.odsName());
        }
        if (name == null) {
            name = rows.isEmpty() ? c.row().required("ons_name_first_seen", "the CCG's name")
                    : rows.get(rows.size() - 1).name();
        }
        Body b = new Body("ccg-" + c.ods(), name, "ccg").period(c.from(), c.to());
        b.parent = "nhs-england";
        b.source(src(InputFiles.CCG_MASTER)).source(src(InputFiles.CCG_LIST));
        names.put(b.id, name);
        Set<String> seen = new LinkedHashSet<>();
        seen.add(normaliseName(name));
        for (ListRow lr : rows) {
            if (seen.add(normaliseName(lr.name()))) {
                b.formerNames.add(lr.name());
            }
        }
        b.code("ODS", c.ods(), c.from(), c.to());
        // ONS codes: one per run of snapshots with the same code; the first from the CCG's start.
        String current = null;
        LocalDate since = null;
        for (ListRow lr : rows) {
            if (!lr.ons().equals(current)) {
                if (current != null) {
                    b.code("ONS", current, since, lr.asAt().minusDays(1));
                }
                since = current == null ? c.from() : lr.asAt();
                current = lr.ons();
            }
        }
        if (current != null) {
            b.code("ONS", current, since, c.to());
        }
        StringBuilder summary = new StringBuilder(name).append(", a Clinical Commissioning Group (ODS ")
                .append(c.ods()).append(") from ").append(Period.format(c.from())).append(" to ")
                .append(Period.format(c.to())).append('.');
        b.summary = summary.toString();
        if (!rows.isEmpty()) {
            List<String> years = rows.stream().map(lr -> Integer.toString(lr.year())).toList();
            b.fact("In the ONS CCG lists of", Timeline.and(years), src(InputFiles.CCG_LIST));
        }
        if (c.noOdsCloseDate()) {
            boolean hasSicbl = sicbls.containsKey(c.ods());
            b.fact("End", "ODS gives no close date for " + c.ods() + (hasSicbl
                    ? ": the code stayed open for the sub-ICB location that replaced the CCG on 1 July 2022, so the "
                    + "CCG is taken to have ended on 30 June 2022"
                    : "; CCGs were replaced on 1 July 2022, so the CCG is taken to have ended on 30 June 2022"),
                    src(InputFiles.CCG_MASTER));
        }
        if (c.icbByLsoa() == null && !c.to().equals(CCG_LAST_DAY)) {
            b.fact("Successor", "The files give none: the ONS LSOA lookups they are built from start in 2015, after "
                    + "this CCG closed (" + InputFiles.CCG_MASTER + ")", src(InputFiles.CCG_MASTER));
        }
        return b;
    }

    /** For comparing names: case, "&" and a trailing "CCG" do not make a name different. */
    static String normaliseName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("&", " and ")
                .replaceAll("\\s+", " ").trim();
        if (n.endsWith(" ccg")) {
            n = n.substring(0, n.length() - 4).trim();
        }
        return n;
    }

    /** "NHS ENGLAND MIDLANDS AND EAST (EAST)" → "NHS England Midlands and East (East)". */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean first = true;
        while (i < upper.length()) {
            char c = upper.charAt(i);
            if (!Character.isLetter(c) && c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < upper.length() && (Character.isLetter(upper.charAt(j)) || upper.charAt(j) == '\''
                    || upper.charAt(j) == '&')) {
                j++;
            }
            String word = upper.substring(i, j);
            String lower = word.toLowerCase(Locale.ROOT);
            if (UPPER_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
                out.append(word.toUpperCase(Locale.ROOT));
            } else if (!first && SMALL_WORDS.contains(lower)) {
                out.append(lower);
            } else {
                out.append(Character.toUpperCase(lower.charAt(0))).append(lower.substring(1));
            }
            first = false;
            i = j;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------------
    // Regions, area teams and local offices

    private static LocalDate regionSnapshotDate(int year) {
        // The 2022 rows are the July 2022 NHS England regions; the others are April lookups.
        return year == 2022 ? LocalDate.of(2022, 7, 1) : LocalDate.of(year, 4, 1);
    }

    private void readRegions() {
        CsvTable eauth = table(InputFiles.EAUTH, "org_code", "name", "national_grouping", "open_date", "close_date");
        Map<String, CsvRow> officeRows = new TreeMap<>();
        for (CsvRow r : eauth.rows()) {
            String code = r.code("org_code");
            if (Y_CODE.matcher(code).matches()) {
                Region g = new Region(code);
                g.odsName = titleCase(r.required("name", "the region's name"));
                g.from = r.odsDate("open_date");
                g.to = r.odsDate("close_date");
                regions.put(code, g);
            } else if (Q_CODE.matcher(code).matches()) {
                officeRows.put(code, r);
            }
        }
        CsvTable byYear = table(InputFiles.REGIONS, "year", "ons_code", "ods_code", "name");
        // First the rows that give an ODS code, then the others by ONS code or, failing that, by name.
        for (CsvRow r : byYear.rows()) {
            String ods = r.optionalCode("ods_code");
            if (ods != null) {
                String ons = r.code("ons_code");
                String known = e40ToY.putIfAbsent(ons, ods);
                if (known != null && !known.equals(ods)) {
                    throw r.error("ods_code", "ONS region " + ons + " is " + known + " in another row but " + ods
                            + " here; one ONS code names one region");
                }
            }
        }
        Set<Integer> years = new TreeSet<>();
        for (CsvRow r : byYear.rows()) {
            int year = r.year("year");
            years.add(year);
            String ons = r.code("ons_code");
            String name = r.required("name", "the region's name");
            String y = r.optionalCode("ods_code");
            if (y == null) {
                y = e40ToY.get(ons);
            }
            if (y == null) {
                for (Region g : regions.values()) {
                    if (g.odsName == null) {
                        continue;
                    }
                    String odsName = g.odsName.toLowerCase(Locale.ROOT).replace(" commissioning region", "");
                    if (odsName.equals(name.toLowerCase(Locale.ROOT))) {
                        y = g.y;
                    }
                }
                if (y == null) {
                    throw r.error("ons_code", "cannot tell which NHS England region " + ons + " '" + name + "' is: no "
                            + "row with the same ONS code gives an ODS code, and no region in " + InputFiles.EAUTH
                            + " has that name");
                }
                e40ToY.put(ons, y);
            }
            if (!Y_CODE.matcher(y).matches()) {
                throw r.error("ods_code", "column 'ods_code' is '" + y + "'; expected an ODS region code Y54–Y63");
            }
            Region g = regions.computeIfAbsent(y, Region::new);
            g.onsByYear.put(year, ons);
            g.nameByYear.put(year, name);
        }
        for (Region g : regions.values()) {
            g.name = g.nameByYear.isEmpty() ? g.odsName : g.nameByYear.lastEntry().getValue();
            if (g.from == null) {
                if (g.nameByYear.isEmpty()) {
                    throw new IllegalStateException("region without dates " + g.y);
                }
                g.from = regionSnapshotDate(g.nameByYear.firstKey());
                g.fromNote = "From the first ONS list that names it (" + g.nameByYear.firstKey() + "); ODS ("
                        + InputFiles.EAUTH + ") gives no open date";
            }
            if (g.to == null && !g.nameByYear.isEmpty()) {
                Integer absent = ((TreeSet<Integer>) years).higher(g.nameByYear.lastKey());
                if (absent != null) {
                    g.to = regionSnapshotDate(absent).minusDays(1);
                    g.toNote = "Not in the ONS list of " + absent + "; taken as ended the day before ("
                            + InputFiles.EAUTH + " gives no close date)";
                }
            }
            lifetimes.put("region-" + g.y, new LocalDate[] {g.from, g.to});
            names.put("region-" + g.y, g.name);
        }

        // Local offices: the ODS Q codes, with their ONS E39 codes from the 2017 and 2018 lookups.
        CsvTable ccgRegion = table(InputFiles.CCG_REGION, "year", "as_at", "ccg_ods_code", "subregion_ons_code",
                "subregion_ods_code", "subregion_name", "region_ons_code", "region_ods_code");
        for (CsvRow r : ccgRegion.rows()) {
            String q = r.optionalCode("subregion_ods_code");
            if (q != null) {
                String e39 = r.code("subregion_ons_code");
                e39ToQ.put(e39, q);
                officeOns.put(q, e39);
            }
        }
        for (CsvRow r : ccgRegion.rows()) {
            int year = r.year("year");
            String e39 = r.code("subregion_ons_code");
            if (year == 2013 || e39ToQ.containsKey(e39)) {
                continue;
            }
            String name = r.required("subregion_name", "the name of the area team or local office");
            String q = null;
            for (var e : officeRows.entrySet()) {
                if (e.getValue().get("name").trim().equalsIgnoreCase(name)) {
                    q = e.getKey();
                }
            }
            if (q == null) {
                throw r.error("subregion_ons_code", "cannot tell which NHS England local office " + e39 + " '" + name
                        + "' is: no 2018 row gives its ODS code and no local office in " + InputFiles.EAUTH
                        + " has that name");
            }
            e39ToQ.put(e39, q);
            officeOns.putIfAbsent(q, e39);
        }
        for (var e : officeRows.entrySet()) {
            CsvRow r = e.getValue();
            String parent = r.code("national_grouping");
            Region g = regions.get(parent);
            if (g == null) {
                throw r.error("national_grouping", "local office " + e.getKey() + " is in region " + parent
                        + ", which is not an NHS England region (Y code) in this file");
            }
            LocalDate open = r.odsDate("open_date");
            LocalDate close = r.odsDate("close_date");
            LocalOffice o = new LocalOffice(e.getKey(), titleCase(r.required("name", "the office's name")), parent,
                    open, close != null ? close : g.to, close == null);
            offices.put(o.q(), o);
            lifetimes.put("local-office-" + o.q(), new LocalDate[] {o.from(), o.to()});
            names.put("local-office-" + o.q(), o.name());
        }

        // Area teams of April 2013, with their commissioning regions.
        CsvTable at = table(InputFiles.AREA_TEAMS, "NHSAT13CD", "NHSAT13NM");
        CsvTable atRegion = table(InputFiles.CCG13_AREA_TEAMS, "NHSAT13CD", "NHSCR13CD");
        Map<String, String> regionOf = new HashMap<>();
        for (CsvRow r : atRegion.rows()) {
            String code = r.code("NHSAT13CD");
            String cr = r.code("NHSCR13CD");
            String y = e40ToY.get(cr);
            if (y == null) {
                throw r.error("NHSCR13CD", "commissioning region " + cr + " is not in " + InputFiles.REGIONS
                        + "; expected an ONS code of one of its regions");
            }
            regionOf.put(code, y);
        }
        for (CsvRow r : at.rows()) {
            String code = r.code("NHSAT13CD");
            String y = regionOf.get(code);
            if (y == null) {
                throw r.error("NHSAT13CD", "area team " + code + " has no commissioning region in "
                        + InputFiles.CCG13_AREA_TEAMS);
            }
            areaTeams.put(code, new AreaTeam(code, r.required("NHSAT13NM", "the area team's name"), y));
            lifetimes.put("area-team-" + code, new LocalDate[] {AREA_TEAM_START, AREA_TEAM_END});
            names.put("area-team-" + code, r.get("NHSAT13NM"));
        }
    }

    private List<Body> regionBodies() {
        List<Body> out = new ArrayList<>();
        for (Region g : regions.values()) {
            Body b = new Body("region-" + g.y, g.name, "region").period(g.from, g.to);
            b.parent = "nhs-england";
            if (!g.nameByYear.isEmpty()) {
                b.source(src(InputFiles.REGIONS));
            }
            b.source(src(InputFiles.EAUTH));
            b.code("ODS", g.y, g.from, g.to);
            List<Map.Entry<Integer, String>> runs = new ArrayList<>();
            for (var e : g.onsByYear.entrySet()) {
                if (runs.isEmpty() || !runs.get(runs.size() - 1).getValue().equals(e.getValue())) {
                    runs.add(e);
                }
            }
            for (int i = 0; i < runs.size(); i++) {
                LocalDate from = i == 0 ? g.from : regionSnapshotDate(runs.get(i).getKey());
                LocalDate to = i + 1 < runs.size() ? regionSnapshotDate(runs.get(i + 1).getKey()).minusDays(1) : g.to;
                b.code("ONS", runs.get(i).getValue(), from, to);
            }
            b.summary = "The NHS England region " + g.name + " (ODS " + g.y + ")"
                    + (g.onsByYear.isEmpty() ? "" : ", in the ONS region lists of "
                    + Timeline.and(g.onsByYear.keySet().stream().map(String::valueOf).toList())) + ".";
            if (g.odsName != null) {
                b.fact("Name in ODS", g.odsName, src(InputFiles.EAUTH));
            }
            if (g.fromNote != null) {
                b.fact("Start", g.fromNote, src(InputFiles.REGIONS));
            }
            if (g.toNote != null) {
                b.fact("End", g.toNote, src(InputFiles.REGIONS));
            }
            if (g.onsByYear.size() > 0 && runs.size() > 1) {
                b.fact("ONS codes", "Each ONS code applies from the first list that shows it; a GSS code changes when "
                        + "a boundary changes", src(InputFiles.REGIONS));
            }
            out.add(b);
        }
        for (AreaTeam a : areaTeams.values()) {
            Body b = new Body("area-team-" + a.code(), a.name(), "area-team").period(AREA_TEAM_START, AREA_TEAM_END);
            b.parent = "region-" + a.region();
            b.source(src(InputFiles.AREA_TEAMS)).source(src(InputFiles.CCG13_AREA_TEAMS));
            b.code("ONS", a.code(), AREA_TEAM_START, AREA_TEAM_END);
            b.summary = "The NHS England area team " + a.name() + " of April 2013, in the " + names.get(b.parent)
                    + " commissioning region.";
            b.fact("Dates", "From the April 2013 ONS list of area teams. The files give no end date: 31 March 2015 is "
                    + "taken because the NHS England local offices that followed (Q72, Q74–Q82) opened in ODS on "
                    + "1 April 2015 (" + InputFiles.EAUTH + ")", src(InputFiles.EAUTH));
            out.add(b);
        }
        for (LocalOffice o : offices.values()) {
            Body b = new Body("local-office-" + o.q(), o.name(), "local-office").period(o.from(), o.to());
            b.parent = "region-" + o.region();
            b.source(src(InputFiles.EAUTH));
            b.code("ODS", o.q(), o.from(), o.to());
            String e39 = officeOns.get(o.q());
            // ONS gave the E39 series to the area teams until they closed; a local office holds its code after.
            LocalDate codeFrom = o.from().isAfter(AREA_TEAM_END) ? o.from() : AREA_TEAM_END.plusDays(1);
            if (e39 != null) {
                b.code("ONS", e39, codeFrom, o.to());
                b.source(src(InputFiles.CCG_REGION));
            }
            b.summary = "The NHS England local office " + o.name() + " (ODS " + o.q() + "), in the "
                    + names.get(b.parent) + " region.";
            if (o.noClose()) {
                Region g = regions.get(o.region());
                b.fact("End", g.to == null
                        ? "ODS (November 2018) gives no close date and its region " + g.name + " is still open, so no "
                        + "end date is recorded"
                        : "ODS (November 2018) gives no close date; it is taken to have ended with its region "
                        + g.name + " on " + Period.format(g.to), src(InputFiles.EAUTH));
            }
            if (e39 != null) {
                b.fact("ONS code", e39 + " in the ONS CCG to NHS England sub-region lookups of 2017 and 2018; recorded from "
                        + Period.format(codeFrom) + ", after the area teams that used the E39 series had closed",
                        src(InputFiles.CCG_REGION));
            }
            out.add(b);
        }
        return out;
    }

    /** CCG → area team (2013), local office (2016–2018) and region (2013 onwards). */
    private void addRegionRelationships() {
        CsvTable ccgRegion = table(InputFiles.CCG_REGION);
        Map<String, TreeMap<LocalDate, Obs>> regionObs = new HashMap<>();
        Map<String, TreeMap<LocalDate, Obs>> officeObs = new HashMap<>();
        Map<String, Obs> areaTeamObs = new HashMap<>();
        TreeSet<LocalDate> regionDates = new TreeSet<>();
        TreeSet<LocalDate> officeDates = new TreeSet<>();
        String regionSrc = src(InputFiles.CCG_REGION);
        for (CsvRow r : ccgRegion.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            Ccg c = ccg(r, "ccg_ods_code");
            checkExists(c, asAt, r, "ccg_ods_code");
            String y = r.optionalCode("region_ods_code");
            String e40 = r.code("region_ons_code");
            if (y == null) {
                y = e40ToY.get(e40);
                if (y == null) {
                    throw r.error("region_ons_code", "region " + e40 + " is not in " + InputFiles.REGIONS);
                }
            }
            requireRegion(r, "region_ods_code", y);
            String label = Period.format(asAt);
            regionDates.add(asAt);
            put(regionObs, c.ods(), new Obs(asAt, "ONS CCG to NHS England region lookups as at", label, regionSrc,
                    Map.of("region-" + y, "")));
            String sub = r.code("subregion_ons_code");
            if (year == 2013) {
                if (!areaTeams.containsKey(sub)) {
                    throw r.error("subregion_ons_code", "area team " + sub + " is not in " + InputFiles.AREA_TEAMS);
                }
                areaTeamObs.put(c.ods(), new Obs(asAt, "ONS CCG to area team lookup as at", label, regionSrc,
                        Map.of("area-team-" + sub, "")));
            } else {
                String q = e39ToQ.get(sub);
                if (q == null || !offices.containsKey(q)) {
                    throw r.error("subregion_ons_code", "local office " + sub + " has no ODS code in "
                            + InputFiles.EAUTH);
                }
                officeDates.add(asAt);
                put(officeObs, c.ods(), new Obs(asAt, "ONS CCG to NHS England local office lookups as at", label,
                        regionSrc, Map.of("local-office-" + q, "")));
            }
        }
        Map<String, String> unknownOffices = new TreeMap<>();
        readEccgSnapshot(InputFiles.ECCG_2016, ECCG_2016_DATE, "ODS eccg file of February 2016", regionObs, officeObs,
                regionDates, officeDates, unknownOffices);
        readEccgSnapshot(InputFiles.ECCG_2018, ECCG_2018_DATE, "ODS eccg file of November 2018", regionObs, officeObs,
                regionDates, officeDates, unknownOffices);
        // From 2019 the latest region ODS gives (ods_eccg_2025).
        CsvTable latest = table(InputFiles.ECCG_2025, "org_code", "national_grouping");
        regionDates.add(SEVEN_REGIONS);
        for (CsvRow r : latest.rows()) {
            Ccg c = ccgs.get(r.code("org_code"));
            if (c == null || c.to().isBefore(SEVEN_REGIONS)) {
                continue;
            }
            String y = r.code("national_grouping");
            requireRegion(r, "national_grouping", y);
            LocalDate from = c.from().isAfter(SEVEN_REGIONS) ? c.from() : SEVEN_REGIONS;
            put(regionObs, c.ods(), new Obs(from, "ODS eccg 2025, whose latest region is taken to apply from 1 April 2019 "
                    + "or the CCG's start", "", src(InputFiles.ECCG_2025), Map.of("region-" + y, "")));
        }

        for (Ccg c : ccgs.values()) {
            Body b = ccgBodies.get(c.ods());
            Obs at = areaTeamObs.get(c.ods());
            if (at != null) {
                addRuns(b, c, "in-region", List.of(at), null, "");
            }
            addRuns(b, c, "in-region", observations(c, regionDates, regionObs.get(c.ods()), true), regionDates, "");
            addRuns(b, c, "in-region", observations(c, officeDates, officeObs.get(c.ods()), false), officeDates, "");
            String unknown = unknownOffices.get(c.ods());
            if (unknown != null) {
                b.fact("Local office (ODS)", unknown, src(InputFiles.ECCG_2016));
            }
        }
    }

    private void readEccgSnapshot(String file, LocalDate date, String group, Map<String, TreeMap<LocalDate, Obs>> regionObs,
                                  Map<String, TreeMap<LocalDate, Obs>> officeObs, Set<LocalDate> regionDates,
                                  Set<LocalDate> officeDates, Map<String, String> unknownOffices) {
        CsvTable t = table(file, "org_code", "name", "national_grouping", "high_level_health_geography", "open_date",
                "close_date", "col14_subtype_or_role");
        regionDates.add(date);
        officeDates.add(date);
        for (CsvRow r : t.rows()) {
            if (!"C".equals(r.get("col14_subtype_or_role").trim())) {
                continue; // commissioning hubs
            }
            LocalDate close = r.odsDate("close_date");
            r.odsDate("open_date");
            if (close != null && close.isBefore(date)) {
                continue; // closed before the extract: it shows the CCG's last area team, not a local office
            }
            Ccg c = ccg(r, "org_code");
            if (!c.from().isAfter(date) && !c.to().isBefore(date)) {
                String y = r.code("national_grouping");
                requireRegion(r, "national_grouping", y);
                put(regionObs, c.ods(), new Obs(date, group, "", InputFiles.sourceId(file), Map.of("region-" + y, "")));
                String q = r.code("high_level_health_geography");
                if (offices.containsKey(q)) {
                    put(officeObs, c.ods(), new Obs(date, group, "", InputFiles.sourceId(file),
                            Map.of("local-office-" + q, "")));
                } else if (Q_CODE.matcher(q).matches()) {
                    // A local office code the November 2018 eauth file does not list (Q73 in February 2016).
                    unknownOffices.merge(c.ods(), q + " in the " + group + ", a code that " + InputFiles.EAUTH
                            + " does not list, so no relationship is recorded", (a, b) -> a + "; " + b);
                } else {
                    throw r.error("high_level_health_geography", "column 'high_level_health_geography' is '" + q
                            + "'; expected an NHS England local office code such as Q79");
                }
            }
        }
    }

    private void requireRegion(CsvRow r, String column, String y) {
        if (!regions.containsKey(y)) {
            throw r.error(column, "region " + y + " is not an NHS England region in " + InputFiles.EAUTH + " or "
                    + InputFiles.REGIONS);
        }
    }

    private static void put(Map<String, TreeMap<LocalDate, Obs>> map, String ods, Obs o) {
        TreeMap<LocalDate, Obs> m = map.computeIfAbsent(ods, k -> new TreeMap<>());
        Obs earlier = m.get(o.date());
        if (earlier != null) {
            Map<String, Object> targets = new TreeMap<>(earlier.targets());
            targets.putAll(o.targets());
            o = new Obs(o.date(), o.group(), o.label(), o.source(), targets);
        }
        m.put(o.date(), o);
    }

    private Ccg ccg(CsvRow r, String column) {
        String ods = r.code(column);
        Ccg c = ccgs.get(ods);
        if (c == null) {
            throw r.error(column, "CCG " + ods + " is not in " + InputFiles.CCG_MASTER
                    + "; every CCG code must have a row there");
        }
        return c;
    }

    private void checkExists(Ccg c, LocalDate date, CsvRow r, String column) {
        if (c.from().isAfter(date) || c.to().isBefore(date)) {
            throw r.error(column, "CCG " + c.ods() + " is listed as at " + date + ", but by its ODS dates in "
                    + InputFiles.CCG_MASTER + " it existed from " + c.from() + " to " + c.to());
        }
    }

    /**
     * The observations of one CCG in a series: one for each snapshot date on which the CCG existed, empty where
     * the snapshot does not show it. Dates in {@code extra} (the CCG's own date for the latest ODS region) are
     * added as they are.
     */
    private List<Obs> observations(Ccg c, TreeSet<LocalDate> dates, TreeMap<LocalDate, Obs> seen, boolean withExtra) {
        TreeMap<LocalDate, Obs> all = new TreeMap<>();
        for (LocalDate d : dates) {
            if (!c.from().isAfter(d) && !c.to().isBefore(d)) {
                all.put(d, new Obs(d, "", "", null, Map.of()));
            }
        }
        if (seen != null) {
            for (Obs o : seen.values()) {
                if (all.containsKey(o.date()) || withExtra) {
                    all.put(o.date(), o);
                }
            }
        }
        return new ArrayList<>(all.values());
    }

    /**
     * Adds the runs of a series to a CCG as relationships, each capped at its target's lifetime. A run that
     * starts at the CCG's first observation in the series starts at the CCG's start when the CCG began after
     * the previous snapshot of the series (or, on the series' first date, after the previous ONS CCG list).
     *
     * @param seriesDates the series' snapshot dates, or null for a single snapshot that is never extended
     */
    private void addRuns(Body b, Ccg c, String type, List<Obs> obs, TreeSet<LocalDate> seriesDates, String prefix) {
        if (obs.isEmpty()) {
            return;
        }
        LocalDate first = obs.get(0).date();
        boolean extend;
        if (seriesDates == null) {
            extend = false;
        } else if (first.equals(seriesDates.first())) {
            LocalDate previous = ccgSnapshotDates.lower(first);
            extend = previous == null || c.from().isAfter(previous);
        } else {
            extend = true;
        }
        for (Run run : Timeline.runs(obs, c.from(), c.to(), extend)) {
            addRun(b, type, run, prefix);
        }
    }

    private void addRun(Body b, String type, Run run, String prefix) {
        LocalDate from = run.from();
        LocalDate to = run.to();
        LocalDate[] life = lifetimes.get(run.target());
        List<String> notes = new ArrayList<>();
        if (!prefix.isEmpty()) {
            notes.add(prefix);
        }
        notes.add(Timeline.describe(run.seen()));
        if (run.fromStart()) {
            notes.add("from the CCG's start, as it began after the previous snapshot");
        }
        if (life != null && life[0] != null && (from == null || from.isBefore(life[0]))) {
            from = life[0];
        }
        if (life != null && life[1] != null && (to == null || to.isAfter(life[1]))) {
            to = life[1];
            notes.add("until " + names.getOrDefault(run.target(), run.target()) + " ended");
        } else if (run.endedBy() != null) {
            Obs next = run.endedBy();
            List<String> instead = next.targets().keySet().stream().map(t -> names.getOrDefault(t, t)).toList();
            notes.add("until the day before the next snapshot (" + (next.group().isEmpty()
                    ? Period.format(next.date()) : Timeline.describe(List.of(next))) + "), which "
                    + (instead.isEmpty() || run.target().startsWith("la-") || run.target().startsWith("hwb-")
                    ? "no longer shows it"
                    : "shows " + Timeline.and(instead) + " instead"));
        }
        for (Obs o : run.seen()) {
            b.source(o.source());
        }
        if (to != null && from != null && to.isBefore(from)) {
            return;
        }
        Double share = run.value() instanceof Double d ? d : null;
        b.rel(new Rel(type, run.target(), from, to, share, capitalise(String.join("; ", notes)), run.seen().get(0)
                .source()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ------------------------------------------------------------------------------------------------------
    // STPs: ccg_stp_by_year.csv, ons_stp_2020_names_codes.csv

    private static final class Stp {
        final String id;
        String ods;
        final TreeMap<Integer, String> onsByYear = new TreeMap<>();
        final TreeMap<Integer, String> nameByYear = new TreeMap<>();
        final TreeMap<Integer, Set<String>> ccgsByYear = new TreeMap<>();
        LocalDate from;
        LocalDate to;

        Stp(String id) {
            this.id = id;
        }
    }

    private record StpData(Map<String, Stp> stps, TreeMap<Integer, LocalDate> dates,
                           Map<String, TreeMap<LocalDate, Obs>> obs, Map<Integer, Map<String, String>> stpOfCcg) {
    }

    private StpData readStps(List<Body> out) {
        CsvTable names2020 = table(InputFiles.STP_2020, "STP20CD", "STP20CDH", "STP20NM");
        Map<String, String> odsOf = new HashMap<>();
        Map<String, String> name2020 = new HashMap<>();
        for (CsvRow r : names2020.rows()) {
            odsOf.put(r.code("STP20CD"), r.code("STP20CDH"));
            name2020.put(r.code("STP20CD"), r.required("STP20NM", "the STP's name"));
        }
        CsvTable t = table(InputFiles.CCG_STP, "year", "as_at", "ccg_ods_code", "stp_ons_code", "stp_ods_code",
                "stp_name");
        Map<String, Stp> stps = new TreeMap<>();
        TreeMap<Integer, LocalDate> dates = new TreeMap<>();
        Map<String, TreeMap<LocalDate, Obs>> obs = new HashMap<>();
        Map<Integer, Map<String, String>> stpOfCcg = new HashMap<>();
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            LocalDate known = dates.putIfAbsent(year, asAt);
            if (known != null && !known.equals(asAt)) {
                throw r.error("as_at", "column 'as_at' is " + asAt + " but other rows of " + year + " say " + known);
            }
            Ccg c = ccg(r, "ccg_ods_code");
            checkExists(c, asAt, r, "ccg_ods_code");
            String ons = r.code("stp_ons_code");
            String ods = r.optionalCode("stp_ods_code");
            if (ods == null) {
                ods = odsOf.get(ons);
            }
            String id = "stp-" + (ods != null ? ods : ons);
            Stp s = stps.computeIfAbsent(id, Stp::new);
            if (ods != null) {
                s.ods = ods;
            }
            s.onsByYear.put(year, ons);
            s.nameByYear.put(year, r.required("stp_name", "the STP's name"));
            s.ccgsByYear.computeIfAbsent(year, k -> new TreeSet<>()).add(c.ods());
            String earlier = stpOfCcg.computeIfAbsent(year, k -> new HashMap<>()).putIfAbsent(c.ods(), id);
            if (earlier != null) {
                throw r.error("ccg_ods_code", "CCG " + c.ods() + " is in two STPs in " + year + " (" + earlier + " and "
                        + id + "); a CCG belongs to one STP");
            }
            put(obs, c.ods(), new Obs(asAt, "ONS CCG to STP lookups as at", Period.format(asAt),
                    src(InputFiles.CCG_STP), Map.of(id, "")));
        }
        int lastYear = dates.isEmpty() ? 0 : dates.lastKey();
        for (Stp s : stps.values()) {
            s.from = dates.get(s.nameByYear.firstKey());
            Integer absent = dates.higherKey(s.nameByYear.lastKey());
            s.to = absent == null ? CCG_LAST_DAY : dates.get(absent).minusDays(1);
            lifetimes.put(s.id, new LocalDate[] {s.from, s.to});
            names.put(s.id, s.nameByYear.lastEntry().getValue());
        }
        for (Stp s : stps.values()) {
            Body b = new Body(s.id, s.nameByYear.lastEntry().getValue(), "stp").period(s.from, s.to);
            b.parent = "nhs-england";
            b.source(src(InputFiles.CCG_STP));
            s.nameByYear.values().forEach(b.formerNames::add);
            if (s.ods != null) {
                b.code("ODS", s.ods, s.from, s.to);
                b.source(src(InputFiles.STP_2020));
                String n2020 = name2020.get(s.onsByYear.values().stream().filter(odsOf::containsKey).findFirst()
                        .orElse(""));
                if (n2020 != null) {
                    b.formerNames.add(n2020);
                }
            }
            List<Map.Entry<Integer, String>> runs = new ArrayList<>();
            for (var e : s.onsByYear.entrySet()) {
                if (runs.isEmpty() || !runs.get(runs.size() - 1).getValue().equals(e.getValue())) {
                    runs.add(e);
                }
            }
            for (int i = 0; i < runs.size(); i++) {
                LocalDate from = i == 0 ? s.from : dates.get(runs.get(i).getKey());
                LocalDate to = i + 1 < runs.size() ? dates.get(runs.get(i + 1).getKey()).minusDays(1) : s.to;
                b.code("ONS", runs.get(i).getValue(), from, to);
            }
            List<String> years = s.nameByYear.keySet().stream().map(String::valueOf).toList();
            b.summary = "The Sustainability and Transformation Partnership " + b.name + ", in the ONS CCG to STP "
                    + "lookups of " + Timeline.and(years) + ".";
            b.fact("Dates", "From the first ONS lookup that lists it (" + Period.format(s.from) + ")"
                    + (s.nameByYear.lastKey() == lastYear
                    ? "; STPs were replaced by Integrated Care Boards on 1 July 2022, so it is taken to have ended on "
                    + "30 June 2022"
                    : "; not in the lookup of " + dates.higherKey(s.nameByYear.lastKey())
                    + ", so taken to have ended the day before"), src(InputFiles.CCG_STP));
            if (s.ods != null && icbs.containsKey(s.ods) && s.to.equals(CCG_LAST_DAY)) {
                b.rel(new Rel("succeeded-by", "icb-" + s.ods, ICB_START, null, null, "The Integrated Care Board with "
                        + "the same ODS code (" + InputFiles.STP_2020 + ", " + InputFiles.ICB_2022 + ") took over on "
                        + "1 July 2022", src(InputFiles.ICB_2022)));
            }
            out.add(b);
        }
        return new StpData(stps, dates, obs, stpOfCcg);
    }

    private void addStpMembership(StpData stps) {
        TreeSet<LocalDate> dates = new TreeSet<>(stps.dates().values());
        for (Ccg c : ccgs.values()) {
            addRuns(ccgBodies.get(c.ods()), c, "member-of", observations(c, dates, stps.obs().get(c.ods()), false),
                    dates, "");
        }
    }

    /** An STP that is not in the next lookup is succeeded by the STPs its CCGs' areas went to. */
    private void addStpSuccessors(StpData stps, List<Body> stpBodies) {
        Map<String, Body> byId = new HashMap<>();
        stpBodies.forEach(b -> byId.put(b.id, b));
        Map<Integer, Map<String, List<CsvRow>>> moves = successorRows();
        for (Stp s : stps.stps().values()) {
            int last = s.nameByYear.lastKey();
            Integer next = stps.dates().higherKey(last);
            if (next == null) {
                continue;
            }
            Map<String, List<CsvRow>> step = moves.getOrDefault(last, Map.of());
            Map<String, String> nextStp = stps.stpOfCcg().getOrDefault(next, Map.of());
            Map<String, Integer> shared = new TreeMap<>();
            int total = 0;
            boolean complete = true;
            for (String ccg : s.ccgsByYear.get(last)) {
                List<CsvRow> rows = step.get(ccg);
                if (rows == null || rows.isEmpty()) {
                    complete = false;
                    continue;
                }
                total += rows.get(0).integer("from_lsoa_total");
                for (CsvRow r : rows) {
                    if (r.year("to_year") != next) {
                        continue;
                    }
                    String to = nextStp.get(r.code("to_ods_code"));
                    if (to != null) {
                        shared.merge(to, r.integer("lsoas_shared"), Integer::sum);
                    }
                }
            }
            if (!complete || total == 0) {
                continue;
            }
            for (var e : shared.entrySet()) {
                if (e.getKey().equals(s.id)) {
                    continue;
                }
                double share = Generated.round4((double) e.getValue() / total);
                if (share <= 0) {
                    continue;
                }
                byId.get(s.id).rel(new Rel("succeeded-by", e.getKey(), s.to.plusDays(1), null, share,
                        "Derived: of the 2011 LSOAs of its CCGs in the ONS lookup of " + last + ", this share lies in "
                                + "CCGs of " + names.get(e.getKey()) + " in the lookup of " + next + " ("
                                + InputFiles.CCG_SUCCESSORS + " with " + InputFiles.CCG_STP + ")",
                        src(InputFiles.CCG_STP)));
                byId.get(s.id).source(src(InputFiles.CCG_SUCCESSORS));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Successors: ccg_successors_by_lsoa.csv; ICBs from ccg_master.csv

    /** ccg_successors_by_lsoa.csv rows by from_year and from-CCG. */
    private Map<Integer, Map<String, List<CsvRow>>> successorRows() {
        CsvTable t = table(InputFiles.CCG_SUCCESSORS, "from_year", "to_year", "from_ods_code", "to_ods_code",
                "lsoas_shared", "from_lsoa_total", "share_of_from", "change");
        Map<Integer, Map<String, List<CsvRow>>> out = new TreeMap<>();
        for (CsvRow r : t.rows()) {
            out.computeIfAbsent(r.year("from_year"), k -> new HashMap<>())
                    .computeIfAbsent(r.code("from_ods_code"), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private void addSuccessors() {
        LocalDate sicblDate = null;
        for (var e : snapshotDates.entrySet()) {
            if (!ccgSnapshotDates.contains(e.getValue())) {
                sicblDate = e.getValue();
            }
        }
        CsvTable t = table(InputFiles.CCG_SUCCESSORS, "from_year", "to_year", "from_ods_code", "to_ods_code",
                "lsoas_shared", "from_lsoa_total", "share_of_from", "change");
        Map<String, Map<String, Double>> icbShares = new HashMap<>();
        for (CsvRow r : t.rows()) {
            int fromYear = r.year("from_year");
            int toYear = r.year("to_year");
            LocalDate fromDate = snapshotDate(r, "from_year", fromYear);
            LocalDate toDate = snapshotDate(r, "to_year", toYear);
            if (!toDate.isAfter(fromDate)) {
                throw r.error("to_year", "to_year " + toYear + " is not after from_year " + fromYear);
            }
            Ccg from = ccg(r, "from_ods_code");
            String toOds = r.code("to_ods_code");
            double share = Generated.round4(r.fraction("share_of_from"));
            String change = r.get("change").trim();
            String step = "ONS lookups of " + Period.format(fromDate) + " and " + Period.format(toDate);
            if (toDate.equals(sicblDate)) {
                Sicbl s = sicbls.get(toOds);
                if (s == null) {
                    throw r.error("to_ods_code", "sub-ICB location " + toOds + " is not in " + InputFiles.SICBL_2022);
                }
                if (share > 0) {
                    ccgBodies.get(from.ods()).rel(new Rel("succeeded-by", "sicbl-" + toOds, ICB_START, null, share,
                            "Share of the CCG's 2011 LSOAs in the sub-ICB location's area (" + step + ": " + change
                                    + "); CCGs were replaced by sub-ICB locations of the ICBs on 1 July 2022",
                            src(InputFiles.CCG_SUCCESSORS)));
                }
                icbShares.computeIfAbsent(from.ods(), k -> new TreeMap<>()).merge(s.icb(), r.fraction("share_of_from"),
                        Double::sum);
                continue;
            }
            if (toOds.equals(from.ods()) || share <= 0) {
                continue;
            }
            Ccg to = ccg(r, "to_ods_code");
            if (from.to().isBefore(toDate)) {
                LocalDate since = from.to().plusDays(1);
                ccgBodies.get(from.ods()).rel(new Rel("succeeded-by", "ccg-" + to.ods(), since, null, share,
                        "Share of the CCG's 2011 LSOAs that lie in the successor's area (" + step + ": " + change
                                + "); from the day after the CCG closed (ODS)", src(InputFiles.CCG_SUCCESSORS)));
            } else {
                ccgBodies.get(from.ods()).rel(new Rel("transferred-area-to", "ccg-" + to.ods(), toDate, null, share,
                        "Boundary change between CCGs that both continue: this share of the CCG's 2011 LSOAs lies in "
                                + names.get("ccg-" + to.ods()) + "'s area from the lookup of " + Period.format(toDate) + " (" + step + ": "
                                + change + ")", src(InputFiles.CCG_SUCCESSORS)));
            }
        }
        // The ICBs that took over each CCG that lasted until 30 June 2022.
        for (Ccg c : ccgs.values()) {
            if (c.icbByLsoa() == null || !c.to().equals(CCG_LAST_DAY)) {
                continue;
            }
            Map<String, Double> exact = icbShares.getOrDefault(c.ods(), Map.of());
            for (String part : c.icbByLsoa().split(";")) {
                Matcher m = ICB_SHARE.matcher(part);
                if (!m.matches()) {
                    throw c.row().error("icb_2022_by_lsoa", "column 'icb_2022_by_lsoa' has '" + part.trim()
                            + "'; expected ICB codes with shares, such as 'QOP (87%); QJ2 (13%)'");
                }
                String icb = m.group(1);
                if (!icbs.containsKey(icb)) {
                    throw c.row().error("icb_2022_by_lsoa", "ICB " + icb + " is not in " + InputFiles.ICB_2022);
                }
                Double share = exact.get(icb);
                String how = "share of the CCG's 2011 LSOAs in the ICB's area, from " + InputFiles.CCG_SUCCESSORS
                        + " and " + InputFiles.SICBL_2022 + " (" + InputFiles.CCG_MASTER + " gives " + m.group(2) + "%)";
                if (share == null) {
                    share = Double.parseDouble(m.group(2)) / 100;
                    how = "share of the CCG's 2011 LSOAs in the ICB's area (" + InputFiles.CCG_MASTER + ")";
                }
                share = Generated.round4(share);
                if (share <= 0) {
                    continue;
                }
                ccgBodies.get(c.ods()).rel(new Rel("succeeded-by", "icb-" + icb, ICB_START, null, share,
                        "The ICB took over the CCG's commissioning on 1 July 2022; " + how, src(InputFiles.CCG_MASTER)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // ICBs and sub-ICB locations

    private void readIcbs() {
        CsvTable t = table(InputFiles.ICB_2022, "icb_ons_code", "icb_ods_code", "icb_name", "nhs_region_ods_code",
                "sub_icb_locations");
        for (CsvRow r : t.rows()) {
            String ods = r.code("icb_ods_code");
            Icb i = new Icb(ods, r.code("icb_ons_code"), r.required("icb_name", "the ICB's name"),
                    r.code("nhs_region_ods_code"), r.integer("sub_icb_locations"), r);
            if (icbs.put(ods, i) != null) {
                throw r.error("icb_ods_code", "ICB " + ods + " is listed twice");
            }
            lifetimes.put("icb-" + ods, new LocalDate[] {ICB_START, null});
            names.put("icb-" + ods, i.name());
        }
        CsvTable s = table(InputFiles.SICBL_2022, "sicbl22_ons_code", "sicbl22_ods_code", "sicbl22_name",
                "icb22_ods_code", "ods_open_date", "ods_close_date");
        for (CsvRow r : s.rows()) {
            String ods = r.code("sicbl22_ods_code");
            String icb = r.code("icb22_ods_code");
            if (!icbs.containsKey(icb)) {
                throw r.error("icb22_ods_code", "ICB " + icb + " is not in " + InputFiles.ICB_2022);
            }
            r.odsDate("ods_open_date");
            LocalDate close = r.odsDate("ods_close_date");
            if (close != null && close.isBefore(ICB_START)) {
                throw r.error("ods_close_date", "sub-ICB location " + ods + " closes on " + close + ", before it "
                        + "began on 1 July 2022");
            }
            Sicbl x = new Sicbl(ods, r.code("sicbl22_ons_code"), r.required("sicbl22_name", "the name"), icb, close, r);
            if (sicbls.put(ods, x) != null) {
                throw r.error("sicbl22_ods_code", "sub-ICB location " + ods + " is listed twice");
            }
            lifetimes.put("sicbl-" + ods, new LocalDate[] {ICB_START, close});
            names.put("sicbl-" + ods, x.name());
        }
    }

    private List<Body> icbBodies() {
        List<Body> out = new ArrayList<>();
        Map<String, Body> icbBody = new TreeMap<>();
        for (Icb i : icbs.values()) {
            requireRegion(i.row(), "nhs_region_ods_code", i.region());
            Body b = new Body("icb-" + i.ods(), i.name(), "icb").period(ICB_START, null);
            b.parent = "nhs-england";
            b.source(src(InputFiles.ICB_2022));
            b.code("ODS", i.ods(), ICB_START, null);
            b.code("ONS", i.ons(), ICB_START, null);
            b.summary = i.name() + ", an Integrated Care Board from 1 July 2022 (ODS " + i.ods() + "), in the "
                    + names.get("region-" + i.region()) + " region.";
            b.rel(new Rel("in-region", "region-" + i.region(), ICB_START, null, null, "The region of its sub-ICB "
                    + "locations in ODS (" + InputFiles.ICB_2022 + ")", src(InputFiles.ICB_2022)));
            b.fact("Sub-ICB locations (July 2022)", Integer.toString(i.sicblCount()), src(InputFiles.ICB_2022));
            icbBody.put(i.ods(), b);
            out.add(b);
        }
        Map<String, Body> sicblBody = new TreeMap<>();
        for (Sicbl s : sicbls.values()) {
            Body b = new Body("sicbl-" + s.ods(), s.name(), "sub-icb-location").period(ICB_START, s.to());
            b.parent = "icb-" + s.icb();
            b.source(src(InputFiles.SICBL_2022));
            b.code("ODS", s.ods(), ICB_START, s.to());
            b.code("ONS", s.ons(), ICB_START, s.to());
            b.summary = s.name() + ", a sub-ICB location of " + names.get(b.parent) + " from 1 July 2022.";
            LocalDate odsOpen = s.row().odsDate("ods_open_date");
            if (odsOpen != null && odsOpen.isBefore(ICB_START)) {
                b.fact("ODS code", s.ods() + " is the code of the CCG it replaced: ODS gives it the CCG's open date, "
                        + Period.format(odsOpen) + ", and a sub-ICB location keeps its CCG's ODS code",
                        src(InputFiles.SICBL_2022));
            }
            sicblBody.put(s.ods(), b);
            out.add(b);
        }
        // What the 2024 lookup says differently. It is not dated within 2024, so it is recorded as facts.
        CsvTable s24 = table(InputFiles.SICBL_2024, "sicbl24_ons_code", "sicbl24_ods_code", "sicbl24_name",
                "icb24_ons_code", "icb24_ods_code", "icb24_name");
        Set<String> seen24 = new TreeSet<>();
        Map<String, String> icbOns24 = new TreeMap<>();
        Map<String, String> icbName24 = new TreeMap<>();
        String in2024 = "In the ONS 2024 lookup (" + InputFiles.SICBL_2024 + ", not dated within 2024)";
        for (CsvRow r : s24.rows()) {
            String ods = r.code("sicbl24_ods_code");
            String icb = r.code("icb24_ods_code");
            icbOns24.put(icb, r.code("icb24_ons_code"));
            icbName24.put(icb, r.required("icb24_name", "the ICB's name"));
            Sicbl s = sicbls.get(ods);
            if (s == null) {
                continue; // a sub-ICB location new after 2022; the 2022 files do not describe it
            }
            seen24.add(ods);
            Body b = sicblBody.get(ods);
            List<String> diffs = new ArrayList<>();
            if (!icb.equals(s.icb())) {
                diffs.add("it is in ICB " + icb + " (" + r.get("icb24_name").trim() + "), not " + s.icb());
            }
            String ons = r.code("sicbl24_ons_code");
            if (!ons.equals(s.ons())) {
                diffs.add("its ONS code is " + ons + " (it was " + s.ons() + " in July 2022; a GSS code changes when "
                        + "a boundary changes)");
            }
            String name = r.required("sicbl24_name", "the name");
            if (!name.equals(s.name())) {
                diffs.add("its name is '" + name + "'");
            }
            if (!diffs.isEmpty()) {
                b.fact(in2024, capitalise(Timeline.and(diffs)) + "; the files do not say when this changed",
                        src(InputFiles.SICBL_2024));
            }
        }
        for (Sicbl s : sicbls.values()) {
            if (!seen24.contains(s.ods()) && !s24.rows().isEmpty()) {
                sicblBody.get(s.ods()).fact(in2024, "Not listed", src(InputFiles.SICBL_2024));
            }
        }
        CsvTable i24 = table(InputFiles.ICB_2024, "ICB24CD", "ICB24CDH", "ICB24NM");
        for (CsvRow r : i24.rows()) {
            icbOns24.put(r.code("ICB24CDH"), r.code("ICB24CD"));
            icbName24.put(r.code("ICB24CDH"), r.required("ICB24NM", "the ICB's name"));
        }
        String in2024icb = "In the ONS 2024 lists (" + InputFiles.ICB_2024 + " of December 2024, "
                + InputFiles.SICBL_2024 + ")";
        for (Icb i : icbs.values()) {
            Body b = icbBody.get(i.ods());
            List<String> diffs = new ArrayList<>();
            String ons = icbOns24.get(i.ods());
            String name = icbName24.get(i.ods());
            if (ons == null) {
                diffs.add("it is not listed");
            } else {
                if (!ons.equals(i.ons())) {
                    diffs.add("its ONS code is " + ons + " (it was " + i.ons() + " in July 2022; a GSS code changes "
                            + "when a boundary changes)");
                }
                if (!name.equals(i.name())) {
                    diffs.add("its name is '" + name + "'");
                }
            }
            if (!diffs.isEmpty()) {
                b.fact(in2024icb, capitalise(Timeline.and(diffs)) + "; the files do not say when this changed",
                        src(InputFiles.ICB_2024));
            }
        }

        // Sub-ICB locations cover upper-tier areas (July 2022 LSOA lookup); ICBs are members of their HWBs.
        CsvTable panel = table(InputFiles.LSOA_PANEL, "LSOA11CD", "sicbl22_ods", "icb22_ods", "lad22_code");
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Integer> mapYears = new HashMap<>();
        for (CsvRow r : panel.rows()) {
            String sicbl = r.code("sicbl22_ods");
            Sicbl s = sicbls.get(sicbl);
            if (s == null) {
                throw r.error("sicbl22_ods", "sub-ICB location " + sicbl + " is not in " + InputFiles.SICBL_2022);
            }
            String icb = r.code("icb22_ods");
            if (!icb.equals(s.icb())) {
                throw r.error("icb22_ods", "ICB " + icb + " differs from " + s.icb() + ", the ICB of " + sicbl + " in "
                        + InputFiles.SICBL_2022);
            }
            String lad = r.code("lad22_code");
            int[] year = new int[1];
            String utla = utlaOf(lad, 2022, r, "lad22_code", year);
            mapYears.put(sicbl + "|" + utla, year[0]);
            counts.computeIfAbsent(sicbl, k -> new TreeMap<>()).merge(utla, 1, Integer::sum);
            totals.merge(sicbl, 1, Integer::sum);
        }
        Map<String, Set<String>> icbUtlas = new TreeMap<>();
        for (var e : counts.entrySet()) {
            Sicbl s = sicbls.get(e.getKey());
            Body b = sicblBody.get(s.ods());
            for (var u : e.getValue().entrySet()) {
                double share = Generated.round4((double) u.getValue() / totals.get(s.ods()));
                LocalDate[] life = lifetimes.get("la-" + u.getKey());
                LocalDate to = s.to();
                String note = "Share of its 2011 LSOAs in this upper-tier area (ONS LSOA to sub-ICB location lookup "
                        + "of July 2022; districts grouped by " + InputFiles.LTLA_UTLA + " "
                        + mapYears.get(s.ods() + "|" + u.getKey()) + ")";
                if (life[1] != null && (to == null || to.isAfter(life[1]))) {
                    to = life[1];
                    note += "; until " + names.get("la-" + u.getKey()) + " ended (it is not in the "
                            + InputFiles.UTLA + " lists after " + utlas.get(u.getKey()).lastYear() + "): "
                            + "the files have no LSOA lookup for the authorities that followed it";
                }
                if (share > 0) {
                    b.rel(new Rel("covers", "la-" + u.getKey(), ICB_START, to, share, note, src(InputFiles.LSOA_PANEL)));
                }
                icbUtlas.computeIfAbsent(s.icb(), k -> new TreeSet<>()).add(u.getKey());
            }
        }
        for (var e : icbUtlas.entrySet()) {
            Body b = icbBody.get(e.getKey());
            for (String utla : e.getValue()) {
                LocalDate[] life = lifetimes.get("hwb-" + utla);
                b.rel(new Rel("member-of", "hwb-" + utla, ICB_START, life[1], null, "Its sub-ICB locations cover part "
                        + "of this area (ONS LSOA lookup of July 2022); the Health and Wellbeing Board's statutory "
                        + "membership includes the NHS commissioners for its area", src(InputFiles.LSOA_PANEL)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------
    // Local authorities and Health and Wellbeing Boards

    private void readLocalAuthorities() {
        CsvTable u = table(InputFiles.UTLA, "year", "utla_code", "utla_name", "utla_type");
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, TreeMap<Integer, CsvRow>> byCode = new TreeMap<>();
        for (CsvRow r : u.rows()) {
            int year = r.year("year");
            years.add(year);
            String code = r.code("utla_code");
            if (byCode.computeIfAbsent(code, k -> new TreeMap<>()).put(year, r) != null) {
                throw r.error("utla_code", code + " is listed twice in " + year);
            }
        }
        for (var e : byCode.entrySet()) {
            TreeMap<Integer, CsvRow> rows = e.getValue();
            int first = rows.firstKey();
            int last = rows.lastKey();
            LocalDate from = first == years.first() ? null : LocalDate.of(first, 4, 1);
            Integer absent = years.higher(last);
            LocalDate to = absent == null ? null : LocalDate.of(absent, 4, 1).minusDays(1);
            String gap = null;
            List<String> missing = years.subSet(first, true, last, true).stream().filter(y -> !rows.containsKey(y))
                    .map(String::valueOf).toList();
            if (!missing.isEmpty()) {
                gap = "Not listed in " + Timeline.and(missing) + ", though listed before and after";
            }
            CsvRow latest = rows.lastEntry().getValue();
            Utla x = new Utla(e.getKey(), latest.required("utla_name", "the authority's name"),
                    latest.required("utla_type", "county, unitary authority, metropolitan district or London borough"),
                    from, to, first, last, gap);
            utlas.put(x.code(), x);
            lifetimes.put("la-" + x.code(), new LocalDate[] {from, to});
            lifetimes.put("hwb-" + x.code(), new LocalDate[] {from, to});
            names.put("la-" + x.code(), x.name());
            names.put("hwb-" + x.code(), x.name() + " Health and Wellbeing Board");
        }
        CsvTable l = table(InputFiles.LTLA_UTLA, "year", "ltla_code", "ltla_name", "utla_code");
        for (CsvRow r : l.rows()) {
            int year = r.year("year");
            String utla = r.code("utla_code");
            TreeMap<Integer, CsvRow> known = byCode.get(utla);
            if (known == null || !known.containsKey(year)) {
                throw r.error("utla_code", "upper-tier authority " + utla + " is not in " + InputFiles.UTLA + " for "
                        + year);
            }
            String ltla = r.code("ltla_code");
            if (ltlaToUtla.computeIfAbsent(year, k -> new HashMap<>()).put(ltla, utla) != null) {
                throw r.error("ltla_code", ltla + " is listed twice in " + year);
            }
            ltlaNames.computeIfAbsent(year, k -> new TreeMap<>()).put(ltla, r.required("ltla_name", "the name"));
        }
    }

    /**
     * The upper-tier authority of a district in a year: from the same year's lookup if there is one, else the
     * nearest earlier year's, else the nearest later year's.
     */
    private String utlaOf(String ltla, int year, CsvRow r, String column, int[] usedYear) {
        List<Integer> order = new ArrayList<>();
        if (ltlaToUtla.containsKey(year)) {
            order.add(year);
        }
        order.addAll(ltlaToUtla.headMap(year, false).descendingKeySet());
        order.addAll(ltlaToUtla.tailMap(year, false).keySet());
        for (int y : order) {
            String u = ltlaToUtla.get(y).get(ltla);
            if (u != null) {
                usedYear[0] = y;
                return u;
            }
        }
        throw r.error(column, "district " + ltla + " is not in " + InputFiles.LTLA_UTLA + " for any year; expected a "
                + "lower-tier local authority code that the lookup lists");
    }

    private List<Body> localAuthorityBodies() {
        List<Body> out = new ArrayList<>();
        String utlaSrc = src(InputFiles.UTLA);
        for (Utla u : utlas.values()) {
            Body la = new Body("la-" + u.code(), u.name(), "local-authority").period(u.from(), u.to());
            la.source(utlaSrc);
            la.code("ONS", u.code(), u.from(), u.to());
            String range = u.firstYear() == u.lastYear() ? Integer.toString(u.firstYear())
                    : u.firstYear() + "–" + u.lastYear();
            la.summary = u.name() + ", an English upper-tier local authority (" + u.type() + ") in the ONS lookups of "
                    + range + ".";
            la.fact("Type", u.type(), utlaSrc);
            Map<String, String> ltlas = new TreeMap<>();
            int lastYear = 0;
            for (var e : ltlaToUtla.entrySet()) {
                Map<String, String> found = new TreeMap<>();
                e.getValue().forEach((ltla, utla) -> {
                    if (utla.equals(u.code())) {
                        found.put(ltlaNames.get(e.getKey()).get(ltla), ltla);
                    }
                });
                if (!found.isEmpty()) {
                    ltlas = found;
                    lastYear = e.getKey();
                }
            }
            if (ltlas.size() > 1 || (ltlas.size() == 1 && !ltlas.values().iterator().next().equals(u.code()))) {
                la.fact("Lower-tier authorities (" + lastYear + ")", String.join(", ", ltlas.keySet()),
                        src(InputFiles.LTLA_UTLA));
            }
            if (u.from() == null) {
                la.fact("Start", "In the first lookup (2018); the files do not say when it began", utlaSrc);
            }
            if (u.gapNote() != null) {
                la.fact("Gap", u.gapNote(), utlaSrc);
            }
            if (u.firstYear() > 2022) {
                la.fact("NHS bodies covering it", "Not derived: the files hold no LSOA lookup after July 2022, before "
                        + "this authority began", utlaSrc);
            }
            out.add(la);
            Body hwb = new Body("hwb-" + u.code(), u.name() + " Health and Wellbeing Board", "hwb")
                    .period(u.from(), u.to());
            hwb.parent = la.id;
            hwb.source(utlaSrc);
            hwb.summary = "The Health and Wellbeing Board of " + u.name() + ".";
            hwb.fact("Area", "The area of the upper-tier local authority " + u.name() + ". SOURCES.md, on "
                    + InputFiles.UTLA + ": 'Each area has one Health and Wellbeing Board (HWB) area.'", utlaSrc);
            out.add(hwb);
        }
        return out;
    }

    /** CCG covers upper-tier areas (with shares) and is a member of their HWBs. */
    private void addCoverage() {
        CsvTable t = table(InputFiles.CCG_LAD, "year", "as_at", "ccg_ods_code", "lad_code", "lsoa_count",
                "ccg_lsoa_total");
        LocalDate sicblDate = null;
        for (var e : snapshotDates.entrySet()) {
            if (!ccgSnapshotDates.contains(e.getValue())) {
                sicblDate = e.getValue();
            }
        }
        Map<String, Map<LocalDate, Map<String, Integer>>> counts = new HashMap<>();
        Map<String, Map<LocalDate, Integer>> totals = new HashMap<>();
        Map<LocalDate, Set<Integer>> mapYears = new TreeMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (CsvRow r : t.rows()) {
            int year = r.year("year");
            LocalDate asAt = r.isoDate("as_at");
            if (asAt.equals(sicblDate)) {
                continue; // sub-ICB locations: their coverage comes from the LSOA panel
            }
            Ccg c = ccg(r, "ccg_ods_code");
            checkExists(c, asAt, r, "ccg_ods_code");
            dates.add(asAt);
            int[] used = new int[1];
            String utla = utlaOf(r.code("lad_code"), year, r, "lad_code", used);
            mapYears.computeIfAbsent(asAt, k -> new TreeSet<>()).add(used[0]);
            counts.computeIfAbsent(c.ods(), k -> new HashMap<>()).computeIfAbsent(asAt, k -> new TreeMap<>())
                    .merge(utla, r.integer("lsoa_count"), Integer::sum);
            int total = r.integer("ccg_lsoa_total");
            Integer known = totals.computeIfAbsent(c.ods(), k -> new HashMap<>()).putIfAbsent(asAt, total);
            if (known != null && known != total) {
                throw r.error("ccg_lsoa_total", "ccg_lsoa_total is " + total + " but another row of " + c.ods() + " as at "
                        + asAt + " says " + known);
            }
            if (total <= 0) {
                throw r.error("ccg_lsoa_total", "ccg_lsoa_total is " + total + "; expected a positive count");
            }
        }
        String lookupYears = mapYears.values().stream().flatMap(Set::stream).distinct().sorted().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
        for (Ccg c : ccgs.values()) {
            Map<LocalDate, Map<String, Integer>> byDate = counts.get(c.ods());
            TreeMap<LocalDate, Obs> share = new TreeMap<>();
            TreeMap<LocalDate, Obs> member = new TreeMap<>();
            if (byDate != null) {
                for (var e : byDate.entrySet()) {
                    int total = totals.get(c.ods()).get(e.getKey());
                    Map<String, Object> shares = new TreeMap<>();
                    Map<String, Object> hwbs = new TreeMap<>();
                    for (var u : e.getValue().entrySet()) {
                        double s = Generated.round4((double) u.getValue() / total);
                        if (s > 0) {
                            shares.put("la-" + u.getKey(), s);
                            hwbs.put("hwb-" + u.getKey(), "");
                        }
                    }
                    String label = Period.format(e.getKey());
                    String group = "ONS LSOA to CCG to district lookups as at";
                    share.put(e.getKey(), new Obs(e.getKey(), group, label, src(InputFiles.CCG_LAD), shares));
                    member.put(e.getKey(), new Obs(e.getKey(), group, label, src(InputFiles.CCG_LAD), hwbs));
                }
            }
            Body b = ccgBodies.get(c.ods());
            addRuns(b, c, "covers", observations(c, dates, share, false), dates,
                    "Share of the CCG's 2011 LSOAs in this upper-tier area (districts grouped by " + InputFiles.LTLA_UTLA
                            + ", " + lookupYears + ")");
            addRuns(b, c, "member-of", observations(c, dates, member, false), dates,
                    "The CCG covers part of this area, and a Health and Wellbeing Board's statutory membership includes "
                            + "each CCG for its area");
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Checks and output

    private void checkTargets(List<Body> all) {
        Set<String> ids = new TreeSet<>();
        for (Body b : all) {
            if (!ids.add(b.id)) {
                throw new IllegalStateException("the import made two bodies with id " + b.id);
            }
        }
        ids.add("nhs-england");
        for (Body b : all) {
            if (b.parent != null && !ids.contains(b.parent)) {
                throw new IllegalStateException(b.id + " has parent " + b.parent + ", which the import did not make");
            }
            for (Rel r : b.relationships) {
                if (!ids.contains(r.target())) {
                    throw new IllegalStateException(b.id + " has a relationship to " + r.target()
                            + ", which the import did not make");
                }
            }
        }
    }

    private String comment(Collection<String> files) {
        return "Generated by `import-ons-ods` from the CSV files in " + shownDir + " (" + String.join(", ", files)
                + "; see the sources in sources.json). Do not edit by hand: the next import replaces this file. Put "
                + "hand-written detail in \"amend\" entries in another file of the dataset.";
    }

    private OutputFile sourcesFile() {
        ObjectNode root = F.objectNode();
        root.put("$comment", comment(tables.keySet()));
        ArrayNode sources = root.putArray("sources");
        Map<String, InputFiles.Info> byId = new TreeMap<>();
        for (String file : tables.keySet()) {
            InputFiles.Info i = InputFiles.info(file);
            byId.put(i.sourceId(), i);
        }
        for (InputFiles.Info i : byId.values()) {
            ObjectNode s = sources.addObject();
            s.put("id", i.sourceId());
            s.put("title", i.file() + ": " + i.what());
            s.put("publisher", i.publisher());
            s.put("licence", InputFiles.OGL);
            s.put("note", i.origin());
        }
        return new OutputFile("sources.json", OutputWriter.render(root), 0, byId.size(), 0);
    }

    private OutputFile part(String name, List<Body> bodies, List<String> files) {
        ObjectNode root = F.objectNode();
        root.put("$comment", comment(files));
        ArrayNode arr = root.putArray("bodies");
        List<Body> sorted = new ArrayList<>(bodies);
        sorted.sort((a, b) -> a.id.compareTo(b.id));
        int rels = 0;
        for (Body b : sorted) {
            arr.add(b.toJson());
            rels += b.relationships.size();
        }
        return new OutputFile(name, OutputWriter.render(root), sorted.size(), 0, rels);
    }
}
