package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.PositionOverride;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.positions.Stance;

class DataQualityTableTest {

    @Test
    void storedAndExportFindingsTogetherErrorsFirstThenWarningsThenNotesEachBySourceAndPlace() {
        StoredFactsFixture fixture = new StoredFactsFixture();
        TableRows tables = TableRows.of(fixture.facts.build(), new PositionOverrides(List.of(
                new PositionOverride("gone.txt#1", 1, "UNTOC", Stance.FOR, 2)), List.of()), code -> code);
        assertThat(tables.rows(DataQualityRow.TABLE)).extracting(q -> q.source() + " | " + q.severity() + " | "
                + q.code()).containsExactly(
                "a.txt | ERROR | EMPTY_FILE",
                "b.txt | WARNING | UNKNOWN_ENTITY",
                "b.txt | WARNING | PLACEHOLDER",
                "b.txt | WARNING | UNKNOWN_ENTITY",
                "list.csv | WARNING | DUPLICATE_PARTICIPANT",
                "position-overrides.csv | WARNING | UNUSED_OVERRIDE",
                "draft.txt | INFO | SUPERSEDED_REPORT",
                "early.csv | INFO | AWAITING_REPORT");
        // places in their order: line 9 before line 10
        assertThat(tables.rows(DataQualityRow.TABLE).subList(1, 4)).extracting(DataQualityRow::location)
                .containsExactly("line 1", "line 9", "line 10");
        assertThat(tables.rows(DataQualityRow.TABLE).get(6).message())
                .isEqualTo("Meeting EG#1 is also described by final.txt (FINAL), whose facts are exported instead");
        assertThat(tables.figures().findings()).containsEntry("ERROR", 1L).containsEntry("WARNING", 5L)
                .containsEntry("INFO", 2L);
    }

    /** Findings of every kind. */
    private static final class StoredFactsFixture {
        final Facts facts = new Facts()
                .report("final.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
                .report("draft.txt", "EG#1", "DRAFT", LocalDate.of(2019, 3, 27))
                .finding("report", "b.txt", "WARNING", "UNKNOWN_ENTITY")
                .finding("list", "a.txt", "ERROR", "EMPTY_FILE")
                .finding("report", "b.txt", "line 10", "WARNING", "UNKNOWN_ENTITY")
                .finding("report", "b.txt", "line 9", "WARNING", "PLACEHOLDER")
                .delegate("early.csv", 2, "CTOC/COP/WG.3/2024/2", "PER", "Peru", "Ana", "Paz", "WOMAN")
                .delegate("list.csv", 2, "EG/final.txt", "PER", "Peru", "Ana", "Paz", "WOMAN")
                .delegate("copy.csv", 2, "EG/final.txt", "PER", "Peru", "Ana", "Paz", "WOMAN");
    }
}
