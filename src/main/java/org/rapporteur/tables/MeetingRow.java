package org.rapporteur.tables;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * meetings.csv: one row per meeting, in date order, from the report whose facts are used.
 */
public record MeetingRow(String meetingId, String body, String bodyName, Integer sessionNumber, Integer year,
                         String reportSymbol, String reportStatus, String jobNumber, LocalDate startDate,
                         LocalDate endDate, String venue, String source) {

    public static final TableDef<MeetingRow> TABLE = TableDef.of("meetings",
            "one row per meeting, in date order, from the report whose facts are used", Column.class);

    /** The columns of meetings.csv, in order, with what each holds. */
    public enum Column implements TableColumn<MeetingRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", MeetingRow::meetingId),
        BODY("the issuing body's series, from the symbol (UNODC/CCPCJ/EG.4)", MeetingRow::body),
        BODY_NAME("the body's official name, where the reference table of bodies knows its series; empty otherwise",
                MeetingRow::bodyName),
        SESSION_NUMBER("the ordinal of the meeting or session (\"fifth meeting\" is 5)", MeetingRow::sessionNumber),
        YEAR("the year of the first sitting (of the last where the first is unknown)", MeetingRow::year),
        REPORT_SYMBOL("the report's document symbol (UNODC/CCPCJ/EG.4/2019/2)", MeetingRow::reportSymbol),
        REPORT_STATUS("DRAFT (an L. symbol), FINAL, CONFERENCE_ROOM_PAPER or UNKNOWN", MeetingRow::reportStatus),
        JOB_NUMBER("the UN job number printed on the report (V.19-02345)", MeetingRow::jobNumber),
        START_DATE("the first sitting, from the title or front matter, else the first sitting the report records",
                MeetingRow::startDate),
        END_DATE("the last sitting", MeetingRow::endDate),
        VENUE("where the meeting was held, only where the text says so for this meeting", MeetingRow::venue),
        SOURCE("the report file whose facts are used", MeetingRow::source);

        private final String meaning;
        private final Function<MeetingRow, Object> value;

        Column(String meaning, Function<MeetingRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(MeetingRow row) {
            return value.apply(row);
        }
    }
}
