package org.rapporteur.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.cli.ExitCode;
import org.rapporteur.export.Publication;
import org.rapporteur.export.RunManifest;
import org.rapporteur.inputs.InputFinder;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.inputs.RetireGuard;
import org.rapporteur.operations.Console;
import org.rapporteur.operations.UnchangedRerun;
import org.rapporteur.store.FactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the nightly job for an input and an output folder and turns its outcome into an exit code. The caller holds
 * the output folder's run lock, so any execution the job repository still shows as running was left by a process that
 * died: it is marked failed ({@link JobOperator#recover}), and a failed run of the same folders is restarted through
 * Spring Batch's restart rather than started afresh. An export publication that a crash interrupted is finished first.
 */
@Component
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final FactStore store;
    private final RunningJob running;
    private volatile boolean stopRequested;
    private volatile RunCounts completed;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, FactStore store,
                      RunningJob running) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.store = store;
        this.running = running;
    }

    /**
     * Asks the run to stop (on SIGTERM): Spring Batch stops the job between chunks (each worker finishes the inputs it
     * is reading and stores them), records the execution as STOPPED, and the next run restarts it. A run not yet
     * started will not start.
     */
    public void stop() {
        stopRequested = true;
        running.current().ifPresent(execution -> {
            log.warn("Stopping run #{} (SIGTERM): the inputs being read are finished and stored, then it stops; the "
                    + "next run resumes it", execution.getId());
            try {
                jobOperator.stop(execution);
            } catch (Exception e) {
                log.warn("Run #{} could not be stopped: {}", execution.getId(), e.getMessage());
            }
        });
    }

    public ExitCode run(Path input, Path output) {
        return run(input, output, false);
    }

    public ExitCode run(Path input, Path output, boolean full) {
        return run(input, output, full, full);
    }

    /**
     * Runs the job: restarts the failed run of these folders if there is one, else starts a new one. A run that would
     * retire more than half of the known inputs is refused ({@link RetireGuard}) unless {@code allowRetire}.
     */
    public ExitCode run(Path input, Path output, boolean full, boolean allowRetire) {
        String in = input.toAbsolutePath().normalize().toString();
        String out = output.toAbsolutePath().normalize().toString();
        log.info("Nightly run: input {}, output {}{}", in, out, full ? ", --full (every input read and every export "
                + "written again)" : "");
        try {
            prepare(output);
            if (stopRequested) {
                return stopped(null);
            }
            if (!allowRetire) {
                Optional<String> refusal = RetireGuard.refusal(known(), present(input));
                if (refusal.isPresent()) {
                    Console.err(refusal.get() + ". Nothing was changed");
                    return ExitCode.USAGE;
                }
            }
            Optional<JobExecution> failed = lastFailed().filter(e -> in.equals(param(e, NightlyJobConfiguration.INPUT))
                    && out.equals(param(e, NightlyJobConfiguration.OUTPUT))
                    && String.valueOf(full).equals(param(e, NightlyJobConfiguration.FULL)));
            JobExecution execution;
            if (failed.isPresent()) {
                log.warn("Restarting run #{} of {}, which did not finish ({})", failed.get().getId(),
                        failed.get().getStartTime(), failed.get().getExitStatus().getExitDescription().isBlank()
                                ? failed.get().getStatus() : firstLine(failed.get().getExitStatus().getExitDescription()));
                execution = jobOperator.restart(failed.get());
            } else {
                JobParameters parameters = new JobParametersBuilder()
                        .addString(NightlyJobConfiguration.INPUT, in)
                        .addString(NightlyJobConfiguration.OUTPUT, out)
                        .addString(NightlyJobConfiguration.FULL, String.valueOf(full))
                        .addLong("run.id", System.currentTimeMillis())
                        .toJobParameters();
                execution = jobOperator.start(nightlyJob, parameters);
            }
            return outcome(execution, output);
        } catch (Exception e) {
            log.error("The nightly job could not run: {}", e.getMessage(), e);
            Console.err("the run failed: " + rootMessage(e) + "; the previous exports are unchanged");
            return ExitCode.FAILED;
        }
    }

    /** Restarts the last run that failed or was interrupted, with its own parameters. */
    public ExitCode restartLast(Path output) {
        try {
            prepare(output);
            Optional<JobExecution> failed = lastFailed();
            if (failed.isEmpty()) {
                Console.out("Nothing to restart: the last run did not fail.");
                return ExitCode.OK;
            }
            log.warn("Restarting run #{} of {}", failed.get().getId(), failed.get().getStartTime());
            JobExecution execution = jobOperator.restart(failed.get());
            return outcome(execution, Path.of(param(execution, NightlyJobConfiguration.OUTPUT)));
        } catch (Exception e) {
            log.error("The restart failed: {}", e.getMessage(), e);
            Console.err("the restart failed: " + rootMessage(e));
            return ExitCode.FAILED;
        }
    }

    /** Finishes an interrupted publication and marks executions left running by a dead process as failed. */
    private void prepare(Path output) throws IOException {
        // the stamp of the last completed run stands no more once this one may change the store or the exports
        UnchangedRerun.forget(output);
        completed = null;
        if (new Publication(output).recover()) {
            Console.out("Finished publishing the exports of an interrupted run.");
        }
        Set<JobExecution> running = jobRepository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME);
        for (JobExecution execution : running) {
            log.warn("Run #{} of {} was interrupted (the process ended without finishing it): marked as failed",
                    execution.getId(), execution.getStartTime());
            jobOperator.recover(execution);
        }
    }

    private List<String> known() {
        List<String> known = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            store.inputs(kind).forEach(i -> known.add(kind.folder() + ":" + i.source()));
        }
        return known;
    }

    private static Set<String> present(Path input) {
        return InputFinder.all(input).stream().map(f -> f.kind().folder() + ":" + f.source())
                .collect(java.util.stream.Collectors.toSet());
    }

    private Optional<JobExecution> lastFailed() {
        JobInstance instance = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        if (instance == null) {
            return Optional.empty();
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || (last.getStatus() != BatchStatus.FAILED && last.getStatus() != BatchStatus.STOPPED)) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    private ExitCode outcome(JobExecution execution, Path output) {
        if (execution.getStatus() == BatchStatus.STOPPED) {
            boolean published = RunManifest.publishedExecution(output).filter(id -> id == execution.getId())
                    .isPresent();
            Console.err(stoppedMessage(execution.getId(), published));
            return ExitCode.STOPPED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("The nightly job failed: {}", e.getMessage(), e));
            String reason = execution.getAllFailureExceptions().stream().findFirst().map(NightlyRun::rootMessage)
                    .orElse(String.valueOf(execution.getStatus()));
            Console.err("the run failed: " + reason + "; the previous exports are unchanged; the next run restarts it");
            return ExitCode.FAILED;
        }
        RunCounts counts = RunCounts.parse(execution.getExecutionContext().getString(RunCounts.KEY));
        boolean published = !"false".equals(execution.getExecutionContext().getString(ExportTablesTasklet.PUBLISHED,
                "true"));
        Console.out(describe(counts, published, output));
        completed = counts;
        return counts.errors() > 0 ? ExitCode.INPUTS_REJECTED : ExitCode.OK;
    }

    /**
     * What a rerun that finds nothing changed says after this run completed, and its exit code ({@link
     * UnchangedRerun}): every input unchanged, the figures this run published (or that stood); empty when the last run
     * did not complete.
     */
    public Optional<UnchangedRerun.Answer> nothingChangedAnswer(Path output) {
        RunCounts c = completed;
        if (c == null) {
            return Optional.empty();
        }
        RunCounts unchanged = new RunCounts(c.found(), 0, c.found(), c.rejected(), c.rowsRejected(), 0, c.warnings(),
                c.errors());
        return Optional.of(new UnchangedRerun.Answer(describe(unchanged, false, output),
                (c.errors() > 0 ? ExitCode.INPUTS_REJECTED : ExitCode.OK).code()));
    }

    private ExitCode stopped(JobExecution execution) {
        Console.err(stoppedMessage(execution == null ? null : execution.getId(), false));
        return ExitCode.STOPPED;
    }

    /**
     * What a run stopped by SIGTERM says: the signal may come after the export step published the new set (its
     * manifest names this run), and then that set, complete, is what readers find.
     */
    static String stoppedMessage(Long execution, boolean published) {
        if (execution == null) {
            return "stopped (SIGTERM) before the run began; nothing was changed";
        }
        return "run #" + execution + " was stopped (SIGTERM) before it finished; what it read is stored, "
                + (published ? "the exports it had already published are complete and current (run-manifest.json "
                + "names it)" : "the previous exports are unchanged") + ", and the next run resumes it";
    }

    private static String param(JobExecution execution, String name) {
        String value = execution.getJobParameters().getString(name);
        return value == null ? (NightlyJobConfiguration.FULL.equals(name) ? "false" : "") : value;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason() + " (" + fs.getFile() + ")";
        }
        return message;
    }

    /**
     * The run's summary line. "Nothing changed" only when the published exports stood as they were; a run that read
     * nothing new but wrote the exports again (other overrides or options, a new version) says so.
     */
    static String describe(RunCounts c, boolean published, Path output) {
        StringBuilder sb = new StringBuilder();
        if (!published) {
            sb.append("Nothing changed since the last run: ").append(c.unchanged())
                    .append(" input(s) unchanged; the published exports stand. ");
        } else if (c.read() == 0 && c.retired() == 0) {
            sb.append("No input changed: ").append(c.unchanged()).append(" input(s) unchanged; the exports were "
                    + "written again, as what they are made from changed (the overrides, the options or Rapporteur "
                    + "itself), or the last run did not publish them. ");
        } else {
            sb.append("Read ").append(c.read()).append(" new or changed input(s), ").append(c.unchanged())
                    .append(" unchanged, ").append(c.retired()).append(" removed. ");
        }
        sb.append(c.found()).append(" input(s) in all, ").append(c.rejected()).append(" rejected");
        if (c.rowsRejected() > 0) {
            sb.append(", ").append(c.rowsRejected()).append(" with rejected rows");
        }
        sb.append("; data-quality.csv lists ").append(c.errors()).append(" error(s) and ").append(c.warnings())
                .append(" warning(s). Exports in ").append(output.toAbsolutePath().normalize());
        return sb.toString();
    }
}
