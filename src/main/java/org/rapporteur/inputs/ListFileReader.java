package org.rapporteur.inputs;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.Extraction;
import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.ParticipantListReader;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Reads a list of participants: an Excel workbook (.xlsx, .xlsm; recognised by content, also when the name says .csv)
 * or CSV text (UTF-8 or Windows-1252). A .xls or .ods workbook is refused with advice. A list none of whose rows could
 * be used, for a reason that is an error, is rejected.
 */
public final class ListFileReader implements InputReader {

    private final DocumentFiles documents;
    private final ParticipantListReader lists;

    public ListFileReader(DocumentFiles documents, ParticipantListReader lists) {
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public InputKind kind() {
        return InputKind.PARTICIPANT_LIST;
    }

    @Override
    public ReadOutcome read(InputFile file) {
        DocumentFiles.Loaded loaded = documents.load(file.path());
        if (loaded.bytes() == null) {
            return new ReadOutcome.Rejected(loaded.sha256(), loaded.findings());
        }
        String extension = InputFinder.extension(file.source());
        if (extension.equals("xls") || extension.equals("ods")) {
            return new ReadOutcome.Rejected(loaded.sha256(), List.of(Finding.inFile(FindingCode.UNSUPPORTED_FORMAT,
                    "A ." + extension + " workbook is not read: save it as .xlsx (Excel 2007 or later) or .csv")));
        }
        ParticipantList list;
        if (DocumentFiles.isZip(loaded.bytes())) {
            list = lists.readXlsx(file.source(), loaded.bytes());
        } else {
            Extraction text = documents.decodeText(loaded.bytes());
            if (text.text() == null) {
                return new ReadOutcome.Rejected(loaded.sha256(), text.findings());
            }
            list = withReadingFindings(lists.readCsv(file.source(), text.text()), text.findings());
        }
        if (list.delegates().isEmpty() && Findings.anyError(list.findings())) {
            return new ReadOutcome.Rejected(loaded.sha256(), list.findings());
        }
        return new ReadOutcome.Read(loaded.sha256(), new InputFacts.OfList(list));
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
