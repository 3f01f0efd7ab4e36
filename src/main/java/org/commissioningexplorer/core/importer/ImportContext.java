package org.commissioningexplorer.core.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.commissioningexplorer.core.importer.Generated.Body;

/**
 * What the families of one import share: the CSV files read, the state built from them that more than one family
 * needs, a register of the bodies the import makes, and small helpers for names, codes and checks. A family
 * reads another's results only through this, so the order in which {@link OnsOdsImporter} runs them is the only
 * coupling between them.
 */
final class ImportContext {

    /** The last day CCGs existed: sub-ICB locations of the new ICBs replaced them on 1 July 2022. */
    static final LocalDate CCG_LAST_DAY = LocalDate.of(2022, 6, 30);
    static final LocalDate ICB_START = LocalDate.of(2022, 7, 1);
    static final Pattern LOCAL_OFFICE_CODE = Pattern.compile("Q\\d\\d");

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "on", "upon", "in", "with", "for", "by",
            "under", "at");
    private static final Set<String> UPPER_WORDS = Set.of("NHS", "CCG", "ICB", "STP", "UK", "H&J");

    /** A CCG as ccg_master.csv gives it; {@code to} is capped at {@link #CCG_LAST_DAY}. */
    record Ccg(String ods, CsvRow row, LocalDate from, LocalDate to, boolean noOdsCloseDate, String odsName,
               String icbByLsoa) {
    }

    /** A sub-ICB location of July 2022 (sicbl_icb_2022.csv). */
    record Sicbl(String ods, String ons, String name, String icb, LocalDate to, CsvRow row) {
    }

    /** An upper-tier local authority over the years of utla_by_year.csv that list it. */
    record Utla(String code, String name, String type, LocalDate from, LocalDate to, int firstYear, int lastYear,
                String gapNote) {
    }

    /** Either end may be null: open, or not known from the files. */
    record Lifetime(LocalDate from, LocalDate to) {
    }

    private final Path dir;
    private final Map<String, CsvTable> tables = new LinkedHashMap<>();
    private final Map<String, Lifetime> lifetimes = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    /** Every CCG in ccg_master.csv, by ODS code. */
    final Map<String, Ccg> ccgs = new TreeMap<>();
    /** The CCGs' bodies by ODS code, to which the other families add relationships. */
    final Map<String, Body> ccgBodies = new TreeMap<>();
    /** The date of each year's list in ccg_list_by_year.csv, whether of CCGs or of sub-ICB locations. */
    final TreeMap<Integer, LocalDate> listDateByYear = new TreeMap<>();
    /** The dates of the lists in ccg_list_by_year.csv that hold CCGs. */
    final TreeSet<LocalDate> ccgListDates = new TreeSet<>();
    /** The ODS code (Y) of each NHS England region, by its ONS code (E40). */
    final Map<String, String> regionByOnsCode = new HashMap<>();
    /** The ODS code (Q) of each NHS England local office, by the ONS code (E39) the CCG lookups give it. */
    final Map<String, String> localOfficeByOnsCode = new HashMap<>();
    /** The sub-ICB locations of July 2022, by ODS code. */
    final Map<String, Sicbl> sicbls = new TreeMap<>();
    /** The upper-tier local authorities, by ONS code. */
    final Map<String, Utla> utlas = new TreeMap<>();
    /** The upper-tier authority of each district (lower-tier authority), by lookup year. */
    final TreeMap<Integer, Map<String, String>> utlaOfLtla = new TreeMap<>();

    ImportContext(Path dir) {
        this.dir = dir;
    }

    // ------------------------------------------------------------------------------------------------------
    // The files read

    /** The file, read on first use, after checking it has the columns. */
    CsvTable table(String file, String... columns) {
        CsvTable t = tables.get(file);
        if (t == null) {
            t = CsvTable.read(dir.resolve(file), dir.resolve(file).toString());
            tables.put(file, t);
        }
        return t.require(columns);
    }

    /** ccg_successors_by_lsoa.csv, which both the CCGs' and the STPs' successions come from. */
    CsvTable ccgSuccessors() {
        return table(InputFiles.CCG_SUCCESSORS, "from_year", "to_year", "from_ods_code", "to_ods_code",
                "lsoas_shared", "from_lsoa_total", "share_of_from", "change");
    }

    /** The files read so far, in the order first read (the order the generated files' comments list them in). */
    Set<String> filesRead() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    /** The data folder as given, as the generated files' comments show it. */
    String shownDir() {
        return dir.toString();
    }

    static String src(String file) {
        return InputFiles.sourceId(file);
    }

    // ------------------------------------------------------------------------------------------------------
    // The bodies made: for capping relationships at their targets' ends, naming targets in notes, and
    // checking that a code in one file refers to a body that another file gave

    void register(String id, LocalDate from, LocalDate to, String name) {
        lifetimes.put(id, new Lifetime(from, to));
        names.put(id, name);
    }

    boolean made(String id) {
        return lifetimes.containsKey(id);
    }

    /** The lifetime of a body made, or null. */
    Lifetime lifetime(String id) {
        return lifetimes.get(id);
    }

    /** The name of a body made, or null. */
    String name(String id) {
        return names.get(id);
    }

    String nameOrId(String id) {
        return names.getOrDefault(id, id);
    }

    // ------------------------------------------------------------------------------------------------------
    // Checks and lookups shared by the families

    Ccg ccg(CsvRow r, String column) {
        String ods = r.code(column);
        Ccg c = ccgs.get(ods);
        if (c == null) {
            throw r.error(column, "CCG " + ods + " is not in " + InputFiles.CCG_MASTER
                    + "; every CCG code must have a row there");
        }
        return c;
    }

    void checkExists(Ccg c, LocalDate date, CsvRow r, String column) {
        if (c.from().isAfter(date) || c.to().isBefore(date)) {
            throw r.error(column, "CCG " + c.ods() + " is listed as at " + date + ", but by its ODS dates in "
                    + InputFiles.CCG_MASTER + " it existed from " + c.from() + " to " + c.to());
        }
    }

    void requireRegion(CsvRow r, String column, String y) {
        if (!made("region-" + y)) {
            throw r.error(column, "region " + y + " is not an NHS England region in " + InputFiles.EAUTH + " or "
                    + InputFiles.REGIONS);
        }
    }

    /** The date of the list in ccg_list_by_year.csv that holds no CCG: the sub-ICB locations', or null. */
    LocalDate subIcbListDate() {
        LocalDate d = null;
        for (LocalDate listed : listDateByYear.values()) {
            if (!ccgListDates.contains(listed)) {
                d = listed;
            }
        }
        return d;
    }

    /**
     * The upper-tier authority of a district in a year: from the same year's lookup if there is one, else the
     * nearest earlier year's, else the nearest later year's. {@code usedYear[0]} is set to the lookup's year.
     */
    String utlaOf(String ltla, int year, CsvRow r, String column, int[] usedYear) {
        List<Integer> order = new ArrayList<>();
        if (utlaOfLtla.containsKey(year)) {
            order.add(year);
        }
        order.addAll(utlaOfLtla.headMap(year, false).descendingKeySet());
        order.addAll(utlaOfLtla.tailMap(year, false).keySet());
        for (int y : order) {
            String u = utlaOfLtla.get(y).get(ltla);
            if (u != null) {
                usedYear[0] = y;
                return u;
            }
        }
        throw r.error(column, "district " + ltla + " is not in " + InputFiles.LTLA_UTLA + " for any year; expected a "
                + "lower-tier local authority code that the lookup lists");
    }

    // ------------------------------------------------------------------------------------------------------
    // Building bodies

    /**
     * Adds a body's ONS codes from the lists that give one a year: one code per run of lists with the same code,
     * from the list that first shows it (the first from {@code from}) to the day before the next run's.
     *
     * @param listDate the date of a year's list
     * @return how many codes were added
     */
    static int addOnsCodes(Body b, SortedMap<Integer, String> onsByYear, LocalDate from, LocalDate to,
                           IntFunction<LocalDate> listDate) {
        List<Map.Entry<Integer, String>> runs = new ArrayList<>();
        for (var e : onsByYear.entrySet()) {
            if (runs.isEmpty() || !runs.get(runs.size() - 1).getValue().equals(e.getValue())) {
                runs.add(e);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            LocalDate runFrom = i == 0 ? from : listDate.apply(runs.get(i).getKey());
            LocalDate runTo = i + 1 < runs.size() ? listDate.apply(runs.get(i + 1).getKey()).minusDays(1) : to;
            b.code("ONS", runs.get(i).getValue(), runFrom, runTo);
        }
        return runs.size();
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

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
