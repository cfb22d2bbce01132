package org.rapporteur.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A guarded pattern is run only where its words are, and answers as the pattern does everywhere. */
class GuardedPatternTest {

    @Test
    void readsTheWordsOfAPatternWithCaseFlagsAndCharacterProperties() {
        assertThat(GuardedPattern.wordsOf(Pattern.compile("(?i)\\bwas\\s+attended\\s+by\\b")))
                .containsExactly("attended");
        assertThat(GuardedPattern.wordsOf(Pattern.compile("\\b(?i:representatives|observers)\\s+of\\s+\\p{Lu}")))
                .containsExactlyInAnyOrder("representatives", "observers");
        assertThat(GuardedPattern.wordsOf(Pattern.compile("held\\s+(?:in|at)", Pattern.CASE_INSENSITIVE)))
                .containsExactly("held");
    }

    @Test
    void aPatternWithoutWordsOrWithOtherFlagsIsAlwaysRun() {
        assertThat(GuardedPattern.wordsOf(Pattern.compile("\\d+\\s*/\\s*\\d+"))).containsExactly("/");
        assertThat(GuardedPattern.wordsOf(Pattern.compile("\\d+[.,]?\\d*"))).isNull();
        assertThat(GuardedPattern.wordsOf(Pattern.compile("held  at", Pattern.COMMENTS))).isNull();
        assertThat(GuardedPattern.compile("\\w+").mayMatch("")).isTrue();
    }

    @Test
    void findsTheWordsInAnyCase() {
        GuardedPattern attended = GuardedPattern.compile("(?i)\\battended\\b");
        assertThat(attended.mayMatch("The meeting was ATTENDED by")).isTrue();
        assertThat(attended.mayMatch("Attended")).isTrue();
        assertThat(attended.mayMatch("attende")).isFalse();
        assertThat(attended.mayMatch("")).isFalse();
    }

    @Test
    void answersAsThePatternDoes() {
        List<GuardedPattern> patterns = List.of(
                GuardedPattern.compile("(?i)\\b(?:was|were)\\s+attended\\s+by\\s+(\\d+)\\s+States"),
                GuardedPattern.compile("\\b(?i:representatives|observers)\\s+of\\s+(\\p{Lu}\\p{L}+)"),
                GuardedPattern.compile("held\\s+(?:its\\s+)?(\\w+)\\s+session", Pattern.CASE_INSENSITIVE),
                GuardedPattern.compile("^The\\s+\\S+"));
        List<String> texts = List.of("The session was Attended by 12 States.", "Representatives of Chile spoke.",
                "The Commission HELD its sixtieth SESSION in Vienna.", "the meeting", "", "observers of chile",
                "No list here; nothing to find.");
        for (GuardedPattern guarded : patterns) {
            Pattern plain = Pattern.compile(guarded.pattern(), guarded.pattern().startsWith("held")
                    ? Pattern.CASE_INSENSITIVE : 0);
            for (String text : texts) {
                var g = guarded.matcher(text);
                var p = plain.matcher(text);
                boolean found = p.find();
                assertThat(g.find()).as(guarded.pattern() + " on " + text).isEqualTo(found);
                if (found) {
                    assertThat(g.group()).isEqualTo(p.group());
                }
                assertThat(guarded.matcher(text).matches()).isEqualTo(plain.matcher(text).matches());
            }
        }
    }

    @Test
    void answersByEachTextsOwnLettersWhenManyTextsAreReadInTurn() {
        GuardedPattern attended = GuardedPattern.compile("(?i)\\battended\\b");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            texts.add(i % 3 == 0 ? "Paragraph " + i + " was ATTENDED by " + i : "Paragraph " + i + " says nothing");
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < texts.size(); i++) {
                // a text of its own with the same letters, as another class that splits the sentence again reads it
                String again = new String(texts.get(i).toCharArray());
                assertThat(attended.mayMatch(again)).as(again).isEqualTo(i % 3 == 0);
                assertThat(attended.mayMatch(texts.get((i * 7) % texts.size()))).isEqualTo((i * 7) % texts.size() % 3 == 0);
            }
        }
    }
}
