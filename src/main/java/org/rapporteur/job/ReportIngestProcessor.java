package org.rapporteur.job;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.documents.DocumentText;
import org.rapporteur.documents.InputFile;
import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.Extraction;
import org.rapporteur.documents.InputFinder;
import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.participants.StatementsReader;
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
 * Reads one input file (a report, a list of participants or a statements file) unless it is unchanged since it was last read (same content hash, same code fingerprint), in
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
    private final ParticipantListReader lists;
    private final StatementsReader statementsReader;

    /** @param full read every input, even one unchanged since it was last read */
    ReportIngestProcessor(DocumentFiles reader, ReportParser parser, ParticipantListReader lists,
                          StatementsReader statementsReader, PositionClassifier classifier, FactStore store,
                          String fingerprint, boolean full) {
        this.full = full;
        this.lists = lists;
        this.statementsReader = statementsReader;
        this.reader = reader;
        this.parser = parser;
        this.classifier = classifier;
        this.store = store;
        this.fingerprint = fingerprint;
    }

    @Override
    public IngestedReport process(InputFile file) {
        DocumentFiles.Loaded loaded = reader.load(file.path());
        var known = store.input(file.kind(), file.source());
        if (!full && loaded.bytes() != null && known.isPresent() && known.get().sha256().equals(loaded.sha256())
                && known.get().fingerprint().equals(fingerprint)) {
            return null;
        }
        return switch (file.kind()) {
            case InputFinder.PARTICIPANTS -> list(file, loaded);
            case InputFinder.STATEMENTS -> statements(file, loaded);
            default -> report(file, loaded);
        };
    }

    private IngestedReport list(InputFile file, DocumentFiles.Loaded loaded) {
        ParticipantList list;
        String extension = InputFinder.extension(file.source());
        if (loaded.bytes() == null) {
            list = new ParticipantList(List.of(), loaded.findings());
        } else if (extension.equals("xls") || extension.equals("ods")) {
            list = new ParticipantList(List.of(), List.of(Finding.inFile(FindingCode.UNSUPPORTED_FORMAT, "A ."
                    + extension + " workbook is not read: save it as .xlsx (Excel 2007 or later) or .csv")));
        } else if (DocumentFiles.isZip(loaded.bytes())) {
            // .xlsx and .xlsm, also when the name says .csv
            list = lists.readXlsx(file.source(), loaded.bytes());
        } else {
            Extraction text = reader.decodeText(loaded.bytes());
            list = text.text() == null ? new ParticipantList(List.of(), text.findings())
                    : withFindings(lists.readCsv(file.source(), text.text()), text.findings());
        }
        boolean isRejected = list.delegates().isEmpty() && hasError(list.findings());
        log.info("Read {}: {} delegate(s), {} finding(s)", file.source(), list.delegates().size(),
                list.findings().size());
        return IngestedReport.list(new InputRecord(file.kind(), file.source(), loaded.sha256(), fingerprint,
                isRejected), list);
    }

    private IngestedReport statements(InputFile file, DocumentFiles.Loaded loaded) {
        StatementsFile read;
        String extension = InputFinder.extension(file.source());
        if (loaded.bytes() == null) {
            read = new StatementsFile(List.of(), loaded.findings());
        } else if (DocumentFiles.isZip(loaded.bytes()) || extension.equals("xls") || extension.equals("ods")) {
            read = new StatementsFile(List.of(), List.of(Finding.inFile(FindingCode.UNSUPPORTED_FORMAT,
                    "A statements file is read as CSV (meeting_symbol, speaker, text): save this ." + extension
                            + " file as .csv (UTF-8)")));
        } else {
            Extraction text = reader.decodeText(loaded.bytes());
            read = text.text() == null ? new StatementsFile(List.of(), text.findings())
                    : statementsReader.read(file.source(), text.text());
            if (text.text() != null && !text.findings().isEmpty()) {
                List<Finding> findings = new ArrayList<>(text.findings());
                findings.addAll(read.findings());
                read = new StatementsFile(read.statements(), findings);
            }
        }
        ReportPositions positions = ReportPositions.of(read, classifier);
        boolean isRejected = read.statements().isEmpty() && hasError(read.findings());
        log.info("Read {}: {} statement(s), {} position(s), {} finding(s)", file.source(), read.statements().size(),
                positions.positions().size(), read.findings().size());
        return IngestedReport.statements(new InputRecord(file.kind(), file.source(), loaded.sha256(), fingerprint,
                isRejected), read, positions);
    }

    private static ParticipantList withFindings(ParticipantList list, List<Finding> reading) {
        if (reading.isEmpty()) {
            return list;
        }
        List<Finding> findings = new ArrayList<>(reading);
        findings.addAll(list.findings());
        return new ParticipantList(list.delegates(), findings);
    }

    private static boolean hasError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == org.rapporteur.quality.Severity.ERROR);
    }

    private IngestedReport report(InputFile file, DocumentFiles.Loaded loaded) {
        DocumentText document = loaded.bytes() == null ? new DocumentText(loaded.sha256(), null, loaded.findings())
                : reader.read(file.path().getFileName().toString(), loaded.bytes());
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
