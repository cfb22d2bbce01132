package org.rapporteur.job;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapporteur.documents.InputFile;
import org.rapporteur.documents.InputFinder;
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
    private static final Logger log = LoggerFactory.getLogger(RetireRemovedInputsTasklet.class);

    private final FactStore store;
    private final Path inputDirectory;

    RetireRemovedInputsTasklet(FactStore store, Path inputDirectory) {
        this.store = store;
        this.inputDirectory = inputDirectory;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        Set<String> present = InputFinder.reports(inputDirectory).stream().map(InputFile::source)
                .collect(Collectors.toSet());
        int retired = 0;
        for (InputRecord known : store.inputs(InputFinder.REPORTS)) {
            if (!present.contains(known.source())) {
                store.retire(known.kind(), known.source());
                log.info("Retired {}: the file is no longer in the input folder", known.source());
                retired++;
            }
        }
        contribution.incrementWriteCount(retired);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt(RETIRED, retired);
        return RepeatStatus.FINISHED;
    }
}
