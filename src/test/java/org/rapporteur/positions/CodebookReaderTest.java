package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The codebook is data: the default loads, and a malformed one is refused with its file, line and reason. */
class CodebookReaderTest {

    @Test
    void theDefaultCodebookHasTheTenDefaultTopics() {
        Codebook codebook = CodebookReader.readDefault();
        assertThat(codebook.topics()).extracting(Topic::id).containsExactly("NEW_INSTRUMENT", "BUDAPEST_CONVENTION",
                "UNTOC", "HUMAN_RIGHTS", "CAPACITY_BUILDING", "PRIVATE_SECTOR", "DATA_RETENTION", "NETWORKS_24_7",
                "ELECTRONIC_EVIDENCE", "DRAFT_CONVENTION_ADOPTION");
        assertThat(codebook.quantifiers()).extracting(Quantifier::id, Quantifier::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ALL", 6), org.assertj.core.groups.Tuple.tuple("MOST", 5),
                org.assertj.core.groups.Tuple.tuple("MANY", 4), org.assertj.core.groups.Tuple.tuple("SEVERAL", 3),
                org.assertj.core.groups.Tuple.tuple("SOME", 2), org.assertj.core.groups.Tuple.tuple("ONE", 1));
        assertThat(codebook.topic("NEW_INSTRUMENT")).get().extracting(Topic::tracked).isEqualTo(true);
    }

    @Test
    void aStanceThatIsNoStanceIsRefusedWithItsLine() {
        String yaml = defaultWith("{id: NEED, stance: FOR,", "{id: NEED, stance: MAYBE,");
        int line = lineOf(yaml, "stance: MAYBE");
        assertThatThrownBy(() -> CodebookReader.read("test.yml", new StringReader(yaml)))
                .isInstanceOf(CodebookException.class)
                .hasMessage("test.yml line " + line + ": stance \"MAYBE\" is none of FOR, AGAINST, NEUTRAL");
    }

    @Test
    void aPatternThatDoesNotCompileIsRefusedWithItsLine() {
        String yaml = defaultWith("      - 'budapest convention'", "      - 'budapest (convention'");
        int line = lineOf(yaml, "budapest (convention");
        assertThatThrownBy(() -> CodebookReader.read("test.yml", new StringReader(yaml)))
                .isInstanceOf(CodebookException.class)
                .hasMessageStartingWith("test.yml line " + line + ": pattern \"budapest (convention\" is not a valid "
                        + "regular expression");
    }

    @Test
    void brokenYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CodebookReader.read("bad.yml", new StringReader("version: 1\ntopics: [\n  - x: y\n")))
                .isInstanceOf(CodebookException.class)
                .hasMessageStartingWith("bad.yml line ")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aSectionLeftOutIsTheDefaultsAndItsTopicsAreAddedToTheDefaultOnes() {
        String yaml = "version: 1\ntopics:\n  - id: X\n    patterns: ['x']\n";
        Codebook codebook = CodebookReader.read("short.yml", new StringReader(yaml));
        assertThat(codebook.topics()).extracting(Topic::id).hasSize(11).contains("UNTOC", "X");
        assertThat(codebook.quantifiers()).extracting(q -> q.pattern().pattern())
                .isEqualTo(CodebookReader.readDefault().quantifiers().stream().map(q -> q.pattern().pattern()).toList());
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        String yaml = "version: 1\ntopics:\n  - id: X\n    patterns: ['x']\n    exemples: []\n";
        assertThatThrownBy(() -> CodebookReader.read("typo.yml", new StringReader(yaml)))
                .isInstanceOf(CodebookException.class)
                .hasMessageStartingWith("typo.yml line 5: unknown key \"exemples\" in a topic (known: anaphora, cues, "
                        + "description, examples, id, inBodies, label, patterns, tracked)");
        String root = "version: 1\nhedgez: []\ntopics:\n  - id: X\n    patterns: ['x']\n";
        assertThatThrownBy(() -> CodebookReader.read("root.yml", new StringReader(root)))
                .hasMessageStartingWith("root.yml line 2: unknown key \"hedgez\" in the codebook");
    }

    @Test
    void aTopicIdUsedTwiceIsRefused() {
        String yaml = defaultWith("  - id: UNTOC\n", "  - id: BUDAPEST_CONVENTION\n");
        assertThatThrownBy(() -> CodebookReader.read("twice.yml", new StringReader(yaml)))
                .isInstanceOf(CodebookException.class)
                .hasMessageContaining("topic id BUDAPEST_CONVENTION is used twice");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> CodebookReader.read("empty.yml", new StringReader("")))
                .isInstanceOf(CodebookException.class).hasMessage("empty.yml line 1: the file is empty");
    }

    private static String defaultWith(String find, String replace) {
        try (var in = CodebookReader.class.getResourceAsStream(CodebookReader.DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains(find);
            return text.replaceFirst(java.util.regex.Pattern.quote(find),
                    java.util.regex.Matcher.quoteReplacement(replace));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
