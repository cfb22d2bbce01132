package org.rapporteur.inputs;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.Extraction;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.participants.StatementsReader;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads a statements file: CSV text ({@code meeting_symbol, speaker, text}), each statement classified like a
 * report's paragraph. A workbook is refused with advice to save it as CSV. A file none of whose rows could be used,
 * for a reason that is an error, is rejected.
 */
public final class StatementsFileReader implements InputReader {

    private final DocumentFiles documents;
    private final StatementsReader statements;
    private final PositionClassifier classifier;

    public StatementsFileReader(DocumentFiles documents, StatementsReader statements, PositionClassifier classifier) {
        this.documents = documents;
        this.statements = statements;
        this.classifier = classifier;
    }

    @Override
    public InputKind kind() {
        return InputKind.STATEMENTS;
    }

    @Override
    public ReadOutcome read(InputFile file) {
        DocumentFiles.Loaded loaded = documents.load(file.path());
        if (loaded.bytes() == null) {
            return new ReadOutcome.Rejected(loaded.sha256(), loaded.findings());
        }
        String extension = InputFinder.extension(file.source());
        if (DocumentFiles.isZip(loaded.bytes()) || extension.equals("xls") || extension.equals("ods")) {
            return new ReadOutcome.Rejected(loaded.sha256(), List.of(Finding.inFile(FindingCode.UNSUPPORTED_FORMAT,
                    "A statements file is read as CSV (meeting_symbol, speaker, text): save this ." + extension
                            + " file as .csv (UTF-8)")));
        }
        Extraction text = documents.decodeText(loaded.bytes());
        if (text.text() == null) {
            return new ReadOutcome.Rejected(loaded.sha256(), text.findings());
        }
        StatementsFile read = statements.read(file.source(), text.text());
        if (!text.findings().isEmpty()) {
            List<Finding> findings = new ArrayList<>(text.findings());
            findings.addAll(read.findings());
            read = new StatementsFile(read.statements(), findings);
        }
        if (read.statements().isEmpty() && Findings.anyError(read.findings())) {
            return new ReadOutcome.Rejected(loaded.sha256(), read.findings());
        }
        return new ReadOutcome.Read(loaded.sha256(), new InputFacts.OfStatements(read,
                ReportPositions.of(read, classifier)));
    }
}
