package org.rapporteur.job;

import org.rapporteur.store.FactReader;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run did, for the console, the Summary sheet and the exit code.
 *
 * @param found     report files in the input folder
 * @param read      read (parsed or rejected) in this run because new or changed
 * @param unchanged skipped because unchanged since they were last read
 * @param rejected  current inputs that are rejected (in this run or an earlier one, and unchanged since)
 * @param retired   inputs whose files were removed, with their facts
 * @param warnings  data-quality warnings over the current inputs
 * @param errors    data-quality errors over the current inputs
 */
public record RunCounts(long found, long read, long unchanged, long rejected, long retired, long warnings,
                        long errors) {

    static final String KEY = "rapporteur.counts";

    /** What the steps of one job execution counted: files found, read, unchanged, and inputs retired. */
    record StepTotals(long found, long read, long unchanged, long retired) {

        static StepTotals of(JobExecution job) {
            long found = 0;
            long read = 0;
            long unchanged = 0;
            long retired = 0;
            for (StepExecution step : job.getStepExecutions()) {
                if (step.getStepName().equals(NightlyJobConfiguration.INGEST_STEP)) {
                    found += step.getReadCount();
                    read += step.getWriteCount();
                    unchanged += step.getFilterCount();
                } else if (step.getStepName().equals(NightlyJobConfiguration.RETIRE_STEP)) {
                    retired += step.getWriteCount();
                }
            }
            return new StepTotals(found, read, unchanged, retired);
        }
    }

    static RunCounts of(JobExecution job, FactReader.FindingCounts findings) {
        StepTotals steps = StepTotals.of(job);
        return new RunCounts(steps.found(), steps.read(), steps.unchanged(), findings.rejectedInputs(),
                steps.retired(), findings.warnings(), findings.errors());
    }

    String asLine() {
        return found + "," + read + "," + unchanged + "," + rejected + "," + retired + "," + warnings + "," + errors;
    }

    static RunCounts parse(String line) {
        String[] p = line.split(",");
        return new RunCounts(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3]),
                Long.parseLong(p[4]), Long.parseLong(p[5]), Long.parseLong(p[6]));
    }
}
