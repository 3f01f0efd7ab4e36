package org.commissioningexplorer.core.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the importer knows about each CSV file it reads: what it is, who publishes it and where the copy in
 * the data folder came from, as the folder's SOURCES.md describes it. Each becomes a source of the dataset
 * with the id {@code data-} and the file's stem, underscores turned into hyphens.
 */
final class InputFiles {

    static final String ONS = "Office for National Statistics";
    static final String ODS = "NHS Digital (Organisation Data Service)";
    static final String BOTH = ONS + "; " + ODS;
    static final String OGL = "Open Government Licence v3.0";

    private static final String OPENPRESCRIBING = "ebmdatalab/openprescribing";
    private static final String ONS_LOOKUPS = "jtrim-ons/ons-lookups @ 85d0ba6e476badf3861d8dc7485aecf40598d031";

    /**
     * One input file.
     *
     * @param title the product it is, in a trainer's words ("ONS CCG lists"), as the Sources list shows it
     * @param date  the dates it covers or was published, as words
     * @param what  what it holds
     * @param origin where the copy came from (repository, commit), for maintainers
     */
    record Info(String file, String title, String date, String what, String publisher, String origin) {
        String sourceId() {
            return sourceId(file);
        }

        static String sourceId(String file) {
            String stem = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
            return "data-" + stem.replace('_', '-');
        }
    }

    static final String CCG_MASTER = "ccg_master.csv";
    static final String CCG_LIST = "ccg_list_by_year.csv";
    static final String CCG_LAD = "ccg_lad_by_year.csv";
    static final String CCG_SUCCESSORS = "ccg_successors_by_lsoa.csv";
    static final String CCG_STP = "ccg_stp_by_year.csv";
    static final String CCG_REGION = "ccg_nhs_region_2013_2017_2018.csv";
    static final String REGIONS = "nhs_england_regions_by_year.csv";
    static final String AREA_TEAMS = "ons_nhs_area_teams_2013.csv";
    static final String CCG13_AREA_TEAMS = "ons_ccg13_area_team_commissioning_region_2013.csv";
    static final String ECCG_2016 = "ods_eccg_2016_02.csv";
    static final String ECCG_2018 = "ods_eccg_2018_11.csv";
    static final String ECCG_2025 = "ods_eccg_2025.csv";
    static final String EAUTH = "ods_eauth_2018_11.csv";
    static final String STP_2020 = "ons_stp_2020_names_codes.csv";
    static final String ICB_2024 = "ons_icb_2024_names_codes.csv";
    static final String ICB_2022 = "icb_2022.csv";
    static final String SICBL_2022 = "sicbl_icb_2022.csv";
    static final String SICBL_2024 = "sicbl_icb_2024.csv";
    static final String LSOA_PANEL = "lsoa11_ccg_panel_2015_2022.csv";
    static final String LTLA_UTLA = "ltla_utla_by_year.csv";
    static final String UTLA = "utla_by_year.csv";

    /** Every file the importer reads, in the order they are listed in sources.json (sorted by id there). */
    static final Map<String, Info> ALL = new LinkedHashMap<>();

    private static void add(String file, String what, String publisher, String origin) {
        String[] t = TITLES.get(file);
        ALL.put(file, new Info(file, t[0], t[1], what, publisher, origin));
    }

