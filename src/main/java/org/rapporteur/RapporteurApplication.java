package org.rapporteur;

import org.rapporteur.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Rapporteur: reads UN meeting reports and writes who took part. {@link #main} hands the command line to
 * {@link Cli}, which starts Spring only for the commands that need the database.
 */
@SpringBootApplication
public class RapporteurApplication {

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
