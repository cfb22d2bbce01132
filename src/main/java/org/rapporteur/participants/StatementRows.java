package org.rapporteur.participants;

import java.util.Optional;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * The rows of a statements file as they come: a title line may name the meeting, the header is among the first ten
 * rows, then one statement per row ({@link StatementsReader}).
 */
final class StatementRows implements TabularFile.Rows {
    private final StatementsReader reader;
    final String fileSymbol;
    /** The meeting a title line above the header names, where the file name names none. */
    private String titleSymbol = "";
    /** The session a title line names in words ({@link TitleRows#session}), "" for none. */
    private String titleSession = "";
    /** A body series a title line prints without a session ({@link TitleRows#series}), "" for none. */
    private String titleSeries = "";
    final RowsRead<Statement> read;
    Columns columns;
    Column speakerColumn = Column.SPEAKER;
    int searched;

    /** The short form of the meeting the file name starts with ({@link MeetingSymbols#shortForm}), named last. */
    private final String fileShortForm;

    StatementRows(StatementsReader reader, String fileSymbol, String fileShortForm, int maxRows) {
        this.reader = reader;
        this.fileSymbol = fileSymbol;
        this.fileShortForm = fileShortForm;
        this.read = new RowsRead<>(maxRows);
    }

    /** The meeting the file name or a title line names; "" where neither does. */
    String named() {
        return MeetingSymbols.alternatives(fileSymbol, titleSymbol, TitleRows.meeting(titleSession, titleSeries),
                titleSeries, fileShortForm);
    }

    /** "sheet \"Name\" " before the line of a workbook's second and later sheets, "" before the first's. */
    private String rowPrefix = "";
    /** Whether any sheet had a header (a workbook's sheet of notes has none). */
    boolean anyHeader;

    @Override
    public void sheet(int index, String name) {
        rowPrefix = index == 0 ? "" : "sheet \"" + name + "\" ";
        if (index > 0) {
            // each sheet has its header and may have its title: a sheet per meeting names its own
            columns = null;
            searched = 0;
            titleSymbol = "";
            titleSession = "";
            titleSeries = "";
        }
    }

    @Override
    public void row(TabularFile.Line line) {
        if (columns == null) {
            if (searched++ < 10) {
                header(line);
                if (columns == null) {
                    titleSymbol = titleSymbol.isEmpty() ? TitleRows.symbolIn(line.cells()) : titleSymbol;
                    titleSession = titleSession.isEmpty() ? TitleRows.session(line.cells()) : titleSession;
                    titleSeries = titleSeries.isEmpty() ? TitleRows.series(line.cells()) : titleSeries;
                }
            }
            return;
        }
        read.countRow();
        if (!line.isBlank()) {
            statement(line); // a row without a meeting is rejected with its line, never dropped
        }
    }

    private void header(TabularFile.Line line) {
        Columns candidate = StatementsReader.isHeader(line.cells());
        if (candidate != null) {
            columns = candidate;
            anyHeader = true;
            speakerColumn = candidate.has(Column.SPEAKER) ? Column.SPEAKER : Column.DELEGATION;
        }
    }

    private void statement(TabularFile.Line line) {
        String where = rowPrefix + "line " + line.number();
        // a Meeting column may name the sitting ("258th meeting", "3"): then the file name or title names the report
        String symbol = MeetingSymbols.ofRow(columns.get(line.cells(), Column.MEETING), named());
        String speaker = columns.get(line.cells(), speakerColumn);
        String said = columns.get(line.cells(), Column.TEXT);
        String status = columns.get(line.cells(), Column.STATUS);
        if (symbol.isEmpty()) {
            read.add(rejectedRow(where, "No meeting_symbol; the statement is left out"));
        } else if (speaker.isEmpty()) {
            read.add(rejectedRow(where, "No speaker (an empty slot?); the row is left out"));
        } else if (Withdrawals.withdrawn(status)) {
            read.add(rejectedRow(where, "The speaker's status is \"" + status + "\": no statement was made; the "
                    + "row is left out"));
        } else if (said.isEmpty() && columns.has(Column.TEXT)) {
            read.add(rejectedRow(where, "No text; the statement is left out"));
        } else {
            Optional<Statement> statement = reader.statement(line.number(), symbol, speaker,
                    columns.get(line.cells(), Column.BEHALF), said);
            if (statement.isEmpty()) {
                // not quoted: a speaker column may hold a person's name
                read.add(rejectedRow(where, "The speaker is no State, organisation or group of the reference tables "
                        + "(write the delegation, e.g. \"Egypt\" or \"Egypt on behalf of the Group of African "
                        + "States\"); the statement is left out"));
            } else {
                read.read.add(statement.get());
            }
        }
    }

    @Override
    public void endSheet() {
    }

    @Override
    public void unclosedQuote(int line) {
        read.add(rejectedRow(rowPrefix + "line " + line, "A quote opened on this line is never closed (it ran to the end "
                + "of the file): the row is left out, and the lines after it are read on their own; close the quote "
                + "or remove it"));
    }

    private static Finding rejectedRow(String where, String message) {
        return new Finding(where, FindingCode.REJECTED_ROW, message);
    }
}
