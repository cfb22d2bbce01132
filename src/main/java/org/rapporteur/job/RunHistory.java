package org.rapporteur.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The last runs of the nightly job as the job repository records them, for the {@code status} command: times with
 * their zone; a run the repository still shows as running while no process holds the output folder is shown as
 * INTERRUPTED (its process was killed); and, last, what the next run will do.
 */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final JobRepository jobRepository;

    public RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /**
     * One line per run, newest first, under a header, then what the next run will do; "No runs yet." when there are
     * none. Call it only when no run holds the output folder: a run shown as running is then one that was killed.
     */
    public String describe(int last) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, last)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        executions.sort((a, b) -> Long.compare(b.getId(), a.getId()));
        if (executions.isEmpty()) {
            return "No runs yet.\n";
        }
        StringBuilder out = new StringBuilder(String.format("%-6s %-26s %-26s %8s %-11s %6s %9s %8s %7s %s%n", "run",
                "started", "ended", "seconds", "outcome", "read", "unchanged", "rejected", "retired", "note"));
        for (JobExecution e : executions.subList(0, Math.min(last, executions.size()))) {
            RunCounts.StepTotals steps = RunCounts.StepTotals.of(e);
            String rejected = e.getExecutionContext().containsKey(RunCounts.KEY)
                    ? String.valueOf(RunCounts.parse(e.getExecutionContext().getString(RunCounts.KEY)).rejected()) : "";
            String note = note(e);
            out.append(String.format("%-6s %-26s %-26s %8s %-11s %6d %9d %8s %7d %s%n", "#" + e.getId(),
                    time(e.getStartTime()), time(e.getEndTime()), seconds(e.getStartTime(), e.getEndTime()),
                    outcome(e), steps.read(), steps.unchanged(), rejected, steps.retired(),
                    note.length() > 80 ? note.substring(0, 80) + "…" : note));
        }
        out.append(next(executions.get(0))).append('\n');
        return out.toString();
    }

    /** What the next nightly run does, after the newest execution. */
    String next(JobExecution newest) {
        String input = newest.getJobParameters().getString(NightlyJobConfiguration.INPUT);
        return switch (outcome(newest)) {
            case "COMPLETED" -> "Next run: a new run, reading the inputs that are new or changed since run #"
                    + newest.getId() + ".";
            case "ABANDONED" -> "Next run: a new run; run #" + newest.getId() + " was abandoned.";
            default -> "Next run: restarts run #" + newest.getId() + " (" + outcome(newest).toLowerCase()
                    + ") and finishes it, when started on the same folders (input " + input + "); on other folders, "
                    + "a new run.";
        };
    }

    private static String note(JobExecution e) {
        return switch (outcome(e)) {
            case "STOPPED" -> "stopped before it finished (SIGTERM)";
            case "INTERRUPTED" -> "the process ended without finishing it (killed?)";
            default -> e.getExitStatus().getExitDescription() == null ? ""
                    : firstLine(e.getExitStatus().getExitDescription());
        };
    }

    /** The status, with a run still shown as running (its process is gone) as INTERRUPTED. */
    static String outcome(JobExecution e) {
        BatchStatus status = e.getStatus();
        return status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING
                ? "INTERRUPTED" : status.name();
    }

    private static String time(LocalDateTime time) {
        // the job repository records local times of the machine that ran them
        return time == null ? "" : time.atZone(ZoneId.systemDefault()).format(TIME);
    }

    private static String seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? "" : String.valueOf(Duration.between(start, end).toSeconds());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
