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
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

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

    @Test
    void theEntityAParagraphSaysServicesTheBody() {
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        assertThat(ServicingSecretariat.namedIn(paragraphs("The Commission was established in 1992. The United Nations "
                + "Conference on Trade and Development (UNCTAD) is responsible for the substantive servicing of the "
                + "Commission."), resolver::resolve)).map(Entity::code).contains("UNCTAD");
        assertThat(ServicingSecretariat.namedIn(paragraphs("The Committee is serviced by the Economic Commission for "
                + "Africa, which convenes it every two years."), resolver::resolve)).map(Entity::code).contains("ECA");
        assertThat(ServicingSecretariat.namedIn(paragraphs("The Forum met twice.", "UNEP serves as the secretariat of "
                + "the Forum."), resolver::resolve)).map(Entity::code).contains("UNEP");
        assertThat(ServicingSecretariat.namedIn(paragraphs("The secretariat of the Forum is provided by the United "
                + "Nations Environment Programme."), resolver::resolve)).map(Entity::code).contains("UNEP");
        assertThat(ServicingSecretariat.namedIn(paragraphs("The Commission is responsible for the follow-up to the "
                + "Summit. The Working Group was serviced by consultants."), resolver::resolve)).isEmpty();
    }

    @Test
    void theIntroductoryStatementOfTheHeadOfTheEntityAParagraphNamesIsNoParticipantsStatement() {
        MeetingReport r = new ReportParser(new NameResolver(ReferenceData.loadDefault())).parse("fixture.docx",
                "E/2031/31-E/CN.16/2031/5\nEconomic and Social Council\nCommission on Science and Technology for "
                        + "Development\nReport on the thirty-fourth session (3–7 April 2031)\nChapter I\nIntroduction\n"
                        + "1.\tThe United Nations Conference on Trade and Development (UNCTAD) is responsible for the "
                        + "substantive servicing of the Commission.\n"
                        + "2.\tThe session was held in Geneva from 3 to 7 April 2031. The Secretary-General of UNCTAD made "
                        + "an introductory statement.\n"
                        + "3.\tStatements were made by the representatives of Chile and Kenya and of the International "
                        + "Telecommunication Union.\n");

        assertThat(rows(r, Role.STATEMENT)).extracting(p -> p.entity().code()).containsExactly("CHL", "KEN", "ITU");
    }

    private static List<Paragraph> paragraphs(String... texts) {
        List<Paragraph> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new Paragraph(i + 1, null, null, "", texts[i]));
        }
        return out;
    }
}
