package org.rapporteur.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rapporteur.export.CellText;
import org.rapporteur.operations.Console;
import org.rapporteur.positions.CodebookException;
import org.rapporteur.positions.Position;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.SentenceContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code classify}: positions of sentences given as CSV, one output row per position. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Reads a CSV with columns id,sentence (other columns ignored) and writes one row per position "
                + "found: id,topic,stance,quantifier,weight,attributed_entity_code,on_behalf_of,confidence,rule.",
                "Each sentence is classified on its own, without the sentences around it; an optional body column "
                        + "(the meeting's body series, e.g. CTOC/COP) decides what \"the Convention\" means."})
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, paramLabel = "FILE.csv", description = "Sentences: CSV with id,sentence.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the positions.")
    Path out;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Codebook (default: jobs/codebook.yml when present, else the one in the jar).")
    Path codebook;

    @Override
    public Integer call() {
        PositionClassifier classifier;
        try {
            classifier = ClassifierFactory.create(codebook == null ? null : codebook.toAbsolutePath().normalize());
        } catch (CodebookException e) {
            Console.err("the codebook is refused: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            if (!parser.getHeaderMap().containsKey("id") || !parser.getHeaderMap().containsKey("sentence")) {
                Console.err(in.toAbsolutePath().normalize() + " line 1: the header must have the columns id and "
                        + "sentence");
                return ExitCode.USAGE.code();
            }
            printer.printRecord("id", "topic", "stance", "quantifier", "weight", "attributed_entity_code",
                    "on_behalf_of", "confidence", "rule");
            List<CSVRecord> records = parser.getRecords();
            classifier.prefetch(records.stream().map(r -> r.get("sentence")).toList());
            for (CSVRecord record : records) {
                SentenceContext context = record.isMapped("body") ? SentenceContext.of(record.get("body").strip())
                        : SentenceContext.NONE;
                for (Position p : classifier.classify(record.get("sentence"), context).positions()) {
                    printer.printRecord(CellText.neutralise(record.get("id")), p.topic(), p.stance(),
                            CellText.neutralise(p.quantifier()), p.weight(), p.attributedEntityCode(), p.onBehalfOf(),
                            java.math.BigDecimal.valueOf(p.confidence()).stripTrailingZeros().toPlainString(),
                            p.rule());
                    rows++;
                }
            }
        } catch (IOException e) {
            Console.err("cannot classify " + in.toAbsolutePath().normalize() + ": " + Application.describe(e));
            return ExitCode.USAGE.code();
        } catch (RuntimeException e) {
            Console.err("cannot classify " + in.toAbsolutePath().normalize() + ": " + e.getMessage());
            return ExitCode.FAILED.code();
        }
        System.out.println(rows + " position(s) written to " + out);
        return ExitCode.OK.code();
    }
}
