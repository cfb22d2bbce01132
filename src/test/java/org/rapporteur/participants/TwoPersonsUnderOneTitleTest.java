package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A row naming two persons in one cell joined by a comma, "and" or "/" (not the semicolon {@link SeveralPersons}
 * splits): under two honorifics ("Mr. / Ms.", "M. et Mme") or each with her own honorific, it is rejected with its
 * line; a surname and given names written "SILVA, Ana" stay one person.
 */
class TwoPersonsUnderOneTitleTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void twoNamesUnderTwoHonorificsOrEachWithHerOwnAreRejected() {
        ParticipantList list = reader.readCsv("QQ_7_2030_2-list.csv", """
                Delegation\tTitle\tName\tFunction
                Mali\tMr. / Ms.\tSidi Ould Ahmed, Aminata Mint Sow\tExperts
                Mali\tM. et Mme\tPaul Keita and Awa Keita\tDélégués
                Chad\t\tMr. Idriss Deby and Ms. Halime Mahamat\tAdvisers
                Chad\tMs.\tSILVA, Ana Maria\tCounsellor
                Chad\tMr./Ms.\tAna Maria Lopez\tCounsellor
                """);
        assertThat(list.delegates()).extracting(Delegate::lastName).containsExactly("SILVA, Ana Maria",
                "Ana Maria Lopez");
        assertThat(list.findings()).extracting(Finding::location, Finding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 2", FindingCode.REJECTED_ROW),
                org.assertj.core.groups.Tuple.tuple("line 3", FindingCode.REJECTED_ROW),
                org.assertj.core.groups.Tuple.tuple("line 4", FindingCode.REJECTED_ROW));
        assertThat(list.findings().get(0).message()).startsWith("The row names two or more persons in one cell under "
                + "the title \"Mr. / Ms.\"");
    }
}
