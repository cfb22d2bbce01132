package org.rapporteur.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the command line: {@code rapporteur nightly [--input DIR] [--output DIR] [--db JDBC_URL]}. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Turns UN meeting reports into tables of who took part and what positions were voiced.",
        subcommands = {NightlyCommand.class, StatusCommand.class, RestartCommand.class, ClassifyCommand.class,
                EvaluateCommand.class, BenchmarkClassifyCommand.class, BenchmarkPdfCommand.class, BenchmarkWorkbookCommand.class,
                GenerateReportsCommand.class, BenchmarkNightlyCommand.class, ReadAndSplitCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Parses and runs a command line; returns the exit code instead of exiting, so that tests can call it. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Cli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> ExitCode.FAILED.code());
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("rapporteur: " + e.getMessage());
            cmd.usage(cmd.getErr());
            return ExitCode.USAGE.code();
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one, e.g. nightly");
    }

    /** The version from the jar's manifest; "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rapporteur " + org.rapporteur.job.Versions.current()};
        }
    }
}
