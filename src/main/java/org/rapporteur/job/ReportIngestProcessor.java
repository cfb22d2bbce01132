package org.rapporteur.job;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.documents.DocumentText;
import org.rapporteur.documents.InputFile;
import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;
import org.rapporteur.report.ReportStatus;
import org.rapporteur.store.FactStore;
import org.rapporteur.store.InputRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one report file unless it is unchanged since it was last read (same content hash, same code fingerprint), in
 * which case it is filtered out. Bad content never escapes as an exception: it becomes a rejected input with findings.
 */
class ReportIngestProcessor implements ItemProcessor<InputFile, IngestedReport> {

    private static final Logger log = LoggerFactory.getLogger(ReportIngestProcessor.class);

    private final DocumentFiles reader;
    private final ReportParser parser;
    private final PositionClassifier classifier;
    private final FactStore store;
    private final String fingerprint;
    private final boolean full;

    /** @param full read every input, even one unchanged since it was last read */
    ReportIngestProcessor(DocumentFiles reader, ReportParser parser, PositionClassifier classifier,
                          FactStore store, String fingerprint, boolean full) {
        this.full = full;
        this.reader = reader;
        this.parser = parser;
        this.classifier = classifier;
        this.store = store;
        this.fingerprint = fingerprint;
    }

    @Override
    public IngestedReport process(InputFile file) {
        DocumentText document = reader.read(file.path());
        var known = store.input(file.kind(), file.source());
        if (!full && known.isPresent() && known.get().sha256().equals(document.sha256())
                && known.get().fingerprint().equals(fingerprint)) {
            return null;
        }
        MeetingReport report;
        ReportPositions positions = ReportPositions.NONE;
        if (!document.readable()) {
            report = rejected(file.source(), document.findings());
        } else {
            try {
                report = withReadingFindings(parser.parse(file.source(), document.text()), document.findings());
                if (!ReportParser.isRejected(report)) {
                    positions = ReportPositions.of(report, classifier);
                }
            } catch (RuntimeException | StackOverflowError e) {
                log.error("Reading {} failed; it is set aside and the run goes on", file.source(), e);
                report = rejected(file.source(), List.of(Finding.inFile(FindingCode.PARSER_FAILURE,
                        "Reading the report failed (" + e.getClass().getSimpleName() + "): please report this file")));
            }
        }
        boolean isRejected = ReportParser.isRejected(report);
        if (isRejected) {
            report.findings().forEach(f -> log.warn("Rejected {}: {}", file.source(), f.message()));
        } else {
            log.info("Read {}: meeting {}, {} paragraphs, {} participation rows, {} positions, {} findings",
                    file.source(), report.meetingId(), report.paragraphs().size(), report.participation().size(),
                    positions.positions().size(), report.findings().size());
        }
        return new IngestedReport(new InputRecord(file.kind(), file.source(), document.sha256(), fingerprint,
                isRejected), report, positions);
    }

    /** What the reader noticed (a name that says another format, a guessed encoding) comes first. */
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

    private static MeetingReport rejected(String source, List<Finding> findings) {
        return new MeetingReport(source, null, ReportStatus.UNKNOWN, "", null, null, null, false, "", List.of(),
                List.of(), List.of(), List.of(), new ArrayList<>(findings));
    }
}
