package org.rapporteur.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.export.CellKinds;
import org.rapporteur.export.Publication;
import org.rapporteur.export.RunManifest;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.store.FactReader;
import org.rapporteur.store.FactStore;
import org.rapporteur.tables.AnalystWorkbook;
import org.rapporteur.tables.Evidence;
import org.rapporteur.tables.ExportParts;
import org.rapporteur.tables.ExportPartsWriter;
import org.rapporteur.tables.ExportTables;
import org.rapporteur.tables.Lookups;
import org.rapporteur.tables.ParticipantRow;
import org.rapporteur.tables.TableFiles;
import org.rapporteur.tables.WorkbookFigures;
import org.rapporteur.tables.WorkbookNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every export table as CSV, all of them as one workbook, and the run's manifest, into a staging folder, and
 * publishes the set only when all are complete ({@link Publication}): a reader finds the previous complete set or the
 * new one, never a half-written file, and a crash costs a rerun. When everything the exports are made from is as it
 * was for the published set ({@link ExportsFingerprint}), nothing is written: the published set stands.
 */
class ExportTablesTasklet implements Tasklet {

    static final String WORKBOOK = "rapporteur.xlsx";
    /** Job execution context: "true" when this run published a new set, "false" when the published one stood. */
    static final String PUBLISHED = "rapporteur.published";
    private static final Logger log = LoggerFactory.getLogger(ExportTablesTasklet.class);

    private final FactReader facts;
    private final FactStore store;
    private final Path outputDirectory;
    private final Path overrides;
    private final Lookups lookups;
    private final boolean includePersonalData;
    private final List<String> trackedTopics;
    private final String codeFingerprint;
    static final String RESTRICTED = TableFiles.RESTRICTED;

    /**
     * @param overrides   the analyst's position overrides file; a missing file means none
     * @param lookups       entities' names, types and codes, bodies' names
     * @param trackedTopics the codebook's topics charted across meetings
     * @param codeFingerprint the code and codebook that made the stored facts and make the exports
     */
    ExportTablesTasklet(FactReader facts, FactStore store, Path outputDirectory, Path overrides,
                        Lookups lookups, boolean includePersonalData,
                        List<String> trackedTopics, String codeFingerprint) {
        this.codeFingerprint = codeFingerprint;
        this.includePersonalData = includePersonalData;
        this.trackedTopics = List.copyOf(trackedTopics);
        this.facts = facts;
        this.store = store;
        this.outputDirectory = outputDirectory;
        this.overrides = overrides;
        this.lookups = lookups;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        FactReader.FindingCounts stored = facts.findingCounts();
        long rejected = store.inputStatuses().stream().filter(FactStore.InputStatus::rejected).count();
        String fingerprint = ExportsFingerprint.of(store.inputsDigest(), codeFingerprint, overrides,
                includePersonalData);
        boolean full = "true".equals(job.getJobParameters().getString(NightlyJobConfiguration.FULL));
        // --full redoes everything: the exports too, even when what they are made from is as it was
        if (!full && RunManifest.publishedFingerprint(outputDirectory).filter(fingerprint::equals).isPresent()) {
            // the published data-quality.csv stands: its figures are those its manifest gives
            Map<String, Long> published = RunManifest.publishedCounts(outputDirectory);
            RunCounts counts = RunCounts.of(job, rejected, stored.rejectedInputs(),
                    published.getOrDefault("warnings", stored.warnings()),
                    published.getOrDefault("errors", stored.errors()));
            job.getExecutionContext().put(RunCounts.KEY, counts.asLine());
            job.getExecutionContext().putString(PUBLISHED, "false");
            log.info("Nothing changed since the published exports were written: they stand, in {}", outputDirectory);
            return RepeatStatus.FINISHED;
        }
        job.getExecutionContext().putString(PUBLISHED, "true");
        // the export runs once and briefly: compiling its code with C2 cost more CPU than that code saved
        if (org.rapporteur.operations.QuickCompiler.forTheRestOfTheRun()) {
            log.debug("Export: the optimising compiler is off for the rest of the run");
        }

        Publication publication = new Publication(outputDirectory);
        Path next = publication.prepare();
        Files.createDirectories(next.resolve(RESTRICTED));
        restrictAccess(next.resolve(RESTRICTED));
        List<String> names = new ArrayList<>();
        int meetings;
        RunCounts counts;
        // each meeting's rows as the published set holds them, under a key of what they are made from: a meeting
        // whose key is unchanged is copied from the published files, not read and built again (--full builds all)
        String settings = ExportsFingerprint.of("", codeFingerprint, overrides, includePersonalData);
        ExportParts earlier = full ? ExportParts.none() : ExportParts.published(outputDirectory, settings);
        Map<String, String> versions = new java.util.HashMap<>();
        store.inputStatuses().forEach(i -> versions.put(i.source(), i.sha256() + "@" + i.readInRun()));
        // closed whatever happens: a failed run (a full disk) leaves no file of its parts open
        try (ExportPartsWriter kept = new ExportPartsWriter(outputDirectory)) {
            Map<String, CellKinds> kinds;
            Map<String, org.rapporteur.tables.SheetPrint> sheets;
            // the published workbook's sheets of per-meeting tables stand when they would be written the same
            // the sheets show names beside codes and each attendance and participation row's sentence
            WorkbookNames beside = new WorkbookNames(lookups, new Evidence(facts));
            try (TableFiles files = new TableFiles(next, includePersonalData, outputDirectory, earlier.kinds(),
                    earlier.sheets(), outputDirectory.resolve(WORKBOOK), beside,
                    source -> versions.getOrDefault(source, ""))) {
                WorkbookFigures figures = new ExportTables(facts, PositionOverrides.read(overrides), lookups,
                        source -> versions.getOrDefault(source, "")).write(files, earlier, kept);
                kinds = files.kinds();
                log.info("Rows of {} meeting(s) copied from the published set, {} built from the store",
                        earlier.given(), figures.meetings().size() - earlier.given());
                if (!files.standing().isEmpty()) {
                    log.info("Sheets as the published workbook has them, their rows shown unchanged: {}",
                            String.join(", ", files.standing()));
                }
                // findings as data-quality.csv lists them, those of the export (overrides, superseded reports) included
                counts = RunCounts.of(job, rejected, stored.rejectedInputs(),
                        figures.findings().getOrDefault("WARNING", 0L), figures.findings().getOrDefault("ERROR", 0L));
                job.getExecutionContext().put(RunCounts.KEY, counts.asLine());
                names.addAll(files.commit());
                // names of persons from lists of participants: only under restricted/, unless the operator asks for them
                restrictAccess(next.resolve(RESTRICTED).resolve(ParticipantRow.TABLE.name() + ".csv"));
                List<FactStore.InputStatus> inputs = store.inputStatuses();
                files.workbook().finish(AnalystWorkbook.TITLE, AnalystWorkbook.intro(figures, inputs),
                        AnalystWorkbook.overview(figures, inputs), AnalystWorkbook.chartNotes(figures),
                        AnalystWorkbook.charts(figures, trackedTopics), next.resolve(WORKBOOK));
                sheets = files.sheets();
                meetings = figures.meetings().size();
            }
            if (includePersonalData) {
                // its participants sheet names persons: owner-only, like restricted/, and so is its copy in previous/
                restrictAccess(next.resolve(WORKBOOK));
            }
            names.add(WORKBOOK);
            RunManifest.write(next, manifest(job, counts, meetings, fingerprint), names);
            names.add(RunManifest.FILE);
            publication.publish(names);
            if (!kept.publish(settings, kinds, sheets)) {
                log.warn("The meetings' rows of this set were not kept for the next export: a table's rows cannot be "
                        + "read back from its CSV text (a column of two kinds of value, or text beginning with a "
                        + "quote and a formula sign); the next export is built whole");
            }
        }
        for (Path folder : List.of(outputDirectory.resolve(RESTRICTED), outputDirectory.resolve(Publication.PREVIOUS)
                .resolve(RESTRICTED))) {
            if (Files.isDirectory(folder)) {
                restrictAccess(folder);
            }
        }
        long tables = names.stream().filter(n -> n.endsWith(".csv") && !n.startsWith(RESTRICTED + "/")).count();
        log.info("Published {} tables, {} and {} in {}", tables, WORKBOOK, RunManifest.FILE, outputDirectory);
        contribution.incrementWriteCount(tables);
        return RepeatStatus.FINISHED;
    }

