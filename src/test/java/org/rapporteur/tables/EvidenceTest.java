package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.store.FactSource;

/** The sentence beside an attendance or participation row: by its place, read once per source. */
class EvidenceTest {

    private final List<String> read = new ArrayList<>();

    /** A report of two paragraphs; any other source keeps none. */
    private FactSource report() {
        return (FactSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {FactSource.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("paragraphs")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    read.add((String) args[0]);
                    return args[0].equals("report.txt") ? Map.of(
                            4, "Kenya was elected Rapporteur. Statements were made by  Kenya and Chile.",
                            5, "word ".repeat(60).strip()) : Map.of();
                });
    }

    @Test
    void theSentenceItsIndexNamesWithWhiteSpaceCollapsed() {
        Evidence evidence = new Evidence(report());
        assertThat(evidence.at("report.txt", 4, 2)).isEqualTo("Statements were made by Kenya and Chile.");
        assertThat(evidence.at("report.txt", 4, 1)).isEqualTo("Kenya was elected Rapporteur.");
    }

    @Test
    void theParagraphWhereNoSentenceIsNamedAndValuesReadBackFromCsvText() {
        Evidence evidence = new Evidence(report());
        assertThat(evidence.at("report.txt", "4", "")).isEqualTo("Kenya was elected Rapporteur. Statements were "
                + "made by Kenya and Chile.");
        assertThat(evidence.at("report.txt", 4L, 9)).as("a sentence the paragraph does not have")
                .startsWith("Kenya was elected");
    }

    @Test
    void aLongTextIsCutAtAWordWithinTwoHundredCharacters() {
        // 60 words of 4 letters: cut after the 40th, which ends at character 199
        assertThat(new Evidence(report()).at("report.txt", 5, null))
                .isEqualTo("word ".repeat(40).strip() + "\u2026");
    }

    @Test
    void nothingForAListsLineOrAPlaceNotKeptAndEachSourceIsReadOnce() {
        Evidence evidence = new Evidence(report());
        assertThat(evidence.at("participants/list.csv", 12, null)).isEmpty();
        assertThat(evidence.at("report.txt", 99, 1)).isEmpty();
        assertThat(evidence.at("", 4, 1)).isEmpty();
        evidence.at("report.txt", 4, 1);
        evidence.at("participants/list.csv", 3, null);
        assertThat(read).containsExactly("participants/list.csv", "report.txt");
    }
}
