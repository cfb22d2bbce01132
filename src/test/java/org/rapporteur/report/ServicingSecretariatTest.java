package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * The United Nations entity that services a meeting, named on its cover or in its symbol: its officials speaking by
 * title are the meeting's secretariat, no participant; other United Nations entities speaking are.
 */
class ServicingSecretariatTest {

    static final String ESCWA = "statements-of-the-servicing-secretariat.txt";
    private static final Entity ECE = new Entity("ECE", "Economic Commission for Europe", EntityType.UN_ENTITY, "");

    @Test
    void theServicingEntitysOfficialsMakeNoStatementsAndOthersDo() {
        assertThat(rows(parse(ESCWA), Role.STATEMENT)).extracting(Participation::paragraph, p -> p.entity().code())
                .containsExactly(tuple(1, "JOR"), tuple(1, "OMN"), tuple(2, "IRQ"), tuple(2, "UNEP"));
    }

    @Test
    void theEntityIsACoverLineOrAPartOfTheSymbolAndNothingOtherwise() {
        java.util.function.Function<String, Optional<Entity>> resolve = name ->
                name.equals("ECE") || name.equals("Economic Commission for Europe") ? Optional.of(ECE) : Optional.empty();
        assertThat(ServicingSecretariat.of(List.of("Economic Commission for Europe", "Inland Transport Committee"),
                null, resolve)).contains(ECE);
        assertThat(ServicingSecretariat.of(List.of("Inland Transport Committee"), "ECE/TRANS/401", resolve)).contains(ECE);
        assertThat(ServicingSecretariat.of(List.of("Inland Transport Committee"), "A/HRC/61/3", resolve)).isEmpty();
    }
}
