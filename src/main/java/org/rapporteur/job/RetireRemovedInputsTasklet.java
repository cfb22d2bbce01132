package org.rapporteur.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapporteur.inputs.InputFinder;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.store.FactStore;
import org.rapporteur.store.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Forgets the facts of inputs that are no longer in the input folder, so exports describe exactly the current inputs. */
class RetireRemovedInputsTasklet implements Tasklet {

    static final String RETIRED = "retired";
    static final String RETIRED_SOURCES = "retired.sources";

    /** The inputs retired in a job execution (by its retire step, in this or an earlier attempt of the execution). */
    static List<String> retiredIn(org.springframework.batch.core.job.JobExecution job) {
        List<String> sources = new ArrayList<>();
        for (var step : job.getStepExecutions()) {
            if (step.getStepName().equals(NightlyJobConfiguration.RETIRE_STEP)
                    && step.getExecutionContext().containsKey(RETIRED_SOURCES)) {
                for (String source : step.getExecutionContext().getString(RETIRED_SOURCES).split("\n")) {
                    if (!source.isBlank()) {
                        sources.add(source);
                    }
                }
            }
        }
        return sources;
    }
    private static final Logger log = LoggerFactory.getLogger(RetireRemovedInputsTasklet.class);

    private final FactStore store;
    private final Path inputDirectory;

    RetireRemovedInputsTasklet(FactStore store, Path inputDirectory) {
        this.store = store;
        this.inputDirectory = inputDirectory;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Set<String> present = InputFinder.all(inputDirectory).stream().map(f -> f.kind() + ":" + f.source())
                .collect(Collectors.toSet());
        List<String> retired = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            for (InputRecord known : store.inputs(kind)) {
                if (!present.contains(kind + ":" + known.source())) {
                    store.retire(known.kind(), known.source());
                    log.info("Retired {}: the file is no longer in the input folder", known.source());
                    retired.add(known.source());
                }
            }
        }
        contribution.incrementWriteCount(retired.size());
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putInt(RETIRED, retired.size());
        context.putString(RETIRED_SOURCES, String.join("\n", retired));
        return RepeatStatus.FINISHED;
    }
}
