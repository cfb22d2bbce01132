package org.rapporteur.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.rapporteur.documents.PdfBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code benchmark-pdf}: our PDF reading against PDFBox's bare text stripper, on the same files. */
@Command(name = "benchmark-pdf", mixinStandardHelpOptions = true,
        description = {"Times Rapporteur's PDF reader (text per page, running headers and footers found by repetition, "
                + "hyphens joined) against PDFBox's bare PDFTextStripper on the same files and prints the ratio "
                + "(target <= 1.30).", "Without FILE, reads a generated report of --pages pages."})
final class BenchmarkPdfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "PDF files or folders of them.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--pages", defaultValue = "200", description = "Pages of the generated report (default: "
            + "${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--rounds", defaultValue = "7", description = "Timed rounds; the median is printed (default: "
            + "${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (pages <= 0 || rounds <= 0 || warmup < 0) {
            System.err.println("rapporteur: --pages and --rounds must be positive, --warmup not negative");
            return ExitCode.USAGE.code();
        }
        List<PdfBenchmark.Input> inputs = new ArrayList<>();
        for (Path path : files) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(f -> f.toString().toLowerCase().endsWith(".pdf")).sorted().toList()) {
                        inputs.add(new PdfBenchmark.Input(p.toString(), Files.readAllBytes(p)));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                inputs.add(new PdfBenchmark.Input(path.toString(), Files.readAllBytes(path)));
            } else {
                System.err.println("rapporteur: " + path + " does not exist");
                return ExitCode.USAGE.code();
            }
        }
        if (inputs.isEmpty()) {
            System.out.println("Generating a report of " + pages + " pages …");
            inputs.add(new PdfBenchmark.Input("generated.pdf", PdfBenchmark.generatedReport(pages)));
        }
        PdfBenchmark.run(inputs, warmup, rounds, System.out);
        return ExitCode.OK.code();
    }
}