    /** The product each file is, and its dates, as a trainer's Sources list names it. */
    private static final Map<String, String[]> TITLES = Map.ofEntries(
            Map.entry(CCG_MASTER, new String[] {"Clinical Commissioning Groups: codes, names and dates (ONS lookups "
                    + "with NHS Digital ODS dates)", "2013–2022"}),
            Map.entry(CCG_LIST, new String[] {"ONS lists of Clinical Commissioning Groups, and of sub-ICB locations",
                    "April 2013, 2015–2021 and July 2022"}),
            Map.entry(CCG_LAD, new String[] {"ONS LSOA (2011) to CCG to local authority district lookups",
                    "2015–2022"}),
            Map.entry(CCG_SUCCESSORS, new String[] {"ONS LSOA (2011) to CCG lookups, compared from one year to the "
                    + "next", "2015–2022"}),
            Map.entry(CCG_STP, new String[] {"ONS CCG to Sustainability and Transformation Partnership lookups",
                    "2017–2021"}),
            Map.entry(CCG_REGION, new String[] {"ONS CCG to NHS England area team, local office and region lookups",
                    "2013, 2017 and 2018"}),
            Map.entry(REGIONS, new String[] {"ONS lists of NHS England regions", "2013, 2017, 2018, 2019 and 2022"}),
            Map.entry(AREA_TEAMS, new String[] {"ONS NHS area teams: names and codes", "April 2013"}),
            Map.entry(CCG13_AREA_TEAMS, new String[] {"ONS CCG to NHS area team to NHS commissioning region lookup",
                    "April 2013"}),
            Map.entry(ECCG_2016, new String[] {"NHS Digital ODS file of CCGs and commissioning hubs (eccg)",
                    "February 2016"}),
            Map.entry(ECCG_2018, new String[] {"NHS Digital ODS file of CCGs and commissioning hubs (eccg)",
                    "November 2018"}),
            Map.entry(ECCG_2025, new String[] {"NHS Digital ODS file of CCGs and sub-ICB locations (eccg)",
                    "2025 (extract date not stated)"}),
            Map.entry(EAUTH, new String[] {"NHS Digital ODS file of NHS England regions and local offices (eauth)",
                    "November 2018"}),
            Map.entry(STP_2020, new String[] {"ONS Sustainability and Transformation Partnerships: names and codes",
                    "April 2020"}),
            Map.entry(ICB_2024, new String[] {"ONS Integrated Care Boards: names and codes", "December 2024"}),
            Map.entry(ICB_2022, new String[] {"ONS LSOA (2011) to sub-ICB location to ICB lookup, with NHS Digital "
                    + "ODS regions", "July 2022"}),
            Map.entry(SICBL_2022, new String[] {"ONS sub-ICB location to ICB lookup, with NHS Digital ODS dates",
                    "July 2022"}),
            Map.entry(SICBL_2024, new String[] {"ONS LSOA (2021) to sub-ICB location to ICB lookup", "2024"}),
            Map.entry(LSOA_PANEL, new String[] {"ONS LSOA (2011) to CCG lookups, then to sub-ICB location and ICB",
                    "2015–2022"}),
            Map.entry(LTLA_UTLA, new String[] {"ONS lower-tier to upper-tier local authority lookups", "2018–2023"}),
            Map.entry(UTLA, new String[] {"ONS upper-tier local authorities", "2018–2023"}));

