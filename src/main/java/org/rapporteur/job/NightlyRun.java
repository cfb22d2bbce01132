package org.rapporteur.job;

import java.nio.file.Path;

import org.rapporteur.cli.ExitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts the nightly job for an input and an output folder and turns its outcome into an exit code. */
@Component
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final JobOperator jobOperator;
    private final Job nightlyJob;

    public NightlyRun(JobOperator jobOperator, Job nightlyJob) {
        this.jobOperator = jobOperator;
        this.nightlyJob = nightlyJob;
    }

    public ExitCode run(Path input, Path output) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(NightlyJobConfiguration.INPUT, input.toAbsolutePath().normalize().toString())
                .addString(NightlyJobConfiguration.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLong("run.id", System.currentTimeMillis())
                .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(nightlyJob, parameters);
        } catch (Exception e) {
            log.error("The nightly job could not start: {}", e.getMessage(), e);
            return ExitCode.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("The nightly job failed: {}", e.getMessage(), e));
            System.err.println("Run failed (" + execution.getStatus() + "); see the log above. Exports were not "
                    + "changed.");
            return ExitCode.FAILED;
        }
        RunCounts counts = RunCounts.parse(execution.getExecutionContext().getString(RunCounts.KEY));
        System.out.println(describe(counts, output));
        return counts.rejected() > 0 ? ExitCode.INPUTS_REJECTED : ExitCode.OK;
    }

    static String describe(RunCounts c, Path output) {
        StringBuilder sb = new StringBuilder();
        if (c.read() == 0 && c.retired() == 0) {
            sb.append("Nothing changed since the last run: ").append(c.unchanged()).append(" input(s) unchanged. ");
        } else {
            sb.append("Read ").append(c.read()).append(" new or changed input(s), ").append(c.unchanged())
                    .append(" unchanged, ").append(c.retired()).append(" removed. ");
        }
        sb.append(c.found()).append(" input(s) in all, ").append(c.rejected()).append(" rejected; ")
                .append(c.warnings()).append(" warning(s). Exports in ").append(output.toAbsolutePath().normalize());
        if (c.rejected() > 0) {
            sb.append(" (rejected inputs are listed in data-quality.csv)");
        }
        return sb.toString();
    }
}
