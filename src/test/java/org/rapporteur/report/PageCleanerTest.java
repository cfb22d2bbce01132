package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTest {

    private static List<SourceLine> clean(String text) {
        return PageCleaner.clean(PageCleaner.rawLines(text));
    }

    @Test
    void removesARunningHeaderAndJobNumberBetweenParagraphs() {
        String text = """
                19. At its [4th and 5th] meetings, on [4 and 5] April 2018, the Expert Group
                considered agenda item 3, entitled “Criminalization”.

                UNODC/CCPCJ/EG.4/2018/L.1

                V.18-01878 4/5

                 IV. Organization of the meeting
                """;
        assertThat(clean(text)).containsExactly(
                new SourceLine(1, "19. At its [4th and 5th] meetings, on [4 and 5] April 2018, the Expert Group"),
                new SourceLine(2, "considered agenda item 3, entitled “Criminalization”."),
                new SourceLine(8, "IV. Organization of the meeting"));
    }

    @Test
    void removesJobNumbersWithTheLettersOfOtherOfficesBeforeOrAfterThePage() {
        String text = """
                4. Statements were made by Chile, Peru and Mexico.

                3/3 N41-05512

                5. The Committee adopted the agenda.
                GE.41-06034 2/4
                GE.41-06034 (E) 150341 170341
                6. The session was closed.
                """;
        assertThat(clean(text)).containsExactly(
                new SourceLine(1, "4. Statements were made by Chile, Peru and Mexico."),
                new SourceLine(5, "5. The Committee adopted the agenda."),
                new SourceLine(8, "6. The session was closed."));
    }

    @Test
    void removesEveryKindOfPageFurnitureAndKeepsTheTextLines() {
        String text = """
                1. The first line of a paragraph
                UNODC/CCPCJ/EG.4/2018/L.1
                V.18-01878 4/5
                2/4 V.19-02345
                V.19-02345 (E) 080419 090419
                *1902345*
                http://undocs.org/A/RES/65/230
                Please recycle
                UNODC/CCPCJ/EG.4/2018/L.1 V.18-01878
                3/5
                and the last line of it.
                """;
        assertThat(clean(text)).containsExactly(
                new SourceLine(1, "1. The first line of a paragraph"),
                new SourceLine(11, "and the last line of it."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UNODC/CCPCJ/EG.4/2018/L.1",
            "CTOC/COP/WG.3/2019/4",
            "V.18-01878 4/5",
            "2/4 V.19-02345",
            "V.19-02345 (E) 080419 090419",
            "V.19-02345 (E)",
            "*1902345*",
            "http://undocs.org/A/RES/65/230",
            "http://undocs.org/UNODC/CCPCJ/EG.4/2018/INF/1",
            "Please recycle",
            "UNODC/CCPCJ/EG.4/2018/L.1 V.18-01878",
            "3/5",
            "Page 2 of 5",
            // a page's number before the job number, the language run into it
            "4                                                     GE.31-11802",
            "GE.31-11802(F)",
    })
    void recognisesPageFurniture(String line) {
        assertThat(PageCleaner.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "28. The meeting was attended by representatives of 91 Member States, an observer",
            "(UNODC/CCPCJ/EG.4/2018/INF/1).",
            "of topics and a methodology for the study (E/CN.15/2011/19, annexes I and II).",
            "9 institutions from the academia and the private sector.",
            "IV. Organization of the meeting",
            "Group for the period 2018–2021.",
            "see http://undocs.org/A/RES/65/230 for the resolution",
            "12 members of the Committee and 3 observers attended.",
    })
    void keepsTextLines(String line) {
        assertThat(PageCleaner.isFurniture(line)).isFalse();
    }

    @Test
    void dropsBlankLinesAndCollapsesRunsOfSpaces() {
        assertThat(clean("  1.   The   meeting  \n\n   \nwas opened.")).containsExactly(
                new SourceLine(1, "1. The meeting"),
                new SourceLine(4, "was opened."));
    }

    @Test
    void splitsOnEveryLineEndAndFormFeed() {
        assertThat(PageCleaner.rawLines("a\r\nb\rc\fd\ne")).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void dropsTheByteOrderMarkAndSoftHyphensAndTurnsNoBreakSpacesIntoSpaces() {
        assertThat(PageCleaner.rawLines("\uFEFForgani\u00ADzation\u00A0of")).containsExactly("organization of");
    }
}
