package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Headers that name a column inside longer words ("State/Organisation", "Job / Title", "Head of del.?", "Accreditation
 * badge issued", "Sesión / Reunión", "Summary of the statement") are recognised by those words, the most specific
 * column first; a row of values is still no header.
 */
class HeadersInOtherWordsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);
    final StatementsReader statements = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void delegationPositionHeadAndCheckInNamedInLongerHeaders() {
        ParticipantList list = lists.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Category;Salutation;Given names;Surname;Job / Title;State/Organisation;Head of del.?;Accreditation badge issued
                Member State;Mrs.;Lena;Berg;Counsellor;Norway;Y;27/03/2024 09:12
                Member State;Mr.;Omar;Said;First Secretary;Egypt;;
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " " + d.position() + " head "
                        + d.headOfDelegation() + " in " + d.checkedIn())
                .containsExactly("NOR WOMAN Counsellor head true in true", "EGY MAN First Secretary head false in false");
    }

    @Test
    void aPositionHeaderThatAlsoSaysTitleHoldsThePositionAndItsHead() {
        ParticipantList list = lists.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Delegation,Name,Title / Position
                Chile,Ms. Lucía Pérez,"Ambassador, Head of Delegation"
                Chile,Mr. Tomás Rojas,Adviser
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " head "
                + d.headOfDelegation()).containsExactly("CHL WOMAN head true", "CHL MAN head false");
    }

    @Test
    void theMeetingInASpanishColumnWhenTheFileNameHasNoSymbol() {
        ParticipantList list = lists.readCsv("lista.csv", """
                Sesión / Reunión;Tratamiento;Nombre;Apellidos;Delegación;Jefe/a de la delegación
                CTOC/COP/WG.3/2024/2;Sra.;Lucía;Pérez;Chile;Sí
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.meetingSymbol() + " " + d.entity().code() + " head "
                + d.headOfDelegation()).containsExactly("CTOC/COP/WG.3/2024/2 CHL head true");
    }

    @Test
    void aRowOfValuesIsStillNoHeaderButARowOfTheList() {
        ParticipantList list = lists.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                State of Palestine;Ms.;Rana;Haddad;First Secretary
                Norway;Mrs.;Lena;Berg;Counsellor
                """);
        // no header: the columns are read by what they hold (ListsReadByTheirContentTest), the first row included
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.title() + " " + d.firstName() + " "
                + d.lastName() + " " + d.position()).containsExactly("PSE Ms. Rana Haddad First Secretary",
                "NOR Mrs. Lena Berg Counsellor");
    }

    @Test
    void aStatementsTextColumnNamedAsASummary() {
        StatementsFile file = statements.read("CTOC_COP_WG.3_2024_2-statements.csv", """
                Delegation speaking,Agenda item,Summary of the statement
                Norway,3,Supported the draft resolution.
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code() + " " + s.meetingSymbol())
                .containsExactly("NOR CTOC/COP/WG.3/2024/2");
    }

    @Test
    void aBadgeHandedOverInSpanishOrFrenchIsTheCheckIn() {
        ParticipantList spanish = lists.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                País;Nombre;Apellidos;Acreditación retirada
                Chile;Rosa;Pérez;Sí
                Chile;Jorge;Díaz;No
                """);
        assertThat(spanish.delegates()).extracting(d -> d.checkedIn()).containsExactly(true, false);
        ParticipantList french = lists.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Pays;Prénom;Nom;Badge remis
                Mali;Awa;Traoré;Oui
                """);
        assertThat(french.delegates()).extracting(d -> d.checkedIn()).containsExactly(true);
    }

    @Test
    void aSpanishStatementsFileWithItsSpeakersInSpanish() {
        StatementsFile file = statements.read("intervenciones.csv", """
                Reunión,Sesión,Orador,Resumen
                CTOC/COP/WG.3/2024/2,1,Brasil,Apoyó el proyecto de resolución.
                CTOC/COP/WG.3/2024/2,2,España,Pidió más tiempo.
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code() + " " + s.meetingSymbol())
                .containsExactly("BRA CTOC/COP/WG.3/2024/2", "ESP CTOC/COP/WG.3/2024/2");
    }
}
