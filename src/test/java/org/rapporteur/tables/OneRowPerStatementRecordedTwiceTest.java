package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A meeting whose report names its speakers and whose statements file lists them too records the same statements
 * twice: each is counted once, in participation.csv (the report's row, naming the file's line), in
 * positions-by-entity (the larger tally, both sources) and on the Overview; a speaker only one of them names keeps
 * that one's row.
 */
class OneRowPerStatementRecordedTwiceTest {

    private final Facts meeting = new Facts()
            .report("wg.txt", "WG#3", "FINAL", LocalDate.of(2031, 5, 5))
            .spoke("wg.txt", 14, 2, "GHA", "Ghana")
            .spoke("wg.txt", 15, 1, "PER", "Peru")
            .statement("speakers.csv", 2, "EG/wg.txt", "GHA", "Ghana")
            .statement("speakers.csv", 3, "EG/wg.txt", "NPL", "Nepal")
            .position("wg.txt", 14, 2, "NEW_INSTRUMENT", "FOR", 1, "GHA")
            .position("speakers.csv", 2, 1, "NEW_INSTRUMENT", "FOR", 1, "GHA");

    @Test
    void aSpeakerBothNameIsOneRowTheReportsNamingTheFilesLine() {
        TableRows tables = TableRows.of(meeting.build());
        assertThat(tables.rows(ParticipationRow.TABLE)).extracting(p -> p.role() + " " + p.entityCode() + " "
                + p.source() + " " + p.sentenceIndex() + " [" + p.alsoIn() + "]").containsExactly(
                "STATEMENT GHA wg.txt#14 2 [speakers.csv#2]",
                "STATEMENT NPL speakers.csv#3 null []",
                "STATEMENT PER wg.txt#15 1 []");
    }

    @Test
    void theOverviewCountsEachStateSpeakingOnce() {
        TableRows tables = TableRows.of(meeting.build());
        assertThat(tables.figures().meetings().get(0).speaking()).isEqualTo(3);
    }

    @Test
    void positionsByEntityCountTheStatementOnceWithBothSources() {
        TableRows tables = TableRows.of(meeting.build());
        assertThat(tables.rows(EntityPositionRow.TABLE)).extracting(r -> r.entityCode() + " " + r.topic() + " "
                + r.stance() + " " + r.mentions() + " " + r.sources())
                .containsExactly("GHA NEW_INSTRUMENT FOR 1 wg.txt#14;speakers.csv#2");
    }

    @Test
    void positionsSummaryCountsTheStatementOnceToo() {
        TableRows tables = TableRows.of(meeting.build());
        assertThat(tables.rows(PositionSummaryRow.TABLE))
                .containsExactly(new PositionSummaryRow("WG#3", "NEW_INSTRUMENT", "FOR", 1, 1, 1, 0, 0));
    }
}
