package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.positions.PositionOverride;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.positions.Stance;

class PositionsTableTest {

    private final Facts facts = new Facts()
            .report("b.txt", "EG#2", "FINAL", LocalDate.of(2020, 7, 30))
            .report("a.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
            .report("a-draft.txt", "EG#1", "DRAFT", LocalDate.of(2019, 3, 27))
            .statement("st.csv", 2, "EG/b.txt", "BRA", "Brazil")
            .position("b.txt", 8, 1, "UNTOC", "FOR", 4, "")
            .position("a.txt", 13, 1, "NEW_INSTRUMENT", "AGAINST", 4, "")
            .position("a.txt", 9, 2, "UNTOC", "FOR", 2, "MEX")
            .position("a.txt", 9, 2, "BUDAPEST_CONVENTION", "FOR", 2, "MEX")
            .position("a.txt", 9, 1, "UNTOC", "FOR", 6, "")
            .position("a-draft.txt", 3, 1, "UNTOC", "AGAINST", 1, "")
            .position("st.csv", 2, 1, "UNTOC", "AGAINST", 1, "BRA")
            .toReview("st.csv", 2, 2)
            .toReview("a.txt", 14, 1);

    @Test
    void reportsInMeetingOrderThenStatementsFilesEachByParagraphSentenceAndTopicDraftsLeftOut() {
        TableRows tables = TableRows.of(facts.build());
        assertThat(tables.rows(PositionRow.TABLE)).extracting(p -> p.meetingId() + " " + p.source() + "."
                + p.sentenceIndex() + " " + p.topic()).containsExactly(
                "EG#1 a.txt#9.1 UNTOC",
                "EG#1 a.txt#9.2 BUDAPEST_CONVENTION",
                "EG#1 a.txt#9.2 UNTOC",
                "EG#1 a.txt#13.1 NEW_INSTRUMENT",
                "EG#2 b.txt#8.1 UNTOC",
                "EG#2 st.csv#2.1 UNTOC");
        assertThat(tables.rows(ReviewRow.TABLE)).containsExactly(
                new ReviewRow("EG#1", "a.txt", 14, 1, "Sentence 14.1", "NO_STANCE"),
                new ReviewRow("EG#2", "st.csv", 2, 2, "Sentence 2.2", "NO_STANCE"));
    }

    @Test
    void theSummaryCountsWeighsAndTakesTheStrongestQuantifierPerMeetingTopicAndStance() {
        TableRows tables = TableRows.of(facts.build());
        assertThat(tables.rows(PositionSummaryRow.TABLE)).containsExactly(
                new PositionSummaryRow("EG#1", "BUDAPEST_CONVENTION", "FOR", 1, 2, 2, 0, 0),
                new PositionSummaryRow("EG#1", "NEW_INSTRUMENT", "AGAINST", 1, 4, 4, 0, 0),
                new PositionSummaryRow("EG#1", "UNTOC", "FOR", 2, 6, 8, 0, 0),
                new PositionSummaryRow("EG#2", "UNTOC", "AGAINST", 1, 1, 1, 0, 0),
                new PositionSummaryRow("EG#2", "UNTOC", "FOR", 1, 4, 4, 0, 0));
    }

    @Test
    void byEntityOnlyWhereTheTextNamesTheSpeakerWithItsSources() {
        TableRows tables = TableRows.of(facts.build(), PositionOverrides.NONE,
                Map.of("MEX", "Mexico", "BRA", "Brazil")::get);
        assertThat(tables.rows(EntityPositionRow.TABLE)).containsExactly(
                new EntityPositionRow("EG#1", "MEX", TableRows.state("MEX"), "Mexico", "BUDAPEST_CONVENTION", "FOR", 1, "",
                        "a.txt#9"),
                new EntityPositionRow("EG#1", "MEX", TableRows.state("MEX"), "Mexico", "UNTOC", "FOR", 1, "", "a.txt#9"),
                new EntityPositionRow("EG#2", "BRA", TableRows.state("BRA"), "Brazil", "UNTOC", "AGAINST", 1, "",
                        "st.csv#2"));
    }

    @Test
    void aGroupStatementNamesItsSpeakerInPositionsAndCountsForTheGroupByEntity() {
        TableRows tables = TableRows.of(new Facts().report("c.txt", "EG#3", "FINAL", LocalDate.of(2021, 4, 6))
                .groupPosition("c.txt", 5, 1, "CAPACITY_BUILDING", "FOR", "EGY", "AFRICAN_GROUP")
                .groupPosition("c.txt", 6, 1, "CAPACITY_BUILDING", "FOR", "NGA", "AFRICAN_GROUP").build(),
                PositionOverrides.NONE, Map.of("AFRICAN_GROUP", "Group of African States")::get);
        assertThat(tables.rows(PositionRow.TABLE)).extracting(p -> p.attributedEntityCode() + " " + p.onBehalfOf()
                + " " + p.confidence()).containsExactly("EGY AFRICAN_GROUP 0.9", "NGA AFRICAN_GROUP 0.9");
        assertThat(tables.rows(EntityPositionRow.TABLE)).extracting(r -> String.join("|", r.meetingId(),
                r.entityCode(), r.entityName(), r.topic(), r.stance(), String.valueOf(r.mentions()), r.spokenBy(),
                r.sources())).containsExactly("EG#3|AFRICAN_GROUP|Group of African States|CAPACITY_BUILDING|FOR|2|"
                + "EGY;NGA|c.txt#5;c.txt#6");
    }

    @Test
    void anOverrideMakesASentenceListedForReviewAPositionWithItsVoiceAndTakesItOffTheList() {
        PositionOverrides overrides = new PositionOverrides(List.of(
                new PositionOverride("a.txt#14", 1, "NETWORKS_24_7", Stance.AGAINST, 2)), List.of());
        TableRows tables = TableRows.of(facts.build(), overrides, code -> code);
        assertThat(tables.rows(PositionRow.TABLE)).filteredOn(p -> p.source().equals("a.txt#14"))
                .extracting(p -> p.topic() + " " + p.stance() + " " + p.quantifier() + " " + p.weight() + " "
                        + p.confidence() + " " + p.rule())
                .containsExactly("NETWORKS_24_7 AGAINST Several speakers 3 1.0 OVERRIDE (was none)");
        assertThat(tables.rows(ReviewRow.TABLE)).extracting(ReviewRow::source).containsExactly("st.csv#2");
        assertThat(tables.rows(DataQualityRow.TABLE)).noneMatch(q -> q.code().equals("UNUSED_OVERRIDE"));
    }

    @Test
    void overridesChangeAddOrRemoveAPositionAndThoseMatchingNoSentenceAreReported() {
        PositionOverrides overrides = new PositionOverrides(List.of(
                new PositionOverride("a.txt#13", 1, "NEW_INSTRUMENT", Stance.FOR, 2),
                new PositionOverride("a.txt#13", 1, "HUMAN_RIGHTS", Stance.NEUTRAL, 3),
                new PositionOverride("b.txt#8", 1, "UNTOC", null, 4),
                new PositionOverride("a-draft.txt#3", 1, "UNTOC", Stance.FOR, 5)), List.of());
        TableRows tables = TableRows.of(facts.build(), overrides, code -> code);
        assertThat(tables.rows(PositionRow.TABLE)).extracting(p -> p.source() + " " + p.topic() + " " + p.stance()
                + " " + p.rule()).containsExactly(
                "a.txt#9 UNTOC FOR RULE",
                "a.txt#9 BUDAPEST_CONVENTION FOR RULE",
                "a.txt#9 UNTOC FOR RULE",
                "a.txt#13 HUMAN_RIGHTS NEUTRAL OVERRIDE (was none)",
                "a.txt#13 NEW_INSTRUMENT FOR OVERRIDE (was AGAINST)",
                "st.csv#2 UNTOC AGAINST RULE");
        assertThat(tables.rows(DataQualityRow.TABLE)).extracting(q -> q.source() + " " + q.location() + " "
                + q.code()).contains("position-overrides.csv line 5 UNUSED_OVERRIDE");
    }
}
