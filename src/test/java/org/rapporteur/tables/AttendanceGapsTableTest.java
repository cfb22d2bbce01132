package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceGapsTableTest {

    private static final String SYMBOL = "UNODC/CCPCJ/EG.4/2019/2";

    @Test
    void whoAttendedWithoutSpeakingThenWhoSpokeWithoutBeingOnTheListButNeverAGroup() {
        TableRows tables = TableRows.of(new Facts()
                .report("r.txt", "EG#5", SYMBOL)
                .state("r.txt", "STATEMENT", "KEN", "Kenya", "African States")
                .state("r.txt", "STATEMENT", "PER", "Peru", "Latin American and Caribbean States")
                .entity("r.txt", "STATEMENT", "G77", "Group of 77 and China", "GROUP")
                .statement("st.csv", 2, SYMBOL, "BRA", "Brazil")
                .delegate("list.csv", 2, SYMBOL, "KEN", "Kenya", "Ann", "Wanjiru", "WOMAN")
                .delegate("list.csv", 3, SYMBOL, "EGY", "Egypt", "Sam", "Adel", "MAN")
                .delegate("list.csv", 4, SYMBOL, "CHL", "Chile", "Eva", "Soto", "WOMAN")
                .build());
        assertThat(tables.rows(AttendanceGapRow.TABLE)).containsExactly(
                new AttendanceGapRow("EG#5", "CHL", TableRows.state("CHL"), "Chile", AttendanceGapRow.Gap.ATTENDED_NO_STATEMENT),
                new AttendanceGapRow("EG#5", "EGY", TableRows.state("EGY"), "Egypt", AttendanceGapRow.Gap.ATTENDED_NO_STATEMENT),
                new AttendanceGapRow("EG#5", "BRA", TableRows.state("BRA"), "Brazil", AttendanceGapRow.Gap.STATEMENT_NOT_ON_LIST),
                new AttendanceGapRow("EG#5", "PER", TableRows.state("PER"), "Peru", AttendanceGapRow.Gap.STATEMENT_NOT_ON_LIST));
    }

    @Test
    void nothingForAMeetingWhereNoOneIsRecordedAsSpeaking() {
        TableRows tables = TableRows.of(new Facts()
                .report("r.txt", "EG#5", SYMBOL)
                .delegate("list.csv", 2, SYMBOL, "KEN", "Kenya", "Ann", "Wanjiru", "WOMAN")
                .build());
        assertThat(tables.rows(AttendanceGapRow.TABLE)).isEmpty();
        assertThat(tables.rows(DelegationRow.TABLE)).hasSize(1);
    }
}
