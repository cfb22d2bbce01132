package org.rapporteur.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.benchmark.ReportClassifyBenchmark;
import org.rapporteur.positions.ClassifyBenchmark;
import org.rapporteur.positions.CodebookException;
import org.rapporteur.positions.Codebooks;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchmark-classify}: the position classifier's cost per sentence, rules and model apart. */
@Command(name = "benchmark-classify", mixinStandardHelpOptions = true,
        description = {"Times the position classifier on the sentences of a CSV (column sentence; default: the "
                + "labelled corpus in the jar): the floor (lowering and splitting each sentence), the rule path, the "
                + "model's load, its embedding cost per sentence, and the full classifier with its cache warm."})
final class BenchmarkClassifyCommand implements Callable<Integer> {

    @Option(names = "--in", paramLabel = "FILE.csv", description = "Sentences: CSV with a sentence column.")
    Path in;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds; the median is printed (default: "
            + "${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--reports", paramLabel = "N", description = "Time the classifier on the deliberations of N "
            + "synthetic reports, read as the nightly job reads them, cold and with results and vectors kept (instead "
            + "of the sentences of a CSV).")
    Integer reports;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic reports (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rules-only", description = "Time the rules only; do not load the model.")
    boolean rulesOnly;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook (default: jobs/codebook.yml when present, else the one in the jar).")
    Path codebook;

    @Override
    public Integer call() {
        if (rounds <= 0 || warmup < 0) {
            System.err.println("rapporteur: --rounds must be positive, --warmup not negative");
            return ExitCode.USAGE.code();
        }
        if (reports != null) {
            if (reports <= 0 || in != null) {
                System.err.println("rapporteur: --reports takes a positive number, and not with --in");
                return ExitCode.USAGE.code();
            }
            try {
                NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
                ReportClassifyBenchmark.run(reports, seed, Codebooks.choose(codebook),
                        name -> resolver.resolve(name).map(Entity::code), rulesOnly, System.out);
            } catch (CodebookException e) {
                System.err.println("rapporteur: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            return ExitCode.OK.code();
        }
        List<String> sentences = new ArrayList<>();
        if (in == null) {
            sentences.addAll(ClassifyBenchmark.corpusSentences());
        } else {
            try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                         .parse(reader)) {
                if (!parser.getHeaderMap().containsKey("sentence")) {
                    System.err.println("rapporteur: " + in + " line 1: the header must have a sentence column");
                    return ExitCode.USAGE.code();
                }
                for (CSVRecord r : parser) {
                    sentences.add(r.get("sentence"));
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("rapporteur: cannot read " + in + ": " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        }
        if (sentences.isEmpty()) {
            System.err.println("rapporteur: no sentences to time");
            return ExitCode.USAGE.code();
        }
        try {
            NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
            ClassifyBenchmark.run(sentences, Codebooks.choose(codebook),
                    name -> resolver.resolve(name).map(Entity::code), warmup, rounds, rulesOnly, System.out);
        } catch (CodebookException e) {
            System.err.println("rapporteur: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        return ExitCode.OK.code();
    }
}
