package org.commissioningexplorer.core.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.importer.Generated.Body;

/**
 * Reads the ONS and NHS ODS CSV files of a data folder (described in its SOURCES.md) and writes dataset part
 * files: NHS England's regions, area teams and local offices; every CCG with its codes, lifetime and dated
 * relationships; the STPs; the ICBs and sub-ICB locations; the upper-tier local authorities and their Health
 * and Wellbeing Boards; and one source per file read.
 *
 * <p>Each kind of body is one family's work ({@link CcgImport}, {@link RegionImport}, {@link CcgRegionLinks},
 * {@link StpImport}, {@link IcbImport}, {@link LocalAuthorityImport}, {@link SuccessionImport}); they share what
 * they read through one {@link ImportContext}, and this class runs them in order and writes what they made
 * ({@link PartFiles}).
 *
 * <p>Bad input (a missing file or column, a malformed row, a date that is not a date, a code that refers to
 * nothing) stops the import with an {@link ImportException} naming the file and line; nothing is written
 * then. Output replaces the old files only once every new file is complete.
 */
public final class OnsOdsImporter {

    /** The part files written, in this order. */
    public static final List<String> OUTPUT_FILES = List.of("sources.json", "nhs-england-regions.json", "ccgs.json",
            "stps.json", "icbs.json", "local-authorities.json");

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

    private final ImportContext ctx;

    private OnsOdsImporter(Path dir) {
        this.ctx = new ImportContext(dir);
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

    private Generation build() {
        CcgImport ccgs = new CcgImport(ctx);
        LocalAuthorityImport localAuthorities = new LocalAuthorityImport(ctx);
        RegionImport regions = new RegionImport(ctx);
        IcbImport icbs = new IcbImport(ctx);
        StpImport stps = new StpImport(ctx);

        // The order matters twice over: a family checks the codes it reads against the bodies that the families
        // before it registered (an STP's ICB, a CCG's region), and sources.json's comment lists the files in the
        // order they were first read.
        ccgs.read();
        EarlyMergers early = new EarlyMergers(ctx);
        early.moveStarts();
        localAuthorities.read();
        regions.read();
        icbs.read();
        stps.read();

        List<Body> regionBodies = regions.bodies();
        List<Body> laBodies = localAuthorities.bodies();
        List<Body> stpBodies = stps.bodies();
        List<Body> icbBodies = icbs.bodies();
        ccgs.buildBodies();

        // The relationships that need other families' bodies made: mostly the CCGs', which each family adds to.
        new CcgRegionLinks(ctx).add();
        stps.addCcgMembership();
        localAuthorities.addCcgCoverage();
        new SuccessionImport(ctx).add();
        early.addLinks();
        stps.addSuccessors();

        List<Body> all = new ArrayList<>();
        all.addAll(regionBodies);
        all.addAll(ctx.ccgBodies.values());
        all.addAll(stpBodies);
        all.addAll(icbBodies);
        all.addAll(laBodies);
        PartFiles.checkTargets(all);

        PartFiles out = new PartFiles(ctx);
        List<OutputFile> files = new ArrayList<>();
        files.add(out.sources());
        files.add(out.part("nhs-england-regions.json", regionBodies,
                List.of(InputFiles.REGIONS, InputFiles.EAUTH, InputFiles.AREA_TEAMS, InputFiles.CCG13_AREA_TEAMS,
                        InputFiles.CCG_REGION)));
        files.add(out.part("ccgs.json", new ArrayList<>(ctx.ccgBodies.values()), List.of(InputFiles.CCG_MASTER,
                InputFiles.CCG_LIST, InputFiles.ECCG_2025, InputFiles.ECCG_2016, InputFiles.ECCG_2018,
                InputFiles.CCG_REGION, InputFiles.CCG_STP, InputFiles.STP_2020, InputFiles.CCG_LAD,
                InputFiles.LTLA_UTLA, InputFiles.CCG_SUCCESSORS, InputFiles.SICBL_2022, InputFiles.ICB_2022)));
        files.add(out.part("stps.json", stpBodies, List.of(InputFiles.CCG_STP, InputFiles.STP_2020,
                InputFiles.CCG_SUCCESSORS, InputFiles.ICB_2022)));
        files.add(out.part("icbs.json", icbBodies, List.of(InputFiles.ICB_2022, InputFiles.SICBL_2022,
                InputFiles.SICBL_2024, InputFiles.ICB_2024, InputFiles.LSOA_PANEL, InputFiles.LTLA_UTLA)));
        files.add(out.part("local-authorities.json", laBodies, List.of(InputFiles.UTLA, InputFiles.LTLA_UTLA)));
        return new Generation(files, ctx.filesRead().size());
    }
}
