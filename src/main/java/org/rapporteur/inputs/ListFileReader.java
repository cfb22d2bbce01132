package org.rapporteur.inputs;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.documents.ContentSniffer;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.documents.TextStreams;
import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads a list of participants as a stream, so that memory does not grow with the file: an Excel workbook (.xlsx,
 * .xlsm; recognised by content, also when the name says .csv) with POI's event API, or CSV text (UTF-8 or
 * Windows-1252; a .csv, .tsv or .txt file) record by record. Any other file is refused with advice (a .xls or .ods
 * workbook: save it as .xlsx or .csv). A list none of whose rows could be used, for a reason that is an error, is
 * rejected; so is one with more rows than the limit.
 */
public final class ListFileReader implements InputReader {

    static final String FORMATS = ".xlsx or .csv";
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "tsv", "txt");

    private final ReadLimits limits;
    private final ParticipantListReader lists;

    public ListFileReader(ReadLimits limits, ParticipantListReader lists) {
        this.limits = limits;
        this.lists = lists;
    }

    @Override
    public InputKind kind() {
        return InputKind.PARTICIPANT_LIST;
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
        if (extension.equals("xls") || extension.equals("ods")) {
            return unsupported(sha256, "A ." + extension + " workbook is not read: save it as .xlsx (Excel 2007 or "
                    + "later) or .csv");
        }
        ContentSniffer.Content content = input.get().content();
        Optional<String> advice = TabularInput.advice(content, FORMATS);
        if (advice.isPresent()) {
            return unsupported(sha256, advice.get());
        }
        ParticipantList list;
        if (content == ContentSniffer.Content.ZIP) {
            list = lists.readXlsx(file.source(), file.path());
        } else if (!TEXT_EXTENSIONS.contains(extension)) {
            return unsupported(sha256, "Text in a file " + (extension.isEmpty() ? "without an extension"
                    : "named ." + extension) + ": a list of participants is read from a .csv (or .tsv, .txt) or "
                    + ".xlsx file; rename it if it is CSV");
        } else {
            try {
                TextStreams.Opened text = TextStreams.open(file.path());
                if (!text.readable()) {
                    return new ReadOutcome.Rejected(sha256, text.findings());
                }
                try (Reader reader = text.reader()) {
                    list = withReadingFindings(lists.readCsv(file.source(), reader), text.findings());
                }
            } catch (IOException e) {
                return new ReadOutcome.Rejected(sha256, List.of(Finding.inFile(FindingCode.UNREADABLE_FILE,
                        "Cannot read the file: " + e.getMessage())));
            }
        }
        if (list.delegates().isEmpty() && Findings.anyError(list.findings())) {
            return new ReadOutcome.Rejected(sha256, list.findings());
        }
        return new ReadOutcome.Read(sha256, new InputFacts.OfList(list));
    }

    static ReadOutcome.Rejected unsupported(String sha256, String message) {
        return new ReadOutcome.Rejected(sha256, List.of(Finding.inFile(FindingCode.UNSUPPORTED_FORMAT, message)));
    }

    private static ParticipantList withReadingFindings(ParticipantList list, List<Finding> reading) {
        if (reading.isEmpty()) {
            return list;
        }
        List<Finding> findings = new ArrayList<>(reading);
        findings.addAll(list.findings());
        return new ParticipantList(list.delegates(), findings);
    }
}
