package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class DelegationsTableTest {

    private static final String SYMBOL = "UNODC_CCPCJ_EG.4_2019_2";

    private final TableRows tables = TableRows.of(new Facts()
            .report("r.txt", "EG#5", "UNODC/CCPCJ/EG.4/2019/2")
            .state("r.txt", "STATEMENT", "KEN", "Kenya", "African States")
            .delegate("list.csv", 2, SYMBOL, "KEN", "Kenya", "Ann", "Wanjiru", "WOMAN")
            .delegate("list.csv", 3, SYMBOL, "KEN", "Kenya", "Joe", "Otieno", "MAN")
            .delegate("list.csv", 4, SYMBOL, "EGY", "Egypt", "Sam", "Adel", "UNKNOWN")
            // the same list sent again: its persons are counted once, and the repeat is reported
            .delegate("list.xlsx", 7, SYMBOL, "KEN", "Kenya", "Ann", "WANJIRU", "WOMAN")
            .delegate("list.xlsx", 8, SYMBOL, "KEN", "Kenya", "Joé", "Otieno", "MAN")
            .delegate("other.csv", 2, "CTOC/COP/WG.3/2024/2", "PER", "Peru", "Ana", "Paz", "WOMAN")
            .build());

    @Test
    void oneRowPerMeetingAndDelegationInUnOrderEachPersonOnce() {
        assertThat(tables.rows(DelegationRow.TABLE)).containsExactly(
                new DelegationRow("EG#5", "EGY", TableRows.state("EGY"), "Egypt", "MEMBER_STATE", "African States", 1, 0, 0, 1, 0, null),
                new DelegationRow("EG#5", "KEN", TableRows.state("KEN"), "Kenya", "MEMBER_STATE", "African States", 2, 1, 1, 0, 0, null),
                // a list whose meeting has no report yet keeps its symbol as meeting_id, after the others
                new DelegationRow("CTOC/COP/WG.3/2024/2", "PER", TableRows.state("PER"), "Peru", "MEMBER_STATE", "African States", 1, 1, 0,
                        0, 0, null));
        assertThat(tables.rows(DataQualityRow.TABLE)).extracting(DataQualityRow::source, DataQualityRow::location,
                DataQualityRow::code).contains(org.assertj.core.groups.Tuple.tuple("list.xlsx", "lines 7, 8",
                "DUPLICATE_PARTICIPANT"));
    }

    @Test
    void perRegionalGroupTheDelegationsDelegatesWomenShareAndHowManySpoke() {
        assertThat(tables.rows(GroupAttendanceRow.TABLE)).containsExactly(
                new GroupAttendanceRow("EG#5", "African States", 2, 3, new BigDecimal("0.500"), 1),
                new GroupAttendanceRow("CTOC/COP/WG.3/2024/2", "African States", 1, 1, new BigDecimal("1.000"), 0));
    }

    @Test
    void thePersonsGoOnlyToTheRestrictedTableWithTheirFileAndLine() {
        assertThat(tables.rows(ParticipantRow.TABLE)).extracting(p -> p.firstName() + " " + p.source())
                .containsExactly("Sam list.csv#4", "Ann list.csv#2", "Joe list.csv#3",
                        "Ana other.csv#2");
    }
}
