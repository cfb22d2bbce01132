package org.rapporteur.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rapporteur.job.RunHistory;
import org.rapporteur.operations.Console;
import org.rapporteur.operations.UnchangedRerun;
import org.rapporteur.operations.RunLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status}: the last runs, from the job repository. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Lists the last nightly runs from the job repository: start, end, outcome, inputs read, "
                + "unchanged, rejected and retired. Says when a run is in progress."})
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}); its database is used unless --db is given.")
    Path output;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: the HSQLDB file under "
            + "<output>/.state/).")
    String db;

    @Option(names = "--last", paramLabel = "N", defaultValue = "10", description = "How many runs (default: "
            + "${DEFAULT-VALUE}).")
    int last;

    @Override
    public Integer call() {
        if (last <= 0) {
            Console.err("--last must be positive");
            return ExitCode.USAGE.code();
        }
        if (RunLock.isHeld(output)) {
            System.out.println("A run is in progress on " + output.toAbsolutePath().normalize() + " ("
                    + RunLock.holder(output) + ").");
            if (db == null) {
                // the embedded database belongs to the running process until it ends
                System.out.println("Its database is in use; ask again when it has finished.");
                return ExitCode.OK.code();
            }
        }
        if (db == null && !Files.exists(output.resolve(".state"))) {
            System.out.println("No run yet: " + output.toAbsolutePath().normalize().resolve(".state")
                    + " does not exist.");
            return ExitCode.OK.code();
        }
        Optional<String> badDb = Databases.problem(db);
        if (badDb.isPresent()) {
            Console.err(badDb.get());
            return ExitCode.USAGE.code();
        }
        List<String> properties = new ArrayList<>();
        properties.add("--spring.datasource.url=" + (db != null ? db : Application.defaultDatabase(output)));
        return Application.inContext(properties, context -> {
            System.out.print(context.getBean(RunHistory.class).describe(last));
            UnchangedRerun.answeredSince(output).ifPresent(a -> System.out.println("Since the last run listed, "
                    + a.count() + " run(s) found every file as it was and were answered without the job (see "
                    + "\"Running it every night\" in the README), the last at " + java.time.format.DateTimeFormatter
                    .ofPattern("yyyy-MM-dd HH:mm:ss xxx").format(a.last().atZone(java.time.ZoneId.systemDefault()))
                    + "."));
            return ExitCode.OK;
        });
    }
}
