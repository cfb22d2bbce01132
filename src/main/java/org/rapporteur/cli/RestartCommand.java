package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rapporteur.job.NightlyRun;
import org.rapporteur.operations.Console;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restart}: restarts the last run that failed or was interrupted, with its own input and output folders. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts the last nightly run that failed or was interrupted, through Spring Batch's restart, "
                + "with the folders it was started with. (The nightly command does this by itself when the failed "
                + "run was for the same folders.)", "", "Exit codes as for nightly; 0 also when there is nothing to "
                + "restart."})
final class RestartCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder of the failed run (default: ${DEFAULT-VALUE}); its database is used unless "
                    + "--db is given.")
    Path output;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: the HSQLDB file under "
            + "<output>/.state/).")
    String db;

    @Override
    public Integer call() {
        Optional<String> badDb = Databases.problem(db);
        if (badDb.isPresent()) {
            Console.err(badDb.get());
            return ExitCode.USAGE.code();
        }
        List<String> properties = new ArrayList<>();
        properties.add("--spring.datasource.url=" + (db != null ? db : Application.defaultDatabase(output)));
        return Application.locked("restart", output, properties,
                context -> context.getBean(NightlyRun.class).restartLast(output));
    }
}
