package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingsTableTest {

    @Test
    void oneRowPerMeetingInDateOrderFromTheFinalReportUndatedLast() {
        TableRows tables = TableRows.of(new Facts()
                .report("b-draft.txt", "EG#2", "DRAFT", LocalDate.of(2020, 7, 30))
                .report("b-final.txt", "EG#2", "FINAL", LocalDate.of(2020, 7, 30))
                .report("a.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
                .report("c.txt", "EG#9", "DRAFT", null)
                .build());
        assertThat(tables.rows(MeetingRow.TABLE)).extracting(m -> m.meetingId() + " " + m.source())
                .containsExactly("EG#1 a.txt", "EG#2 b-final.txt", "EG#9 c.txt");
        assertThat(tables.values("meetings").get(0)).containsExactly("meeting_id", "body", "body_name",
                "session_number", "year", "report_symbol", "report_status", "job_number", "start_date", "end_date",
                "venue", "source");
        assertThat(tables.values("meetings").get(1)).containsExactly("EG#1", "EG", "", "EG#1".hashCode() % 9, 2019,
                "EG/a.txt", "FINAL", "V.1", LocalDate.of(2019, 3, 27), LocalDate.of(2019, 3, 29), "Vienna", "a.txt");
    }

    @Test
    void theTablesComeInExportOrderAndPersonsOnlyUnderRestricted() {
        TableRows tables = TableRows.of(new Facts().report("a.txt", "EG#1", "FINAL", null).build());
        assertThat(tables.tableNames()).isEqualTo(List.of("meetings", "attendance", "participation",
                "participation-matrix/EG", "delegations", "attendance-by-group", "attendance-gaps",
                "positions", "positions-summary", "positions-by-entity", "review", "data-quality", "about",
                "participants"));
        assertThat(tables.audience("participants")).isEqualTo(TableOutput.Audience.RESTRICTED);
        assertThat(tables.audience("meetings")).isEqualTo(TableOutput.Audience.PUBLIC);
    }
}
