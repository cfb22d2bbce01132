package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class AboutTheTablesTest {

    private static final String START = "<!-- about-these-tables: written by AboutRow.markdown(), checked by "
            + "AboutTheTablesTest -->\n";
    private static final String END = "<!-- end of about-these-tables -->";

    @Test
    void everyColumnOfEveryTableSaysWhatItHolds() {
        for (TableDef<?> table : AboutRow.tables()) {
            assertThat(table.rowIs()).as(table.name()).isNotBlank();
            for (TableColumn<?> column : table.columns()) {
                assertThat(column.meaning()).as(table.name() + "." + column.header()).isNotBlank();
            }
        }
        List<AboutRow> rows = AboutRow.rows();
        assertThat(rows).contains(new AboutRow("participation.csv", "iso2", "ISO2", "ISO 3166-1 alpha-2 for States and "
                + "territories (CI); empty otherwise"), new AboutRow("restricted/participants.csv", "",
                "one row per person on a list of participants (personal data: output/restricted/ only)"));
    }

    /** The README's section is the one the tables write: regenerated into target/ when it is not. */
    @Test
    void theReadmeSectionIsTheTablesOwnDescription() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String expected = START + "\n" + AboutRow.markdown() + END;
        if (!readme.contains(expected)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/about-these-tables.md"), expected, StandardCharsets.UTF_8);
        }
        assertThat(readme).as("README.md's 'About these tables' section is out of date: replace it with "
                + "target/about-these-tables.md").contains(expected);
    }
}
