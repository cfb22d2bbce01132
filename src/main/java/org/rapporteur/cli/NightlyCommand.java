package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.RapporteurApplication;
import org.rapporteur.job.NightlyRun;
import org.rapporteur.positions.CodebookException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nightly}: reads new and changed inputs into the database and writes the exports. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Reads the meeting reports under <input>/reports/ (*.txt, UTF-8) that are new or changed since "
                + "the last run, stores their facts, and writes the CSV tables and rapporteur.xlsx to <output>.",
                "", "Exit codes: 0 all inputs processed; 3 completed, some inputs rejected (see data-quality.csv); "
                + "1 the run failed; 2 usage error."})
final class NightlyCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Input folder (default: ${DEFAULT-VALUE}); reports are read from its reports/ folder.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output folder for the exports (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = {"Database (default: an HSQLDB file database under <output>/.state/).",
                    "For PostgreSQL give jdbc:postgresql://host/db; the user and password come from the environment "
                            + "(SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), never the command line."})
    String db;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook of topics and cues (default: jobs/codebook.yml when present, else the one in the "
                    + "jar).")
    Path codebook;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "An analyst's position overrides, CSV source,sentence_index,topic,stance (default: "
                    + "jobs/position-overrides.csv when present).")
    Path overrides;

    @Override
    public Integer call() {
        if (!java.nio.file.Files.isDirectory(input)) {
            System.err.println("rapporteur: the input folder " + input.toAbsolutePath().normalize()
                    + " does not exist");
            return ExitCode.USAGE.code();
        }
        String url = db != null ? db : defaultDatabase(output);
        List<String> properties = new ArrayList<>();
        properties.add("--spring.datasource.url=" + url);
        if (overrides != null) {
            properties.add("--rapporteur.overrides=" + overrides.toAbsolutePath());
        }
        if (codebook != null) {
            properties.add("--rapporteur.codebook=" + codebook.toAbsolutePath());
        }
        SpringApplication application = new SpringApplication(RapporteurApplication.class);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            return context.getBean(NightlyRun.class).run(input, output).code();
        } catch (RuntimeException e) {
            Throwable root = rootCause(e);
            if (root instanceof CodebookException) {
                System.err.println("rapporteur: the codebook is refused: " + root.getMessage());
                return ExitCode.USAGE.code();
            }
            System.err.println("rapporteur: the run failed: " + rootMessage(e));
            return ExitCode.FAILED.code();
        }
    }

    static String defaultDatabase(Path output) {
        Path file = output.toAbsolutePath().normalize().resolve(".state").resolve("rapporteur");
        return "jdbc:hsqldb:file:" + file + ";shutdown=true;hsqldb.write_delay=false";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = rootCause(e);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
