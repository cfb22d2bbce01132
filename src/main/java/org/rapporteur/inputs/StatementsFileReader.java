package org.rapporteur.inputs;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.rapporteur.documents.ContentSniffer;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.documents.TextStreams;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.participants.StatementsReader;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads a statements file: CSV text ({@code meeting_symbol, speaker, text}) record by record, or an .xlsx workbook row
 * by row, each statement then classified like a report's paragraph. An .xls or .ods workbook or any other file is
 * refused with advice to save it as .xlsx or CSV. A file
 * none of whose rows could be used, for a reason that is an error, is rejected; so is one with more rows than the
 * limit.
 */
public final class StatementsFileReader implements InputReader {

    private static final String FORMATS = ".csv (UTF-8) or .xlsx";
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "tsv", "txt");

    private final ReadLimits limits;
    private final StatementsReader statements;
    private final Supplier<PositionClassifier> classifier;

    public StatementsFileReader(ReadLimits limits, StatementsReader statements, PositionClassifier classifier) {
        this(limits, statements, () -> classifier);
    }

    /** @param classifier asked for the classifier when a file is read, not before (see {@link org.rapporteur.positions.LazyClassifier}) */
    public StatementsFileReader(ReadLimits limits, StatementsReader statements,
                                Supplier<PositionClassifier> classifier) {
        this.limits = limits;
        this.statements = statements;
        this.classifier = classifier;
    }

    @Override
    public InputKind kind() {
        return InputKind.STATEMENTS;
    }

    @Override
    public ReadOutcome read(InputFile file) {
        List<Finding> refusal = new ArrayList<>();
        Optional<TabularInput> input = TabularInput.open(file.path(), limits, refusal);
        if (input.isEmpty()) {
            return new ReadOutcome.Rejected("", refusal);
        }
        String sha256 = input.get().sha256();
        String extension = InputFinder.extension(file.source());
        ContentSniffer.Content content = input.get().content();
        if (extension.equals("xls") || extension.equals("ods")) {
            return ListFileReader.unsupported(sha256, "A ." + extension + " workbook is not read: save it as .xlsx "
                    + "(Excel 2007 or later) or .csv (UTF-8)");
        }
        if (content == ContentSniffer.Content.ZIP) {
            // a workbook: every visible sheet read like a CSV file, its rows numbered as the sheet numbers them
            return outcome(sha256, statements.readXlsx(file.source(), file.path()));
        }
        Optional<String> advice = TabularInput.advice(content, FORMATS);
        if (advice.isPresent()) {
            return ListFileReader.unsupported(sha256, advice.get());
        }
        if (!TEXT_EXTENSIONS.contains(extension)) {
            return ListFileReader.unsupported(sha256, "Text in a file " + (extension.isEmpty() ? "without an "
                    + "extension" : "named ." + extension) + ": statements are read from a .csv (or .tsv, .txt) "
                    + "file; rename it if it is CSV");
        }
        StatementsFile read;
        try {
            TextStreams.Opened text = TextStreams.open(file.path());
            if (!text.readable()) {
                return new ReadOutcome.Rejected(sha256, text.findings());
            }
            try (Reader reader = text.reader()) {
                read = statements.read(file.source(), reader);
            }
            if (!text.findings().isEmpty()) {
                List<Finding> findings = new ArrayList<>(text.findings());
                findings.addAll(read.findings());
                read = new StatementsFile(read.statements(), findings);
            }
        } catch (IOException e) {
            return new ReadOutcome.Rejected(sha256, List.of(Finding.inFile(FindingCode.UNREADABLE_FILE,
                    "Cannot read the file: " + e.getMessage())));
        }
        return outcome(sha256, read);
    }

    private ReadOutcome outcome(String sha256, StatementsFile read) {
        if (read.statements().isEmpty() && Findings.anyError(read.findings())) {
            return new ReadOutcome.Rejected(sha256, read.findings());
        }
        return new ReadOutcome.Read(sha256, new InputFacts.OfStatements(read, ReportPositions.of(read, classifier.get())));
    }
}
