package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AttendanceTableTest {

    @Test
    void theCountsOfTheReportsUsedInCategoryOrderEachWithItsFileAndParagraph() {
        TableRows tables = TableRows.of(new Facts()
                .report("part1.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
                .report("part2.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
                .report("draft.txt", "EG#1", "DRAFT", LocalDate.of(2019, 3, 27))
                .counted("part1.txt", 4, "NGO", 3)
                .counted("part1.txt", 4, "MEMBER_STATE", 90)
                .counted("part2.txt", 2, "MEMBER_STATE", 91)
                .counted("draft.txt", 4, "MEMBER_STATE", 80)
                .build());
        assertThat(tables.rows(AttendanceRow.TABLE)).containsExactly(
                new AttendanceRow("EG#1", "MEMBER_STATE", "", 90, "PRINTED", 0, false, "part1.txt", 4, null),
                new AttendanceRow("EG#1", "MEMBER_STATE", "", 91, "PRINTED", 0, false, "part2.txt", 2, null),
                new AttendanceRow("EG#1", "NGO", "", 3, "PRINTED", 0, false, "part1.txt", 4, null));
        assertThat(tables.figures().meetings().get(0).attending()).as("the larger part's count").isEqualTo(91);
    }

    @Test
    void eachCountAsPrintedWithItsCapacityAndBasisAndTheStatesAttendingAddedUp() {
        TableRows tables = TableRows.of(new Facts()
                .report("cnd.txt", "CND#68", "FINAL", LocalDate.of(2025, 3, 14))
                .counted("cnd.txt", 9, "MEMBER_STATE", "MEMBER", 51, "PRINTED")
                .counted("cnd.txt", 9, "MEMBER_STATE", "OBSERVER", 87, "PRINTED")
                .counted("cnd.txt", 9, "OBSERVER_STATE", "OBSERVER", 2, "PRINTED")
                .counted("cnd.txt", 12, "REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION", "OBSERVER", 1, "LIST")
                .build());
        assertThat(tables.rows(AttendanceRow.TABLE)).containsExactly(
                new AttendanceRow("CND#68", "MEMBER_STATE", "OBSERVER", 87, "PRINTED", 0, false, "cnd.txt", 9, null),
                new AttendanceRow("CND#68", "MEMBER_STATE", "MEMBER", 51, "PRINTED", 0, false, "cnd.txt", 9, null),
                new AttendanceRow("CND#68", "OBSERVER_STATE", "OBSERVER", 2, "PRINTED", 0, false, "cnd.txt", 9, null),
                new AttendanceRow("CND#68", "REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION", "OBSERVER", 1, "LIST", 0, false,
                        "cnd.txt", 12, null));
        assertThat(tables.figures().meetings().get(0).attending()).as("States, not the European Union")
                .isEqualTo(140);
    }
}
