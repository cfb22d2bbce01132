package org.rapporteur.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.rapporteur.export.CsvTableWriter;
import org.rapporteur.export.SummaryLine;
import org.rapporteur.export.Table;
import org.rapporteur.export.WorkbookWriter;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.statistics.ExportTables;
import org.rapporteur.store.FactReader;
import org.rapporteur.store.StoredFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes every export table as CSV and all of them as one workbook. Files are written into a staging folder first and
 * moved into the output folder only when all are complete, so a reader never finds a half-written file.
 */
class ExportTablesTasklet implements Tasklet {

    static final String WORKBOOK = "rapporteur.xlsx";
    private static final Logger log = LoggerFactory.getLogger(ExportTablesTasklet.class);

    private final FactReader facts;
    private final Path outputDirectory;
    private final Path overrides;
    private final Function<String, String> entityNames;

    /**
     * @param overrides   the analyst's position overrides file; a missing file means none
     * @param entityNames the official name of an entity code
     */
    ExportTablesTasklet(FactReader facts, Path outputDirectory, Path overrides, Function<String, String> entityNames) {
        this.facts = facts;
        this.outputDirectory = outputDirectory;
        this.overrides = overrides;
        this.entityNames = entityNames;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StoredFacts stored = facts.readAll();
        ExportTables exportTables = new ExportTables(stored, PositionOverrides.read(overrides), entityNames);
        List<Table> tables = exportTables.all();
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunCounts counts = RunCounts.of(step.getJobExecution(), stored);
        step.getJobExecution().getExecutionContext().put(RunCounts.KEY, counts.asLine());

        Files.createDirectories(outputDirectory);
        Path staging = Files.createTempDirectory(outputDirectory, ".staging-");
        try {
            CsvTableWriter csv = new CsvTableWriter();
            List<String> names = new ArrayList<>();
            for (Table table : tables) {
                csv.write(table, staging.resolve(table.name() + ".csv"));
                names.add(table.name() + ".csv");
            }
            new WorkbookWriter().write(tables, summary(step.getJobExecution(), counts, exportTables),
                    exportTables.stanceCharts(), staging.resolve(WORKBOOK));
            names.add(WORKBOOK);
            for (String name : names) {
                Files.move(staging.resolve(name), outputDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            log.info("Wrote {} tables and {} to {}", tables.size(), WORKBOOK, outputDirectory);
        } finally {
            deleteQuietly(staging);
        }
        contribution.incrementWriteCount(tables.size());
        return RepeatStatus.FINISHED;
    }

    private static List<SummaryLine> summary(JobExecution job, RunCounts counts, ExportTables tables) {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(new SummaryLine("Run started", job.getStartTime() == null ? "" : job.getStartTime().toString()));
        lines.add(new SummaryLine("Input folder", job.getJobParameters().getString(NightlyJobConfiguration.INPUT)));
        lines.add(new SummaryLine("Inputs found", counts.found()));
        lines.add(new SummaryLine("Inputs read in this run", counts.read()));
        lines.add(new SummaryLine("Inputs unchanged since the last run", counts.unchanged()));
        lines.add(new SummaryLine("Inputs rejected", counts.rejected()));
        lines.add(new SummaryLine("Inputs retired (removed from the folder)", counts.retired()));
        lines.add(new SummaryLine("Meetings", tables.meetings().size()));
        lines.add(new SummaryLine("Data-quality warnings", counts.warnings()));
        lines.add(new SummaryLine("Data-quality errors", counts.errors()));
        return lines;
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the staging folder {}: {}", folder, e.getMessage());
        }
    }
}
