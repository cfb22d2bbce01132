package org.rapporteur.inputs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.DocumentText;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a meeting report: its text (by content: plain text, Word or PDF, see {@link DocumentFiles}), the facts the
 * parser finds in it, and the positions voiced in its deliberations, each repeated paragraph read once
 * ({@link RepeatedParagraphs}). A file that gives no text, or no report, is rejected; a defect of the parser rejects
 * the one file (PARSER_FAILURE), never the run.
 */
public final class ReportFileReader implements InputReader {

    private static final Logger log = LoggerFactory.getLogger(ReportFileReader.class);

    private final DocumentFiles documents;
    private final ReportParser parser;
    private final Supplier<PositionClassifier> classifier;

    public ReportFileReader(DocumentFiles documents, ReportParser parser, PositionClassifier classifier) {
        this(documents, parser, () -> classifier);
    }

    /** @param classifier asked for the classifier when a report is read, not before (see {@link org.rapporteur.positions.LazyClassifier}) */
    public ReportFileReader(DocumentFiles documents, ReportParser parser, Supplier<PositionClassifier> classifier) {
        this.documents = documents;
        this.parser = parser;
        this.classifier = classifier;
    }

    @Override
    public InputKind kind() {
        return InputKind.REPORT;
    }

    @Override
    public ReadOutcome read(InputFile file) {
        DocumentText document = documents.read(file.path());
        if (!document.readable()) {
            return new ReadOutcome.Rejected(document.sha256(), document.findings());
        }
        MeetingReport report;
        ReportPositions positions;
        try {
            report = withReadingFindings(parser.parse(file.source(), document.text()), document.findings());
            if (ReportParser.isRejected(report)) {
                return new ReadOutcome.Rejected(document.sha256(), report.findings());
            }
            report = RepeatedParagraphs.dropRepeats(report);
            positions = ReportPositions.of(report, classifier.get());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("Reading {} failed; it is set aside and the run goes on", file.source(), e);
            List<Finding> findings = new ArrayList<>(document.findings());
            findings.add(Finding.inFile(FindingCode.PARSER_FAILURE, "Reading the report failed ("
                    + e.getClass().getSimpleName() + "): please report this file"));
            return new ReadOutcome.Rejected(document.sha256(), findings);
        }
        return new ReadOutcome.Read(document.sha256(), new InputFacts.OfReport(report, positions));
    }

    /** What the document reader noticed (a name that says another format, a guessed encoding) comes first. */
    private static MeetingReport withReadingFindings(MeetingReport report, List<Finding> reading) {
        if (reading.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(reading);
        findings.addAll(report.findings());
        return new MeetingReport(report.source(), report.symbol(), report.status(), report.jobNumber(),
                report.sessionNumber(), report.startDate(), report.endDate(), report.datesProvisional(), report.venue(),
                report.paragraphs(), report.agenda(), report.attendance(), report.participation(), List.copyOf(findings));
    }
}
