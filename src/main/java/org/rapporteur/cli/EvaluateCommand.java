package org.rapporteur.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rapporteur.positions.Codebook;
import org.rapporteur.operations.Console;
import org.rapporteur.positions.CodebookException;
import org.rapporteur.positions.Codebooks;
import org.rapporteur.positions.Evaluation;
import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.GoldSetReader;
import org.rapporteur.positions.PlainCueGate;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.corpus.Hand;
import org.rapporteur.positions.corpus.LabelledCorpus;
import org.rapporteur.positions.corpus.LeaveOneHandOut;
import org.rapporteur.positions.learned.EmbeddingStore;
import org.rapporteur.positions.learned.PairModel;
import org.rapporteur.positions.learned.E5Embedder;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: scores the classifier on a gold set, or leave-one-hand-out on a folder of hands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"With --gold: reads a gold CSV (id,sentence,topic,stance; topic NONE = no position) and prints "
                + "precision, recall and F1 per stance and per topic, a confusion table, and as its last line",
                "macro_f1=… for_f1=… against_f1=… against_recall=… n=…",
                "With --leave-one-hand-out DIR: for each hand-*.csv of DIR, trains the learned parts on the other "
                        + "hands and scores that hand; prints one row per hand (the full classifier and the rules "
                        + "alone)."})