    static {
        add(CCG_MASTER, "one row per CCG / sub-ICB location ODS code seen in the ONS snapshots 2013–2021, with its "
                + "ONS codes by year, ODS open and close dates, 2013 area team and region, 2018 local office and "
                + "region, last STP, successor and 2022 ICBs", BOTH,
                "Assembled by a script from the ONS CCG lookups and ods_eccg_2025.csv (shared/data/nhs/SOURCES.md). "
                        + "ods_open_date and ods_close_date come from ods_eccg_2025; icb_2022_by_lsoa gives the ICBs "
                        + "covering the CCG's last-year area, with shares of its LSOAs.");
        add(CCG_LIST, "every CCG in each ONS snapshot, 2013 and 2015–2021, and the 2022 sub-ICB locations", ONS,
                "2013 from ebmdatalab/openprescribing : openprescribing/data/org_codes/CCG_APR_2013.csv @ "
                        + "2aab031b6d83d25a6247ccc85c5e9d0f8460d456; 2015–2022 the distinct CCGs in the ONS LSOA11→CCG "
                        + "lookups as at 2015-07-31 (csv/212.csv), 2016-04-01 (csv/211.csv), 2017-04-01 (csv/226.csv), "
                        + "2018-04-01 (csv/216.csv), 2019-04-01 (csv/217.csv), 2020-04-01 (csv/219.csv) of "
                        + ONS_LOOKUPS + ", 2021-04-01 (open-innovations/mental-health-data-map @ "
                        + "6040f2bb367db83f7ce40dac5b76fda6adcb7a03) and July 2022 (humaniverse/geographr "
                        + "lookup_lsoa11_sicbl22_icb22_ltla22.rda @ ae07d1e3432d28d21d2607b200c502c5fa6bf2d3) "
                        + "(shared/data/nhs/SOURCES.md).");
        add(CCG_LAD, "overlap of each CCG with local authority districts, 2015–2022, counted in 2011 LSOAs", ONS,
                "Derived from the ONS LSOA11→CCG→LAD lookups as at 2015-07-31 … 2020-04-01 (" + ONS_LOOKUPS
                        + "), 2021-04-01 and July 2022 (shared/data/nhs/SOURCES.md). share_of_ccg is the CCG's LSOAs "
                        + "in the district as a fraction of all its LSOAs.");
        add(CCG_SUCCESSORS, "where each CCG's 2011 LSOAs went between consecutive ONS snapshots, 2015→2016 … "
                + "2021→2022", ONS, "Derived from the same ONS LSOA lookups as ccg_lad_by_year.csv "
                + "(shared/data/nhs/SOURCES.md); it rebuilds the mergers and boundary moves.");
        add(CCG_STP, "CCG to Sustainability and Transformation Partnership, 2017–2021", ONS,
                "From " + ONS_LOOKUPS + ": csv/066.csv (2017), csv/065.csv (2018), csv/028.csv (2019), csv/031.csv "
                        + "(2020, the only year with the STP ODS code); 2021 from humaniverse/geographr "
                        + "lookup_lsoa11_ccg21_stp21_ltla21.rda @ 34c44fc3851e2db30bf00c8ef54e22bc2d9894b4 "
                        + "(shared/data/nhs/SOURCES.md).");
        add(CCG_REGION, "CCG to NHS England sub-region (area team / local office) and region, 2013, 2017 and 2018",
                ONS, "2013 from the openprescribing CCG13_NHSAT13_NHSCR13 file (ODS codes joined from the 2013 names "
                        + "file); 2017 from " + ONS_LOOKUPS + " csv/222.csv (v3); 2018 from csv/202.csv "
                        + "(shared/data/nhs/SOURCES.md).");
        add(REGIONS, "NHS England (commissioning) regions in 2013, 2017, 2018, 2019 and 2022", ONS,
                "Assembled from the openprescribing 2013 lookup, " + ONS_LOOKUPS + " csv/222.csv, csv/202.csv and "
                        + "csv/246.csv, and the July 2022 NHS England regions attribute table in "
                        + "rcpch/rcpch-nhs-organisations @ af9b22cfafa9159d029686bdac49db0e2624a986 (ODS codes "
                        + "joined by name from the 2019 list) (shared/data/nhs/SOURCES.md).");
        add(AREA_TEAMS, "NHS area team names and codes, April 2013", ONS,
                "Copied from " + OPENPRESCRIBING + " : openprescribing/data/org_codes/NHSAT_APR_2013_EN_NC.csv @ "
                        + "2aab031b6d83d25a6247ccc85c5e9d0f8460d456 (shared/data/nhs/SOURCES.md). 25 area teams.");
        add(CCG13_AREA_TEAMS, "CCGs to NHS area teams and NHS England commissioning regions, April 2013", ONS,
                "Copied from " + OPENPRESCRIBING + " : openprescribing/data/org_codes/CCG13_NHSAT13_NHSCR13_EW_LU.csv "
                        + "@ 2aab031b6d83d25a6247ccc85c5e9d0f8460d456 (shared/data/nhs/SOURCES.md). 211 CCGs, 25 area "
                        + "teams, 4 commissioning regions.");
        add(ECCG_2016, "ODS eccg file of CCGs and commissioning hubs, as of February 2016", ODS,
                "Copied (8 of 27 columns) from " + OPENPRESCRIBING + " : openprescribing/data/org_codes/eccg.csv @ "
                        + "6e98b609f3366c969e669fc320aa03288bf71e81 (shared/data/nhs/SOURCES.md). national_grouping = "
                        + "commissioning region; high_level_health_geography = area team / local office.");
        add(ECCG_2018, "ODS eccg file of CCGs and commissioning hubs, November 2018", ODS,
                "Copied (trimmed) from " + OPENPRESCRIBING + " : openprescribing/pipeline/data/ccg_details/2018_11/"
                        + "eccg.csv @ 326ee35b33506ce6404da98c29c02ea7c98b4fa0 (shared/data/nhs/SOURCES.md).");
        add(ECCG_2025, "ODS eccg file listing every CCG since 2013 with open and close dates, and the sub-ICB "
                + "locations", ODS, "Copied (trimmed) from jhau/nhs-spend : data/eccg.csv @ "
                + "e602ea98154e694e9afddca87e50caef0b8488b9, committed 2025-12-29; the ODS extract date is not stated "
                + "(shared/data/nhs/SOURCES.md). For closed CCGs, national_grouping and high_level_health_geography "
                + "give the current NHS England region and ICB, not the historical ones.");
        add(EAUTH, "ODS eauth file of NHS England commissioning regions and local offices, November 2018", ODS,
                "Copied (trimmed) from " + OPENPRESCRIBING + " : openprescribing/pipeline/data/region_details/2018_11/"
                        + "eauth.csv @ 326ee35b33506ce6404da98c29c02ea7c98b4fa0 (shared/data/nhs/SOURCES.md).");
        add(STP_2020, "STPs (April 2020) names and codes, with their ODS codes", ONS,
                "Copied from " + ONS_LOOKUPS.replace(" @", " : csv/268.csv @") + " (shared/data/nhs/SOURCES.md). "
                        + "The same ODS codes are later used by the ICBs, such as QMM.");
        add(ICB_2024, "ICB (December 2024) names and codes", ONS,
                "Copied from jhau/nhs-spend : data/icb_names_codes_dec_2024.csv @ "
                        + "e602ea98154e694e9afddca87e50caef0b8488b9 (shared/data/nhs/SOURCES.md).");
        add(ICB_2022, "the 42 Integrated Care Boards of July 2022, with region and predecessor CCGs", BOTH,
                "Assembled from the ONS LSOA11→SICBL22→ICB22→LAD22 lookup (humaniverse/geographr @ "
                        + "ae07d1e3432d28d21d2607b200c502c5fa6bf2d3) and ods_eccg_2025.csv; the region is the ODS "
                        + "national grouping of the ICB's open sub-ICB locations (shared/data/nhs/SOURCES.md).");
        add(SICBL_2022, "sub-ICB location to ICB, July 2022, with ODS region and open and close dates", BOTH,
                "From the ONS LSOA11→SICBL22→ICB22→LAD22 lookup (humaniverse/geographr : "
                        + "data/lookup_lsoa11_sicbl22_icb22_ltla22.rda @ ae07d1e3432d28d21d2607b200c502c5fa6bf2d3), "
                        + "with ODS region, open date and close date from ods_eccg_2025.csv "
                        + "(shared/data/nhs/SOURCES.md).");
        add(SICBL_2024, "sub-ICB location to ICB, 2024", ONS,
                "From humaniverse/geographr : data/lookup_lsoa21_icb24.rda @ 8fa83ff1f9b5cebfc5c83dd4e28851a369f7ab2c, "
                        + "the ONS LSOA21_SICBL24_ICB24_CAL24_LAD24 lookup; the file gives no date within 2024 "
                        + "(shared/data/nhs/SOURCES.md).");
        add(LSOA_PANEL, "one row per 2011 LSOA: its CCG in each snapshot 2015–2021, then its 2022 sub-ICB location, "
                + "ICB and LAD22", ONS, "Built from the ONS LSOA lookups listed for ccg_list_by_year.csv "
                + "(shared/data/nhs/SOURCES.md); 32,844 English LSOAs.");
        add(LTLA_UTLA, "English lower-tier to upper-tier local authority lookups, 2018–2023", ONS,
                "From " + ONS_LOOKUPS + " csv/193.csv (2018, v2) and csv/177.csv (2019), and humaniverse/geographr "
                        + "lookup_ltla20_utla20.rda and lookup_ltla21_utla21.rda @ "
                        + "1c8f469132c5be1668cbbd97401a789e222202b8 and lookup_ltla23_utla23.rda @ "
                        + "c5fb617c7ece85f0857d9c9f14ad6c5812dc87b0; Welsh rows dropped (shared/data/nhs/SOURCES.md).");
        add(UTLA, "English upper-tier local authorities per year (2018–2023)", ONS,
                "Derived from ltla_utla_by_year.csv (shared/data/nhs/SOURCES.md): the distinct English upper-tier "
                        + "authorities of each year; utla_type from the code prefix (E06 unitary, E08 metropolitan "
                        + "district, E09 London borough, E10 county). Each area has one Health and Wellbeing Board "
                        + "(HWB) area.");
    }

    private InputFiles() {
    }

    static Info info(String file) {
        Info i = ALL.get(file);
        if (i == null) {
            throw new IllegalArgumentException("no description of " + file);
        }
        return i;
    }

    static String sourceId(String file) {
        return info(file).sourceId();
    }
}
