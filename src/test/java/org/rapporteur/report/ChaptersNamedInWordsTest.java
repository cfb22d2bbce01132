package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Chapters headed "Chapter III" on a line of their own with the title on the next, as the Official Records print a
 * functional commission's report, or "Chapter II. Title" on one line: chapters as "III." is, so that each chapter's
 * lettered sections start again at "A." and a section heading after a table of officers ends the table's last row. A
 * line of text that starts with "Chapter II of …" is no heading.
 */
class ChaptersNamedInWordsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static final String REPORT = "E/2031/33-E/CN.99/2031/6\nEconomic and Social Council\n"
            + "Commission on Mangrove Science\nReport on the fourth session (3–7 March 2031)\n"
            + "Chapter I\nIntroduction\n"
            + "1.\tThe Commission was established by the Council in its resolution 2027/9. Chapter II of the present\n"
            + "report sets out its debate.\n"
            + "Chapter II. Summary of deliberations\n"
            + "A. Coastal restoration\n"
            + "2.\tMany delegations supported restoration.\n"
            + "B. Blue carbon\n"
            + "3.\tSome delegations called for a study on blue carbon.\n"
            + "C. Finance\n"
            + "4.\tA few delegations called for a fund.\n"
            + "Chapter III\nOrganization of the session\n"
            + "A. Opening and duration of the session\n"
            + "5.\tThe Commission held its fourth session in New York from 3 to 7 March 2031.\n"
            + "B. Election of officers\n"
            + "6.\tAt its 1st meeting, the Commission noted that the Bureau was composed as follows:\n"
            + "Office\tName\tCountry\n"
            + "Chair\tAmina Diallo\tSenegal\n"
            + "Vice-Chair\tJonas Berg\tSweden\n"
            + "Vice-Chair-cum-Rapporteur\tRosa Quispe Mamani\tPeru\n"
            + "C. Attendance\n"
            + "7.\tRepresentatives of 30 States members of the Commission attended the session.\n";

    @Test
    void eachParagraphUnderItsChapterAndSection() {
        MeetingReport r = PARSER.parse("fixture.docx", REPORT);

        assertThat(r.paragraphs()).extracting(Paragraph::number, p -> p.chapter().label(),
                        p -> p.section() == null ? "" : p.section().label())
                .containsExactly(tuple(1, "I", ""), tuple(2, "II", "A"), tuple(3, "II", "B"), tuple(4, "II", "C"),
                        tuple(5, "III", "A"), tuple(6, "III", "B"), tuple(7, "III", "C"));
        assertThat(r.paragraphs().get(4).chapter().title()).isEqualTo("Organization of the session");
        assertThat(r.paragraphs().get(1).chapter().title()).isEqualTo("Summary of deliberations");
    }

    @Test
    void theLastOfficerOfATableBeforeTheNextSection() {
        MeetingReport r = PARSER.parse("fixture.docx", REPORT);

        assertThat(r.participation()).extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Amina Diallo", "SEN"),
                        tuple(Role.OFFICER, "Jonas Berg", "SWE"), tuple(Role.OFFICER, "Rosa Quispe Mamani", "PER"));
    }
}