    private RunManifest.Run manifest(JobExecution job, RunCounts counts, int meetings, String fingerprint) {
        List<RunManifest.Input> inputs = new ArrayList<>();
        for (FactStore.InputStatus input : store.inputStatuses()) {
            String outcome = input.rejected() ? "REJECTED" : input.readInRun() == job.getId() ? "READ" : "UNCHANGED";
            inputs.add(new RunManifest.Input(input.kind(), input.source(), input.sha256(), outcome));
        }
        Map<String, Long> numbers = new LinkedHashMap<>();
        numbers.put("inputs", counts.found());
        numbers.put("read", counts.read());
        numbers.put("unchanged", counts.unchanged());
        numbers.put("rejected", counts.rejected());
        numbers.put("with_rejected_rows", counts.rowsRejected());
        numbers.put("retired", counts.retired());
        numbers.put("warnings", counts.warnings());
        numbers.put("errors", counts.errors());
        numbers.put("meetings", (long) meetings);
        return new RunManifest.Run(Versions.current(), job.getId(), iso(job.getStartTime()), Instant.now().toString(),
                job.getJobParameters().getString(NightlyJobConfiguration.INPUT),
                job.getJobParameters().getString(NightlyJobConfiguration.OUTPUT),
                "true".equals(job.getJobParameters().getString(NightlyJobConfiguration.FULL)), numbers, inputs,
                RetireRemovedInputsTasklet.retiredIn(job), fingerprint);
    }

    /** Owner only, where the file system has POSIX permissions: the folder holds personal data. */
    private static void restrictAccess(Path path) {
        try {
            java.nio.file.Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Cannot restrict access to {}: {}", path, e.getMessage());
        }
    }

    private static String iso(java.time.LocalDateTime time) {
        return time == null ? "" : time.atZone(ZoneId.systemDefault()).toInstant().toString();
    }
}
