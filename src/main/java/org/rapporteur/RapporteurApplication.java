package org.rapporteur;

import org.rapporteur.cli.Cli;
import org.rapporteur.job.NightlyJobConfiguration;
import org.rapporteur.job.NightlyRun;
import org.rapporteur.job.RunHistory;
import org.rapporteur.job.RunningJob;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Rapporteur: reads UN meeting reports and writes who took part. {@link #main} hands the command line to
 * {@link Cli}, which starts Spring only for the commands that need the database.
 *
 * <p>The beans are named here rather than found by scanning the package: a scan reads every class of the jar (some
 * 700) to find these four, about a seventh of the CPU of Spring's start. A new {@code @Component} or
 * {@code @Configuration} is added to the list.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({NightlyJobConfiguration.class, NightlyRun.class, RunningJob.class, RunHistory.class})
public class RapporteurApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
