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
                new AttendanceRow("EG#1", "MEMBER_STATE", 90, false, "part1.txt#4"),
                new AttendanceRow("EG#1", "MEMBER_STATE", 91, false, "part2.txt#2"),
                new AttendanceRow("EG#1", "NGO", 3, false, "part1.txt#4"));
        assertThat(tables.figures().meetings().get(0).attending()).as("the larger part's count").isEqualTo(91);
    }
}
