package org.rapporteur.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The last runs of the nightly job as the job repository records them, for the {@code status} command. */
@Component
public class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository jobRepository;

    public RunHistory(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** One line per run, newest first, under a header; "No runs yet." when there are none. */
    public String describe(int last) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(NightlyJobConfiguration.JOB_NAME, 0, last)) {
            executions.addAll(jobRepository.getJobExecutions(instance));
        }
        executions.sort((a, b) -> Long.compare(b.getId(), a.getId()));
        if (executions.isEmpty()) {
            return "No runs yet.\n";
        }
        StringBuilder out = new StringBuilder(String.format("%-6s %-19s %-19s %8s %-10s %6s %9s %8s %7s %s%n", "run",
                "started", "ended", "seconds", "outcome", "read", "unchanged", "rejected", "retired", "note"));
        for (JobExecution e : executions.subList(0, Math.min(last, executions.size()))) {
            RunCounts.StepTotals steps = RunCounts.StepTotals.of(e);
            String rejected = e.getExecutionContext().containsKey(RunCounts.KEY)
                    ? String.valueOf(RunCounts.parse(e.getExecutionContext().getString(RunCounts.KEY)).rejected()) : "";
            String note = e.getExitStatus().getExitDescription() == null ? "" : firstLine(e.getExitStatus()
                    .getExitDescription());
            out.append(String.format("%-6s %-19s %-19s %8s %-10s %6d %9d %8s %7d %s%n", "#" + e.getId(),
                    time(e.getStartTime()), time(e.getEndTime()), seconds(e.getStartTime(), e.getEndTime()),
                    e.getStatus(), steps.read(), steps.unchanged(), rejected, steps.retired(), note.length() > 80 ? note.substring(0, 80)
                            + "…" : note));
        }
        return out.toString();
    }

    private static String time(LocalDateTime time) {
        return time == null ? "" : time.format(TIME);
    }

    private static String seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? "" : String.valueOf(Duration.between(start, end).toSeconds());
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
