package org.rapporteur.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputReaders;
import org.rapporteur.positions.Codebook;
import org.rapporteur.positions.Codebooks;
import org.rapporteur.positions.LazyClassifier;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.tables.Lookups;
import org.rapporteur.report.ReportParser;
import org.rapporteur.store.FactReader;
import org.rapporteur.store.FactStore;
import org.rapporteur.store.SchemaMigration;
import org.rapporteur.store.StoredVectors;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: {@code ingestReportsStep} (read new and changed inputs into the store, each with the reader of its
 * kind; partitioned among {@code ingestReportsWorker} steps, run one per worker at a time) → {@code retireRemovedInputsStep} (forget
 * removed ones) → {@code exportTablesStep} (write CSV files and the workbook, unless the published set stands).
 * Job parameters: {@code input} and {@code output} folders, {@code full} ("true" reads every input again), and
 * {@code run.id} to make each run a new instance. Every step runs again when a failed execution is restarted.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    /** Job parameter: "true" reads every input again, changed or not. */
    public static final String FULL = "full";
    static final String INGEST_STEP = "ingestReportsStep";
    static final String INGEST_WORKER = "ingestReportsWorker";
    static final String RETIRE_STEP = "retireRemovedInputsStep";
    static final String EXPORT_STEP = "exportTablesStep";
    /** Partitions of the ingest per worker when there are several workers (see {@link #ingestPartitionHandler}). */
    static final int PARTITIONS_PER_WORKER = 4;

    /** Flyway only when the migration scripts changed since the database was migrated ({@link SchemaMigration}). */
    @Bean
    FlywayMigrationStrategy schemaMigration() {
        return new SchemaMigration(SchemaMigration.checksumOfScripts(), Flyway::migrate)::migrate;
    }

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.loadDefault();
    }

    @Bean
    NameResolver nameResolver(ReferenceData referenceData) {
        return new NameResolver(referenceData);
    }

    @Bean
    ReportParser reportParser(NameResolver nameResolver) {
        return new ReportParser(nameResolver);
    }

    @Bean
    FactStore factStore(JdbcTemplate jdbcTemplate) {
        return new FactStore(jdbcTemplate);
    }

    @Bean
    FactReader factReader(JdbcTemplate jdbcTemplate) {
        return new FactReader(jdbcTemplate);
    }

    /**
     * The codebook: {@code --codebook FILE} (property {@code rapporteur.codebook}), else jobs/codebook.yml when present,
     * else the default in the jar. A malformed one stops the run before any input is read.
     */
    @Bean
    Codebook codebook(@Value("${rapporteur.codebook:}") String codebook) {
        return Codebooks.choose(codebook.isBlank() ? null : Path.of(codebook));
    }

    /**
     * The position classifier the ingest's workers share, made when the first input is read ({@link LazyClassifier}):
     * an unchanged rerun never loads the model. {@code rapporteur.positions.kept-results} bounds how many sentences'
     * results it keeps to answer a sentence met again in the same context (0: none; the results are the same either
     * way, only the cost changes).
     */
    @Bean
    LazyClassifier positionClassifier(Codebook codebook, NameResolver nameResolver,
                                      @Value("${rapporteur.positions.model-use:ALL}") String modelUse,
                                      @Value("${rapporteur.positions.kept-results:20000}") int keptResults,
                                      StoredVectors storedVectors) {
        PositionClassifier.ModelUse use = modelUse(modelUse);
        Function<String, Optional<String>> codes = name -> nameResolver.resolve(name).map(Entity::code);
        return new LazyClassifier(() -> {
            if (use == PositionClassifier.ModelUse.NONE) {
                return new PositionClassifier(codebook, codes).caching(keptResults);
            }
            PositionClassifier classifier = PositionClassifier.withDefaultModel(codebook, codes).using(use)
                    .caching(keptResults);
            // sentence vectors kept in the store: a sentence embedded in an earlier run is not embedded again
            classifier.vectors().persistTo(storedVectors);
            return classifier;
        });
    }

    /** The store of sentence vectors; closed with the context, after the queued vectors are written. */
    @Bean
    StoredVectors storedVectors(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager) {
        return new StoredVectors(jdbcTemplate, transactionManager);
    }

    private static PositionClassifier.ModelUse modelUse(String name) {
        return PositionClassifier.ModelUse.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Code, codebook and the model's use together: a change of any reads every input again (the positions of the
     * stored inputs were found with them). 64 characters at most, the store's column.
     */
    @Bean
    String codeFingerprint(Codebook codebook, @Value("${rapporteur.positions.model-use:ALL}") String modelUse,
                           JdbcTemplate jdbcTemplate) {
        String code = CodeFingerprint.compute(codebook.source(), new StoredCodeFingerprints(jdbcTemplate));
        PositionClassifier.ModelUse use = modelUse(modelUse);
        return use == PositionClassifier.ModelUse.ALL ? code : code + "+model-" + use.name().toLowerCase(
                java.util.Locale.ROOT);
    }

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step ingestReportsStep, Step retireRemovedInputsStep,
                   Step exportTablesStep, RunningJob runningJob) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(runningJob)
                .start(ingestReportsStep)
                .next(retireRemovedInputsStep)
                .next(exportTablesStep)
                .build();
    }

    /**
     * The ingest, partitioned: the input files are split into partitions, each a chunk-oriented step of its own, run
     * by {@code rapporteur.workers} workers side by side (default: one per core; {@link InputFilesPartitioner},
     * {@link #ingestPartitionHandler}). Every input is stored by its own key, and the exports read the store in
     * a fixed order, so the exports do not depend on which worker read what, or when.
     */
    @Bean
    Step ingestReportsStep(JobRepository jobRepository, InputFilesPartitioner inputFilesPartitioner,
                           TaskExecutorPartitionHandler ingestPartitionHandler, IngestProgress ingestProgress) {
        // every step runs again when a failed run is restarted: ingest skips what the failed attempt stored (same
        // content hash), so a restart finishes the work, and the exports always describe the current inputs
        return new StepBuilder(INGEST_STEP, jobRepository)
                .partitioner(INGEST_WORKER, inputFilesPartitioner)
                .partitionHandler(ingestPartitionHandler)
                .listener(ingestProgress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @JobScope
    InputFilesPartitioner inputFilesPartitioner(@Value("#{jobParameters['input']}") String input) {
        return new InputFilesPartitioner(Path.of(input));
    }

    /**
     * Runs the partitions {@code count} at a time (one thread per worker). With several workers the files are cut into
     * {@value #PARTITIONS_PER_WORKER} partitions per worker, taken in turn as workers come free: a worker whose share
     * happened to be heavier (more or longer files) no longer leaves the other core idle until it is done; at most
     * the last partition's time is spent on one core.
     */
    @Bean
    TaskExecutorPartitionHandler ingestPartitionHandler(Step ingestReportsWorker,
                                                        @Value("${rapporteur.workers:0}") int workers) {
        int count = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("ingest-");
        threads.setConcurrencyLimit(count);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(ingestReportsWorker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(count == 1 ? 1 : count * PARTITIONS_PER_WORKER);
        return handler;
    }

    /** One worker of the ingest: reads its share of the input files, checks and reads each, stores what it read. */
    @Bean
    Step ingestReportsWorker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             ListItemReader<InputFile> inputFileReader, InputIngestProcessor inputIngestProcessor,
                             FactStoreWriter factStoreWriter, IngestProgress ingestProgress) {
        return new StepBuilder(INGEST_WORKER, jobRepository)
                .<InputFile, IngestedInput>chunk(10)
                .transactionManager(transactionManager)
                .reader(inputFileReader)
                .processor(inputIngestProcessor)
                .writer(factStoreWriter)
                .listener(ingestProgress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    FactStoreWriter factStoreWriter(FactStore factStore, PlatformTransactionManager transactionManager,
                                    @Value("#{stepExecution.jobExecutionId}") Long runId) {
        return new FactStoreWriter(factStore, transactionManager, runId);
    }

    /** Listens to the ingest's manager step and its workers: one count of files done across all of them. */
    @Bean
    IngestProgress ingestProgress(LazyClassifier positionClassifier, FactStore factStore, String codeFingerprint,
                                  IngestSnapshot ingestSnapshot) {
        return new IngestProgress(positionClassifier, factStore, codeFingerprint, ingestSnapshot);
    }

    /** The input folder's files and the stored inputs, taken once per run for the ingest's opening and partitions. */
    @Bean
    IngestSnapshot ingestSnapshot(FactStore factStore) {
        return new IngestSnapshot(factStore);
    }

    /**
     * A worker's share of the input files, less those unchanged by their stat alone ({@link KnownInputs}): they are
     * counted as the chunk loop counts an input it filters out (read, then filtered as unchanged) without going
     * through it, so that an unchanged rerun makes no chunk transaction (each a commit to the job repository) for them.
     */
    @Bean
    @StepScope
    ListItemReader<InputFile> inputFileReader(@Value("#{jobParameters['input']}") String input,
                                              @Value("#{stepExecutionContext['partition']}") Integer partition,
                                              @Value("#{stepExecutionContext['partitions']}") Integer partitions,
                                              @Value("#{stepExecution}") StepExecution stepExecution,
                                              KnownInputs knownInputs, IngestProgress ingestProgress,
                                              IngestSnapshot ingestSnapshot) {
        List<InputFile> share = InputFilesPartitioner.share(ingestSnapshot.of(stepExecution.getJobExecutionId(),
                Path.of(input)).files(), partition, partitions);
        List<InputFile> toCheck = share.stream().filter(f -> !knownInputs.unchangedByStat(f)).toList();
        int unchanged = share.size() - toCheck.size();
        stepExecution.setReadCount(stepExecution.getReadCount() + unchanged);
        stepExecution.setFilterCount(stepExecution.getFilterCount() + unchanged);
        ingestProgress.unchanged(unchanged);
        return new ListItemReader<>(toCheck);
    }

    /** The stored inputs, as the run read them once ({@link IngestSnapshot}). */
    @Bean
    @StepScope
    KnownInputs knownInputs(FactStore factStore, String codeFingerprint,
                            @Value("#{jobParameters['full']}") String full,
                            @Value("#{jobParameters['input']}") String input,
                            @Value("#{stepExecution.jobExecutionId}") Long runId, IngestSnapshot ingestSnapshot) {
        return new KnownInputs(factStore, codeFingerprint, "true".equals(full),
                ingestSnapshot.of(runId, Path.of(input)).known());
    }

    /** The reader of each kind of input: stateless and thread-safe, shared by every worker of the ingest step. */
    @Bean
    InputReaders inputReaders(ReportParser reportParser, NameResolver nameResolver,
                              LazyClassifier positionClassifier,
                              @Value("${rapporteur.max-file-bytes:52428800}") long maxFileBytes,
                              @Value("${rapporteur.max-line-chars:100000}") int maxLineChars,
                              @Value("${rapporteur.max-rows:100000}") int maxRows) {
        return InputReaders.of(new ReadLimits(maxFileBytes, maxLineChars, maxRows), nameResolver, reportParser,
                positionClassifier);
    }

    @Bean
    @StepScope
    InputIngestProcessor inputIngestProcessor(InputReaders inputReaders, KnownInputs knownInputs,
                                              String codeFingerprint) {
        return new InputIngestProcessor(inputReaders, knownInputs, codeFingerprint);
    }

    @Bean
    Step retireRemovedInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                 RetireRemovedInputsTasklet retireRemovedInputsTasklet) {
        return new StepBuilder(RETIRE_STEP, jobRepository)
                .tasklet(retireRemovedInputsTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    RetireRemovedInputsTasklet retireRemovedInputsTasklet(FactStore factStore,
                                                          @Value("#{jobParameters['input']}") String input) {
        return new RetireRemovedInputsTasklet(factStore, Path.of(input));
    }

    @Bean
    Step exportTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ExportTablesTasklet exportTablesTasklet) {
        return new StepBuilder(EXPORT_STEP, jobRepository)
                .tasklet(exportTablesTasklet, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @StepScope
    ExportTablesTasklet exportTablesTasklet(FactReader factReader, FactStore factStore, ReferenceData referenceData,
                                            @Value("#{jobParameters['output']}") String output,
                                            @Value("${rapporteur.overrides:jobs/position-overrides.csv}") String overrides,
                                            @Value("${rapporteur.include-personal-data:false}") boolean personalData,
                                            Codebook codebook, String codeFingerprint) {
        return new ExportTablesTasklet(factReader, factStore, Path.of(output), Path.of(overrides),
                Lookups.of(referenceData, codebook.topics().stream().collect(java.util.stream.Collectors.toMap(
                        org.rapporteur.positions.Topic::id, org.rapporteur.positions.Topic::label))), personalData,
                codebook.topics().stream().filter(org.rapporteur.positions.Topic::tracked)
                        .map(org.rapporteur.positions.Topic::id).toList(), codeFingerprint);
    }
}
