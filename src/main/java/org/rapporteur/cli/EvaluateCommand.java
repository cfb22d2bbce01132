package org.rapporteur.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.positions.CodebookException;
import org.rapporteur.positions.Evaluation;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.GoldSetReader;
import org.rapporteur.positions.PositionClassifier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: scores the classifier on a gold set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Reads a gold CSV (id,sentence,topic,stance; topic NONE = no position) and prints precision, "
                + "recall and F1 per stance and per topic, a confusion table, and as its last line",
                "macro_f1=… for_f1=… against_f1=… against_recall=… n=…"})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "The gold set.")
    Path gold;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook (default: jobs/codebook.yml when present, else the one in the jar).")
    Path codebook;

    @Option(names = "--errors", description = "Also print every sentence scored wrong.")
    boolean errors;

    @Override
    public Integer call() {
        PositionClassifier classifier;
        try {
            classifier = ClassifierFactory.create(codebook);
        } catch (CodebookException e) {
            System.err.println("rapporteur: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<GoldSentence> sentences;
        try (Reader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            sentences = GoldSetReader.read(gold.toString(), reader);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("rapporteur: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Evaluation evaluation = Evaluation.of(sentences, classifier);
        if (errors) {
            evaluation.errors().forEach(System.out::println);
            System.out.println();
        }
        System.out.println(evaluation.report());
        return ExitCode.OK.code();
    }
}
