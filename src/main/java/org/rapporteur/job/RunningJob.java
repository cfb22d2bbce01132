package org.rapporteur.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The execution of the nightly job this process is running, if any: what a stop request (SIGTERM) stops. The job
 * operator's start and restart return only when the job ends, so the execution is taken from the job as it begins.
 */
@Component
public class RunningJob implements JobExecutionListener {

    private volatile JobExecution current;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        current = jobExecution;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        current = null;
    }

    Optional<JobExecution> current() {
        return Optional.ofNullable(current);
    }
}
