package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphAssemblerTest {

    /** The lines of a text block as cleaned lines, numbered from 1, blank lines left out. */
    private static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\n");
        for (int i = 0; i < raw.length; i++) {
            if (!raw[i].isBlank()) {
                lines.add(new SourceLine(i + 1, raw[i].strip()));
            }
        }
        return lines;
    }

    private static List<Paragraph> paragraphs(String text) {
        return ParagraphAssembler.assemble(lines(text)).paragraphs();
    }

    /** "number chapter/section" for each paragraph, e.g. "12 IV/A" or "16 V/-". */
    private static List<String> outline(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> p.number() + " " + (p.chapter() == null ? "-" : p.chapter().label()) + "/"
                + (p.section() == null ? "-" : p.section().label())).toList();
    }

    private static Paragraph numbered(List<Paragraph> paragraphs, int number) {
        return paragraphs.stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    }

    @Test
    void runsParagraphsUnderChaptersAndSections() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. The Expert Group was established by the Commission.
                II. Summary of deliberations
                A. Legislation and frameworks
                2. Speakers described their national legislation.
                3. Many speakers referred to the Budapest Convention.
                """);
        assertThat(outline(paragraphs)).containsExactly("1 I/-", "2 II/A", "3 II/A");
        assertThat(numbered(paragraphs, 2).chapter()).isEqualTo(new Heading("II", "Summary of deliberations"));
        assertThat(numbered(paragraphs, 2).section()).isEqualTo(new Heading("A", "Legislation and frameworks"));
        assertThat(numbered(paragraphs, 3).text()).isEqualTo("Many speakers referred to the Budapest Convention.");
    }

    @Test
    void tellsSectionLettersFromRomanChapterNumbers() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. Introduction text.
                II. Summary of deliberations
                A. Legislation
                2. Text.
                B. Jurisdiction
                3. Text.
                C. International cooperation
                4. Text.
                D. Prevention
                5. Text.
                E. Technical assistance
                6. Text.
                F. Electronic evidence
                7. Text.
                G. Law enforcement
                8. Text.
                H. Capacity-building
                9. Text.
                I. Other matters
                10. Text.
                III. Recommendations
                11. Text.
                IV. Organization of the meeting
                A. Opening of the meeting
                12. Text.
                B. Statements
                13. Text.
                C. Adoption of the agenda
                14. Text.
                D. Attendance
                15. Text.
                V. Adoption of the report
                16. Text.
                """);
        assertThat(outline(paragraphs)).containsExactly("1 I/-", "2 II/A", "3 II/B", "4 II/C", "5 II/D", "6 II/E",
                "7 II/F", "8 II/G", "9 II/H", "10 II/I", "11 III/-", "12 IV/A", "13 IV/B", "14 IV/C", "15 IV/D",
                "16 V/-");
        assertThat(numbered(paragraphs, 10).section()).isEqualTo(new Heading("I", "Other matters"));
        assertThat(numbered(paragraphs, 16).chapter()).isEqualTo(new Heading("V", "Adoption of the report"));
    }

    @Test
    void keepsAnAgendaInsideTheParagraphThatAdoptsItAndRecognisesTheNextParagraph() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                II. Recommendations
                III. Summary of deliberations
                IV. Organization of the meeting
                A. Opening of the meeting
                B. Statements
                26. Statements were made by representatives of the following private sector entities: […].
                C. Adoption of the agenda and other organizational matters
                27. At its 1st meeting, on 3 April 2018, the Expert Group adopted the following
                provisional agenda:
                1. Organizational matters:
                (a) Opening of the meeting;
                (b) Adoption of the agenda;
                (c) Adoption of the Chair’s proposal for the workplan of the Expert
                Group for the period 2018–2021.
                2. Legislation and frameworks.
                3. Criminalization.
                4. Other matters.
                5. Adoption of the report.
                D. Attendance
                28. The meeting was attended by representatives of 91 Member States, an observer
                State, a United Nations Secretariat unit, 3 intergovernmental organizations,
                9 institutions from the academia and the private sector.
                """);
        assertThat(outline(paragraphs)).containsExactly("26 IV/B", "27 IV/C", "28 IV/D");
        assertThat(numbered(paragraphs, 27).text()).isEqualTo("""
                At its 1st meeting, on 3 April 2018, the Expert Group adopted the following provisional agenda:
                1. Organizational matters:
                (a) Opening of the meeting;
                (b) Adoption of the agenda;
                (c) Adoption of the Chair’s proposal for the workplan of the Expert Group for the period 2018–2021.
                2. Legislation and frameworks.
                3. Criminalization.
                4. Other matters.
                5. Adoption of the report.""");
        assertThat(numbered(paragraphs, 28).text()).isEqualTo("The meeting was attended by representatives of 91 "
                + "Member States, an observer State, a United Nations Secretariat unit, 3 intergovernmental "
                + "organizations, 9 institutions from the academia and the private sector.");
        assertThat(numbered(paragraphs, 28).section()).isEqualTo(new Heading("D", "Attendance"));
    }

    @Test
    void takesAnAgendaItemNumberedLikeTheDueParagraphAsAnItem() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. The Working Group was established by the Conference.
                2. It held its first meeting in 2017.
                3. At its 1st meeting, the Working Group adopted the following agenda:
                1. Opening of the meeting.
                2. Adoption of the agenda.
                3. Review of the implementation of the Convention.
                4. Other matters.
                5. Adoption of the report.
                4. The meeting was attended by representatives of 40 States parties to the Convention.
                """);
        assertThat(paragraphs).extracting(Paragraph::number).containsExactly(1, 2, 3, 4);
        assertThat(numbered(paragraphs, 3).text()).isEqualTo("""
                At its 1st meeting, the Working Group adopted the following agenda:
                1. Opening of the meeting.
                2. Adoption of the agenda.
                3. Review of the implementation of the Convention.
                4. Other matters.
                5. Adoption of the report.""");
        assertThat(numbered(paragraphs, 4).text())
                .isEqualTo("The meeting was attended by representatives of 40 States parties to the Convention.");
    }

    @Test
    void joinsAHeadingThatWrapsOverTwoLines() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. Introduction text.
                II. Recommendations
                2. Recommendations text.
                III. Summary of deliberations on the topics of the workplan
                of the Expert Group
                A. Adoption of the agenda and other organizational
                matters
                3. Speakers agreed on the workplan.
                """);
        assertThat(numbered(paragraphs, 3).chapter()).isEqualTo(
                new Heading("III", "Summary of deliberations on the topics of the workplan of the Expert Group"));
        assertThat(numbered(paragraphs, 3).section()).isEqualTo(
                new Heading("A", "Adoption of the agenda and other organizational matters"));
        assertThat(numbered(paragraphs, 3).text()).isEqualTo("Speakers agreed on the workplan.");
    }

    @Test
    void rejoinsAParagraphBrokenAcrossAPage() {
        String text = """
                19. At its 4th and 5th meetings, on 4 and 5 April 2018, the Expert Group considered
                agenda item 3, entitled “Criminalization”, and heard presentations by the


                UNODC/CCPCJ/EG.4/2018/L.1

                V.18-01878 4/5

                http://undocs.org/A/RES/65/230
                panellists, who described the criminal offences in their national legislation.
                20. Speakers agreed on the need for international cooperation.
                """;
        List<Paragraph> paragraphs =
                ParagraphAssembler.assemble(PageCleaner.clean(PageCleaner.rawLines(text))).paragraphs();
        assertThat(paragraphs).extracting(Paragraph::number).containsExactly(19, 20);
        assertThat(numbered(paragraphs, 19).text()).isEqualTo("At its 4th and 5th meetings, on 4 and 5 April 2018, "
                + "the Expert Group considered agenda item 3, entitled “Criminalization”, and heard presentations by "
                + "the panellists, who described the criminal offences in their national legislation.");
    }

    @Test
    void joinsAWordHyphenatedAcrossAPageBreak() {
        String text = """
                8. The Expert Group discussed the organiza-
                V.18-01878 3/5
                UNODC/CCPCJ/EG.4/2018/L.1
                tion of its work and the role of non-
                governmental organizations.
                9. Speakers welcomed the participation of non-governmental organizations.
                """;
        List<Paragraph> paragraphs =
                ParagraphAssembler.assemble(PageCleaner.clean(PageCleaner.rawLines(text))).paragraphs();
        assertThat(numbered(paragraphs, 8).text()).isEqualTo(
                "The Expert Group discussed the organization of its work and the role of non-governmental organizations.");
    }

    @Test
    void keepsTextBeforeTheFirstHeadingAsFrontMatter() {
        ParagraphAssembler.Assembly assembly = ParagraphAssembler.assemble(lines("""
                United Nations
                Distr.: Limited
                Original: English
                I. Introduction
                1. The Expert Group was established by the Commission.
                """));
        assertThat(assembly.frontMatter()).containsExactly("United Nations", "Distr.: Limited", "Original: English");
        assertThat(assembly.paragraphs()).extracting(Paragraph::number).containsExactly(1);
    }

    @Test
    void readsTheAgendaItemASectionConsiders() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. Introduction text.
                II. Summary of deliberations
                A. Legislation and frameworks
                2. At its 2nd meeting, the Expert Group considered agenda item 2, entitled “Legislation”.
                3. Speakers described their legislation.
                B. Workplan
                4. The Expert Group considered agenda item 1 (c).
                """);
        assertThat(paragraphs).extracting(Paragraph::agendaItem).containsExactly("", "2", "2", "1 (c)");
    }

    @Test
    void aCorrigendumReprintsTheParagraphsItAnnouncesOutOfSequence() {
        List<Paragraph> paragraphs = paragraphs("""
                Page 4, chapter II, paragraph 12
                For the existing text substitute
                12. The Committee considered item 2 at its 3rd meeting, on 5 May, and heard a presentation.
                Page 9, chapter IV, paragraphs 40 and 41
                For the existing text substitute
                40. The session was attended by representatives of 30 States members of the Committee.
                41. Observers for 12 other States Members of the United Nations also attended the session.
                """);
        assertThat(paragraphs).extracting(Paragraph::number).containsExactly(12, 40, 41);
        assertThat(numbered(paragraphs, 12).text())
                .isEqualTo("The Committee considered item 2 at its 3rd meeting, on 5 May, and heard a presentation.");
    }

    @Test
    void theAnnexesAfterTheParagraphsAreOneParagraphNumberedZeroLineByLine() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Adoption of the report
                1. The Committee adopted its report on the last day of the session.
                Annex I
                Intergovernmental organizations
                African Union, European Union
                Annex II
                Documents before the Committee
                """);
        assertThat(paragraphs).extracting(Paragraph::number).containsExactly(1, 0);
        assertThat(numbered(paragraphs, 1).text()).isEqualTo("The Committee adopted its report on the last day of the session.");
        assertThat(numbered(paragraphs, 0).text()).isEqualTo("Annex I\nIntergovernmental organizations\n"
                + "African Union, European Union\nAnnex II\nDocuments before the Committee");
    }

    @Test
    void aTwoDigitNumberPrintedAgainstItsTextOpensTheParagraphDue() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Organization of the session
                8. The Working Group met in Geneva.
                9. It adopted its agenda.
                B. Participation
                10.Delegations of twelve States took part in the session, as listed in
                   the annex to the present report.
                11.The session was closed on 4 March.
                """);
        assertThat(outline(paragraphs)).containsExactly("8 I/-", "9 I/-", "10 I/B", "11 I/B");
        assertThat(numbered(paragraphs, 10).text()).isEqualTo(
                "Delegations of twelve States took part in the session, as listed in the annex to the present report.");
        assertThat(numbered(paragraphs, 11).text()).isEqualTo("The session was closed on 4 March.");
    }

    @Test
    void aNumberAgainstTextWhereNoParagraphIsDueStaysText() {
        List<Paragraph> paragraphs = paragraphs("""
                I. Introduction
                1. The Council had before it resolution 12/4, whose paragraph
                7.The Secretariat was asked to prepare a note.
                """);
        assertThat(outline(paragraphs)).containsExactly("1 I/-");
        assertThat(numbered(paragraphs, 1).text()).isEqualTo("The Council had before it resolution 12/4, whose "
                + "paragraph 7.The Secretariat was asked to prepare a note.");
    }
}
