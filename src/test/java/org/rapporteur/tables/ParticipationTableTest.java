package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParticipationTableTest {

    @Test
    void rowsInRoleOrderThenEntityTypeThenUnOrderWithTheListsAndStatementsRows() {
        TableRows tables = TableRows.of(new Facts()
                .report("r.txt", "EG#5", "UNODC/CCPCJ/EG.4/2019/2")
                .state("r.txt", "REPRESENTED", "HRV", "Croatia", "Eastern European States")
                .state("r.txt", "REPRESENTED", "CIV", "Côte d'Ivoire", "African States")
                .entity("r.txt", "REPRESENTED", "CoE", "Council of Europe", "IGO")
                .state("r.txt", "REPRESENTED", "CRI", "Costa Rica", "Latin American and Caribbean States")
                .state("r.txt", "CHAIR", "CHL", "Chile", "Latin American and Caribbean States")
                .delegate("list.csv", 2, "UNODC_CCPCJ_EG.4_2019_2", "KEN", "Kenya", "Ann", "Wanjiru", "WOMAN")
                .delegate("list.csv", 3, "UNODC_CCPCJ_EG.4_2019_2", "KEN", "Kenya", "Joe", "Otieno", "MAN")
                .statement("st.csv", 2, "UNODC/CCPCJ/EG.4/2019/2", "EGY", "Egypt")
                .build());
        assertThat(tables.rows(ParticipationRow.TABLE)).extracting(p -> p.role() + " " + p.entityName() + " "
                + p.source()).containsExactly(
                "CHAIR Chile r.txt#10",
                "STATEMENT Egypt st.csv#2",
                "REPRESENTED Costa Rica r.txt#10",
                "REPRESENTED Côte d'Ivoire r.txt#10",
                "REPRESENTED Croatia r.txt#10",
                "REPRESENTED Council of Europe r.txt#11",
                "DELEGATION Kenya list.csv#2");
        assertThat(tables.values("participation").get(0)).containsExactly("meeting_id", "entity_code", "iso2",
                "m49", "code_system", "entity_name", "entity_type", "regional_group", "role", "capacity",
                "name_as_written", "person", "on_behalf_of", "provisional", "source", "source_file", "paragraph",
                "sentence_index", "also_in");
        assertThat(tables.values("participation").get(3)).containsExactly("EG#5", "CRI", "CR", 188, "ISO3",
                "Costa Rica", "MEMBER_STATE", "Latin American and Caribbean States", "REPRESENTED", "", "Costa Rica",
                "", "", false, "r.txt#10", "r.txt", 10, null, "");
        // an organisation's code is the reference tables' acronym
        assertThat(tables.values("participation").get(6).subList(1, 5)).containsExactly("CoE", "", null,
                "ACRONYM");
    }
}
