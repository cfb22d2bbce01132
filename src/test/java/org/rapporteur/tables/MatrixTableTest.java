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
            .state("a.txt", "CHAIR", "CHL", "Chile", "Latin American and Caribbean States")
            .state("a.txt", "STATEMENT", "CHL", "Chile", "Latin American and Caribbean States")
            .state("a.txt", "STATEMENT", "EGY", "Egypt", "African States")
            .entity("b.txt", "PANELLIST", "", "Cyber Peace Institute", "NGO")
            .entity("b.txt", "STATEMENT", "", "CYBER PEACE INSTITUTE", "NGO")
            .state("b.txt", "REPRESENTED", "EGY", "Egypt", "African States")
            .build());

    @Test
    void oneColumnPerMeetingInDateOrderEachCellTheRolesInRoleOrder() {
        assertThat(tables.values("participation-matrix")).containsExactly(
                List.of("entity_code", "entity_name", "entity_type", "regional_group", "EG#1", "EG#2"),
                List.of("CHL", "Chile", "MEMBER_STATE", "Latin American and Caribbean States",
                        new LinkedValue("CHAIR;STATEMENT", "participation", 0), ""),
                List.of("EGY", "Egypt", "MEMBER_STATE", "African States",
                        new LinkedValue("STATEMENT", "participation", 2),
                        new LinkedValue("REPRESENTED", "participation", 5)),
                // a name no table knows is one entity however it is written (the entity key's one definition)
                List.of("", "Cyber Peace Institute", "NGO", "", "",
                        new LinkedValue("PANELLIST;STATEMENT", "participation", 3)));
    }

    @Test
    void theWorkbookViewGroupsTheRowsByRegionalGroupInTheUnOrderOfTheGroups() {
        assertThat(tables.rows(new TableDef<MatrixRow>("matrix-by-group", List.of())))
                .extracting(MatrixRow::entityName).containsExactly("Egypt", "Chile", "Cyber Peace Institute");
    }
}
