package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.export.LinkedValue;

class MatrixTableTest {

    private final TableRows tables = TableRows.of(new Facts()
            .report("a.txt", "EG#1", "FINAL", LocalDate.of(2019, 3, 27))
            .report("b.txt", "EG#2", "FINAL", LocalDate.of(2020, 7, 30))
            .seriesReport("w.txt", "CTOC/COP/WG.6#9", "CTOC/COP/WG.6", LocalDate.of(2019, 6, 1))
            .state("w.txt", "CHAIR", "EGY", "Egypt", "African States")
            .state("a.txt", "CHAIR", "CHL", "Chile", "Latin American and Caribbean States")
            .state("a.txt", "STATEMENT", "CHL", "Chile", "Latin American and Caribbean States")
            .state("a.txt", "STATEMENT", "EGY", "Egypt", "African States")
            .entity("b.txt", "PANELLIST", "", "Cyber Peace Institute", "NGO")
            .entity("b.txt", "STATEMENT", "", "CYBER PEACE INSTITUTE", "NGO")
            .state("b.txt", "REPRESENTED", "EGY", "Egypt", "African States")
            .build());

    /** Participation rows in meeting date order: EG#1 (rows 0-2), CTOC/COP/WG.6#9 (3), EG#2 (4-6). */
    @Test
    void oneMatrixPerBodySeriesOneColumnPerMeetingInDateOrderEachCellTheRolesInRoleOrder() {
        assertThat(tables.tableNames()).containsSubsequence("participation",
                "participation-matrix/CTOC_COP_WG.6", "participation-matrix/EG", "delegations");
        // rows grouped by regional group in the UN's order of the groups, then everyone without one
        assertThat(tables.values("participation-matrix/EG")).containsExactly(
                List.of("entity_code", "iso2", "m49", "code_system", "entity_name", "entity_type", "regional_group", "EG#1",
                        "EG#2"),
                List.of("EGY", "EG", 818, "ISO3", "Egypt", "MEMBER_STATE", "African States",
                        new LinkedValue("STATEMENT", "participation", 2),
                        new LinkedValue("REPRESENTED", "participation", 6)),
                List.of("CHL", "CL", 152, "ISO3", "Chile", "MEMBER_STATE", "Latin American and Caribbean States",
                        new LinkedValue("CHAIR;STATEMENT", "participation", 0), ""),
                // a name no table knows is one entity however it is written (the entity key's one definition)
                java.util.Arrays.asList("", "", null, "", "Cyber Peace Institute", "NGO", "", "",
                        new LinkedValue("PANELLIST;STATEMENT", "participation", 4)));
        assertThat(tables.values("participation-matrix/CTOC_COP_WG.6")).containsExactly(
                List.of("entity_code", "iso2", "m49", "code_system", "entity_name", "entity_type", "regional_group",
                        "CTOC/COP/WG.6#9"),
                List.of("EGY", "EG", 818, "ISO3", "Egypt", "MEMBER_STATE", "African States",
                        new LinkedValue("CHAIR", "participation", 3)));
    }

    @Test
    void aMatrixSheetIsNamedAfterItsSeries() {
        assertThat(MatrixRow.table("UNODC/CCPCJ/EG.4", List.of("UNODC/CCPCJ/EG.4#5")).sheet())
                .isEqualTo("matrix UNODC_CCPCJ_EG.4");
        assertThat(MatrixRow.table("", List.of("report.txt")).name()).isEqualTo("participation-matrix/no-series");
    }
}
