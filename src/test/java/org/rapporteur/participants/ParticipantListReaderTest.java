package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** Columns by header name, heads of delegation, check-ins, the meeting from the file name, and bad files. */
class ParticipantListReaderTest {

    static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    final ParticipantListReader reader = new ParticipantListReader(RESOLVER);

    @Test
    void headersAreRecognisedWhateverTheirCaseSpacingPunctuationAndOrder() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2-participants.csv", """
                country ; LAST NAME ; first_name ; Salutation ; Function ; checked in
                Brazil ; Souza ; Ana ; H.E. Ms. ; Head of Delegation ; x
                """);
        assertThat(list.findings()).isEmpty();
        Delegate ana = list.delegates().get(0);
        assertThat(ana.entity().code()).isEqualTo("BRA");
        assertThat(ana.meetingSymbol()).isEqualTo("CTOC/COP/WG.3/2024/2");
        assertThat(ana.gender()).isEqualTo(Gender.WOMAN);
        assertThat(ana.headOfDelegation()).isTrue();
        assertThat(ana.checkedIn()).isTrue();
        assertThat(ana.line()).isEqualTo(2);
    }

    @Test
    void headsOfDelegationInThreeLanguagesButNotTheirDeputies() {
        ParticipantList list = reader.readCsv("x.csv", """
                Meeting,Last Name,Position,Delegation
                CTOC/COP/WG.3/2024/2,A,Head of the delegation,Chile
                CTOC/COP/WG.3/2024/2,B,Cheffe de délégation,France
                CTOC/COP/WG.3/2024/2,C,Jefe de Delegación,Peru
                CTOC/COP/WG.3/2024/2,D,Deputy Head of Delegation,Chile
                CTOC/COP/WG.3/2024/2,E,Alternate head of delegation,France
                CTOC/COP/WG.3/2024/2,F,Chef adjoint de délégation,France
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + "=" + d.headOfDelegation())
                .containsExactly("A=true", "B=true", "C=true", "D=false", "E=false", "F=false");
        assertThat(list.delegates()).allSatisfy(d -> assertThat(d.checkedIn()).isNull());
    }

    @Test
    void aRepeatedPersonIsCountedOnceAndFlagged() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Delegation
                Ana,Souza,Brazil
                Ana,Souza,Brazil
                """);
        assertThat(list.delegates()).hasSize(1);
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 3 DUPLICATE_PARTICIPANT The row repeats line 2 (same person, delegation and "
                        + "meeting); counted once");
    }

    @Test
    void anUnlistedOrganisationNeedsItsDelegationType() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Last Name,Organization,Type
                Morgan,Global Cyber Alliance,Non-governmental organization
                Smith,Example Institute,
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().type() + " " + d.entity().name())
                .containsExactly("NGO Global Cyber Alliance");
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 3", FindingCode.REJECTED_ROW));
    }

    @Test
    void aListWithoutDelegationColumnOrMeetingIsRefusedAsAWhole() {
        assertThat(codes(reader.readCsv("CTOC_COP_WG.3_2024_2.csv", "Name,Email\nAna,a@example.org\n")))
                .containsExactly(FindingCode.MISSING_COLUMN);
        assertThat(codes(reader.readCsv("participants.csv", "Last Name,Country\nSouza,Brazil\n")))
                .containsExactly(FindingCode.MISSING_MEETING);
    }

    @Test
    void messagesNameLinesNeverPersons() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Delegation
                Zeynep,Kaya,
                Zeynep,Kaya,Brazil
                Zeynep,Kaya,Brazil
                """);
        assertThat(list.findings()).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("Zeynep", "Kaya"));
    }

    @Test
    void theMeetingFromTheFileName() {
        assertThat(MeetingSymbols.fromFileName("UNODC_CCPCJ_EG.4_2019_2-participants.csv"))
                .contains("UNODC/CCPCJ/EG.4/2019/2");
        assertThat(MeetingSymbols.fromFileName("participants/CTOC_COP_WG.3_2024_2 list.xlsx"))
                .contains("CTOC/COP/WG.3/2024/2");
        assertThat(MeetingSymbols.fromFileName("UNODC_CCPCJ_EG.4_2020_L.1_registrations.csv"))
                .contains("UNODC/CCPCJ/EG.4/2020/L.1");
        assertThat(MeetingSymbols.fromFileName("participants-may.csv")).isEmpty();
    }

    private static List<FindingCode> codes(ParticipantList list) {
        return list.findings().stream().map(Finding::code).toList();
    }
}
