package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** Speakers resolved like any name; "on behalf of" in its usual forms; bad rows with their lines. */
class StatementsReaderTest {

    final StatementsReader reader = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void onBehalfOfInItsUsualFormsCreditsTheGroup() {
        StatementsFile file = reader.read("s.csv", """
                meeting_symbol,speaker,text
                CTOC/COP/WG.3/2024/2,Egypt on behalf of the Group of African States,We support it.
                CTOC/COP/WG.3/2024/2,"Egypt, on behalf of the Group of African States",We support it.
                CTOC/COP/WG.3/2024/2,Egypt (on behalf of the Group of African States),We support it.
                CTOC/COP/WG.3/2024/2,"Cuba, speaking on behalf of the Group of 77 and China",We support it.
                CTOC/COP/WG.3/2024/2,the United Kingdom of Great Britain and Northern Ireland,We support it.
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code() + ">" + s.credited().code())
                .containsExactly("EGY>AFRICAN_GROUP", "EGY>AFRICAN_GROUP", "EGY>AFRICAN_GROUP", "CUB>G77",
                        "GBR>GBR");
    }

    @Test
    void anOrganisationSpeakingForItsMemberStatesIsTheOrganisationAndOnBehalfOfNamesTheMembers() {
        StatementsFile file = reader.read("s.csv", """
                meeting_symbol,speaker,text
                CTOC/COP/WG.3/2024/2,the European Union and its member States,We support it.
                CTOC/COP/WG.3/2024/2,"European Union, on behalf of its member States",We support it.
                CTOC/COP/WG.3/2024/2,African Union on behalf of its member States,We support it.
                CTOC/COP/WG.3/2024/2,Finland on behalf of the European Union and its member States,We support it.
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code() + ">" + s.credited().code() + " "
                        + s.behalfName())
                .containsExactly("EU>EU European Union member States", "EU>EU European Union member States",
                        "AU>AU African Union member States", "FIN>EU European Union member States");
    }

    @Test
    void aFileWithItsHeaderAndNoRowSaysSo() {
        StatementsFile file = reader.read("UNODC_CCPCJ_EG.4_2019_2-statements.csv", "meeting_symbol,speaker,text\n");

        assertThat(file.statements()).isEmpty();
        assertThat(file.findings()).extracting(f -> f.code() + " " + f.severity()).containsExactly("NO_ROWS WARNING");
    }

    @Test
    void badRowsAreLeftOutWithTheirLines() {
        StatementsFile file = reader.read("s.csv", """
                meeting_symbol,speaker,text
                CTOC/COP/WG.3/2024/2,Atlantis,We support it.
                CTOC/COP/WG.3/2024/2,,We support it.
                CTOC/COP/WG.3/2024/2,Brazil,
                CTOC/COP/WG.3/2024/2,Brazil,We support it.
                """);
        assertThat(file.statements()).hasSize(1);
        assertThat(file.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 2 REJECTED_ROW", "line 3 REJECTED_ROW", "line 4 REJECTED_ROW");
        assertThat(file.findings().get(0).code()).isEqualTo(FindingCode.REJECTED_ROW);
    }
}
