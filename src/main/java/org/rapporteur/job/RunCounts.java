package org.rapporteur.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a run did, for the console, the manifest, the status command and the exit code. The console, the manifest and
 * data-quality.csv give the same figures: the findings are counted as data-quality.csv lists them.
 *
 * @param found        inputs in the input folder
 * @param read         read (parsed or rejected) in this run because new or changed
 * @param unchanged    skipped because unchanged since they were last read
 * @param rejected     current inputs rejected as a whole (REJECTED in the manifest), in this run or an earlier one
 * @param rowsRejected current inputs that were read but some of whose rows were rejected (a list, statements)
 * @param retired      inputs whose files were removed, with their facts
 * @param warnings     WARNING rows of data-quality.csv
 * @param errors       ERROR rows of data-quality.csv (each rejected input has at least one, and so does each row)
 */
public record RunCounts(long found, long read, long unchanged, long rejected, long rowsRejected, long retired,
                        long warnings, long errors) {

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

    /** The counts of a run whose findings are {@code warnings} and {@code errors}, as data-quality.csv lists them. */
    static RunCounts of(JobExecution job, long rejected, long withErrors, long warnings, long errors) {
        StepTotals steps = StepTotals.of(job);
        return new RunCounts(steps.found(), steps.read(), steps.unchanged(), rejected, withErrors - rejected,
                steps.retired(), warnings, errors);
    }

    String asLine() {
        return found + "," + read + "," + unchanged + "," + rejected + "," + retired + "," + warnings + "," + errors
                + "," + rowsRejected;
    }

    static RunCounts parse(String line) {
        String[] p = line.split(",");
        long[] n = new long[8];
        for (int i = 0; i < p.length && i < n.length; i++) {
            n[i] = Long.parseLong(p[i]);
        }
        // runs recorded before rowsRejected was counted have seven figures
        return new RunCounts(n[0], n[1], n[2], n[3], n[7], n[4], n[5], n[6]);
    }
}