final class EvaluateCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "The gold set.")
        Path gold;

        @Option(names = "--leave-one-hand-out", required = true, paramLabel = "DIR",
                description = "A folder of hands (hand-<name>.csv).")
        Path hands;
    }

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook (default: jobs/codebook.yml when present, else the one in the jar).")
    Path codebook;

    @Option(names = "--errors", description = "With --gold: also print every sentence scored wrong.")
    boolean errors;

    @Option(names = "--errors-of", paramLabel = "HAND", split = ",",
            description = "With --leave-one-hand-out: print the sentences scored wrong in these hands only.")
    Set<String> errorsOf = Set.of();

    @Option(names = "--paths", description = "With --leave-one-hand-out: also print, per hand, which decision path "
            + "settled each (sentence, topic) pair and how often rightly: the rules' stance kept, the combiner's "
            + "stance over the rules', a topic only the combiner found, a rules' position the combiner withdrew, a "
            + "position both missed (right/pairs; where the combiner changed the rules' decision, the rules' own "
            + "right count beside it). Figures only, no sentences.")
    boolean paths;

    @Option(names = "--model-use", paramLabel = "ALL|UNDECIDED", defaultValue = "ALL",
            description = "With --leave-one-hand-out: the sentences the model reads, as the nightly job's "
                    + "rapporteur.positions.model-use (default: ${DEFAULT-VALUE}).")
    PositionClassifier.ModelUse modelUse;

    @Option(names = "--score", paramLabel = "HAND", split = ",",
            description = "With --leave-one-hand-out: score these hands only (each still trained on all the others); "
                    + "default all.")
    Set<String> score = Set.of();

    @Option(names = "--combiner", paramLabel = "NAME=VALUE,…",
            description = "With --leave-one-hand-out: the learned combiner's training settings changed from the "
                    + "jar's (epochs, rate, l2, embedding, noneWeight, noneBias, seed, againstWeight, againstBias, "
                    + "neutralBias, knn, namedNoneWeight, neutralWeight), to compare settings.")
    String combiner;

    @Option(names = "--gate-margin", paramLabel = "MARGIN", split = ",",
            description = "How much more likely (0 to 1) the learned combiner's 'no position' must be than the rules' "
                    + "stance to overrule a plain cue (an explicit, un-negated, un-hedged FOR or AGAINST cue on a topic "
                    + "named in the codebook's words); 0 leaves every decision to the combiner (default: the jar's, "
                    + PlainCueGate.DEFAULT_MARGIN + "). Several values, comma-separated, are scored side by side: "
                    + "with --leave-one-hand-out each fold's model is trained once and one table printed per value.")
    List<Double> gateMargins = List.of(PlainCueGate.DEFAULT_MARGIN);

    @Option(names = "--hedge-margin", paramLabel = "MARGIN", split = ",",
            description = "How much more likely (0 to 1) the learned combiner's FOR or AGAINST must be than NEUTRAL to "
                    + "overrule the rules' hedge (a topic in a clause the rules read NEUTRAL because of a hedge or "
                    + "neutral frame); 0 leaves every decision to the combiner (default: the jar's, "
                    + PlainCueGate.DEFAULT_HEDGE_MARGIN + "). Several values are scored side by side, each with "
                    + "every --gate-margin.")
    List<Double> hedgeMargins = List.of(PlainCueGate.DEFAULT_HEDGE_MARGIN);

    @Option(names = "--stance-margin", paramLabel = "MARGIN", split = ",",
            description = "How much more likely (0 to 1) another stance of the learned combiner must be than the "
                    + "rules' stance to overrule a plain cue; 0 leaves every decision to the combiner (default: the "
                    + "jar's, " + PlainCueGate.DEFAULT_STANCE_MARGIN + "). Several values are scored side by side, "
                    + "each with every --gate-margin and --hedge-margin.")
    List<Double> stanceMargins = List.of(PlainCueGate.DEFAULT_STANCE_MARGIN);

    @Option(names = "--negated-margin", paramLabel = "MARGIN", split = ",",
            description = "How much more likely (0 to 1) the learned combiner's 'no position' must be than the rules' "
                    + "stance to overrule a negated cue ('did not object to X') on a topic named or referred back to; "
                    + "0 leaves it to the combiner (default: the jar's, " + PlainCueGate.DEFAULT_NEGATED_MARGIN
                    + "). Several values are scored side by side, each with every other margin.")
    List<Double> negatedMargins = List.of(PlainCueGate.DEFAULT_NEGATED_MARGIN);

    @Option(names = "--referred-margin", paramLabel = "MARGIN", split = ",",
            description = "How much more likely (0 to 1) the learned combiner's 'no position' must be than the rules' "
                    + "stance to overrule an explicit cue on a topic referred back to ('that Convention') or implied "
                    + "by its cue; 0 leaves it to the combiner (default: the jar's, "
                    + PlainCueGate.DEFAULT_REFERRED_MARGIN + "). Several values are scored side by side, each with "
                    + "every other margin.")
    List<Double> referredMargins = List.of(PlainCueGate.DEFAULT_REFERRED_MARGIN);

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "With --leave-one-hand-out: keep the sentences' vectors in this file between runs.")
    Path vectorsFile;

    @Override
    public Integer call() {
        Codebook chosen;
        try {
            chosen = Codebooks.choose(codebook == null ? null : codebook.toAbsolutePath().normalize());
        } catch (CodebookException e) {
            Console.err("the codebook is refused: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<PlainCueGate> gates;
        try {
            gates = gateMargins.stream().distinct().flatMap(m -> hedgeMargins.stream().distinct()
                    .flatMap(h -> stanceMargins.stream().distinct()
                            .flatMap(st -> negatedMargins.stream().distinct()
                                    .flatMap(n -> referredMargins.stream().distinct()
                                            .map(r -> new PlainCueGate(m, h, st, n, r)))))).toList();
        } catch (IllegalArgumentException e) {
            Console.err("--gate-margin, --hedge-margin, --stance-margin, --negated-margin, --referred-margin: "
                    + e.getMessage());
            return ExitCode.USAGE.code();
        }
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        return what.gold != null ? gold(chosen, resolver, gates) : leaveOneHandOut(chosen, resolver, gates);
    }

    private int gold(Codebook chosen, NameResolver resolver, List<PlainCueGate> gates) {
        Path file = what.gold.toAbsolutePath().normalize();
        List<GoldSentence> sentences;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            sentences = GoldSetReader.read(file.toString(), reader);
        } catch (IOException e) {
            Console.err("cannot read the gold set (--gold): " + Application.describe(e));
            return ExitCode.USAGE.code();
        } catch (IllegalArgumentException e) {
            Console.err("the gold set " + file + " is refused: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        PositionClassifier classifier = PositionClassifier.withDefaultModel(chosen,
                name -> resolver.resolve(name).map(Entity::code));
        for (PlainCueGate gate : gates) {
            Evaluation evaluation = Evaluation.of(sentences, classifier.withGate(gate));
            if (gates.size() > 1) {
                System.out.println(gate.label());
            }
            if (errors) {
                evaluation.errors().forEach(System.out::println);
                System.out.println();
            }
            System.out.println(evaluation.report());
        }
        return ExitCode.OK.code();
    }

    private int leaveOneHandOut(Codebook chosen, NameResolver resolver, List<PlainCueGate> gates) {
        List<Hand> hands;
        try {
            hands = LabelledCorpus.read(what.hands);
        } catch (IOException e) {
            Console.err("cannot read the hands (--leave-one-hand-out): " + Application.describe(e));
            return ExitCode.USAGE.code();
        } catch (IllegalArgumentException e) {
            Console.err(e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (hands.size() < 2) {
            Console.err(what.hands.toAbsolutePath().normalize() + " holds " + hands.size()
                    + " hand(s) (hand-<name>.csv); leave-one-hand-out needs two or more");
            return ExitCode.USAGE.code();
        }
        PairModel.Settings settings;
        try {
            settings = combiner == null ? PairModel.Settings.DEFAULT : PairModel.Settings.DEFAULT.with(combiner);
        } catch (IllegalArgumentException e) {
            Console.err("--combiner: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Set<String> names = new HashSet<>();
        hands.forEach(h -> names.add(h.name()));
        if (!names.containsAll(score)) {
            Console.err("--score: no hand " + String.join(", ", score.stream().filter(s -> !names.contains(s))
                    .sorted().toList()) + " in " + what.hands.toAbsolutePath().normalize());
            return ExitCode.USAGE.code();
        }
        E5Embedder embedder = E5Embedder.shared();
        Map<String, float[]> vectors = vectorsFile == null ? new java.util.HashMap<>()
                : EmbeddingStore.read(vectorsFile, embedder.modelId());
        int known = vectors.size();
        EmbeddingStore.complete(vectors, LabelledCorpus.sentences(hands).stream().map(GoldSentence::sentence).toList(),
                embedder);
        List<LeaveOneHandOut.Row> rows = LeaveOneHandOut.run(hands, chosen,
                name -> resolver.resolve(name).map(Entity::code), vectors, embedder, settings, modelUse,
                hand -> score.isEmpty() || score.contains(hand), gates,
                row -> Console.err(LeaveOneHandOut.progress(row)));
        // written after the run: the run embeds the parts of sentences with more than one voice too
        if (vectorsFile != null && vectors.size() > known) {
            try {
                EmbeddingStore.write(vectorsFile, embedder.modelId(), vectors);
            } catch (IOException e) {
                Console.err("cannot write the vectors (--vectors): " + Application.describe(e));
            }
        }
        for (LeaveOneHandOut.Row row : rows) {
            if (errorsOf.contains(row.hand())) {
                if (gates.size() > 1) {
                    System.out.println(row.gate().label() + " " + row.hand());
                }
                row.full().errors().forEach(System.out::println);
                System.out.println();
            }
        }
        System.out.print(LeaveOneHandOut.table(rows));
        if (paths) {
            System.out.print(LeaveOneHandOut.paths(rows));
        }
        return ExitCode.OK.code();
    }
}
