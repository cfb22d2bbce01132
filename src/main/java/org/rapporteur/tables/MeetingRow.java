package org.rapporteur.tables;

import java.time.LocalDate;
import java.util.function.Function;

/** meetings.csv: one row per meeting, in date order, from the report whose facts are used. */
public record MeetingRow(String meetingId, String body, Integer sessionNumber, String reportSymbol,
                         String reportStatus, String jobNumber, LocalDate startDate, LocalDate endDate, String venue,
                         String source) {

    public static final TableDef<MeetingRow> TABLE = TableDef.of("meetings", Column.class);

    public enum Column implements TableColumn<MeetingRow> {
        MEETING_ID(MeetingRow::meetingId),
        BODY(MeetingRow::body),
        SESSION_NUMBER(MeetingRow::sessionNumber),
        REPORT_SYMBOL(MeetingRow::reportSymbol),
        REPORT_STATUS(MeetingRow::reportStatus),
        JOB_NUMBER(MeetingRow::jobNumber),
        START_DATE(MeetingRow::startDate),
        END_DATE(MeetingRow::endDate),
        VENUE(MeetingRow::venue),
        SOURCE(MeetingRow::source);

        private final Function<MeetingRow, Object> value;

        Column(Function<MeetingRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(MeetingRow row) {
            return value.apply(row);
        }
    }
}
