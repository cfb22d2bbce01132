package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The meeting in a title row above the header; the head of delegation marked in brackets after the name. */
class TitleRowsAndHeadMarksTest {

    @Test
    void aTitleCellHoldingOnlyASymbolNamesTheMeeting() {
        assertThat(TitleRows.symbol(List.of("UNEP/EA.6/2024/L.2"))).isEqualTo("UNEP/EA.6/2024/L.2");
        assertThat(TitleRows.symbol(List.of("", "TD/B/EX/75/4 PROV."))).isEqualTo("TD/B/EX/75/4");
        assertThat(TitleRows.symbol(List.of("List of participants (TD/B/EX/75/INF/1)"))).isEmpty();
        assertThat(TitleRows.symbol(List.of("Geneva, 3-5 March 2025"))).isEmpty();
    }

    @Test
    void aMarkAfterTheNameMakesTheHeadAndADeputysMarkDoesNot() {
        assertThat(HeadMarks.of("Ms. Ines OKAFOR (Head)")).isEqualTo(new HeadMarks.Marked("Ms. Ines OKAFOR", true));
        assertThat(HeadMarks.of("Tomas Berg (Head of Delegation)").head()).isTrue();
        assertThat(HeadMarks.of("Lucie Marchand (Chef de délégation)").head()).isTrue();
        assertThat(HeadMarks.of("Mr. Pedro LARA (Deputy Head)"))
                .isEqualTo(new HeadMarks.Marked("Mr. Pedro LARA", false));
        assertThat(HeadMarks.of("Lucie Marchand (Chef de délégation adjointe)").head()).isFalse();
        assertThat(HeadMarks.of("Mr. Pedro LARA").head()).isNull();
        assertThat(HeadMarks.of("Anna Lind (Sweden)")).isEqualTo(new HeadMarks.Marked("Anna Lind (Sweden)", null));
    }
}
