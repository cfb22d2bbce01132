package org.rapporteur.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A pattern is tried only where a match of it can begin, and finds what Matcher.find() finds. */
class MatchStartsTest {

    private static final int CODEBOOK_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Pattern wholeWords(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", CODEBOOK_FLAGS);
    }

    @Test
    void readsTheCharactersAMatchCanBeginWithInBothCases() {
        MatchStarts starts = MatchStarts.of(wholeWords("support\\w*|favou?r|in favour of"));
        assertThat(starts).isNotNull();
        assertThat("sSfFiI".chars().allMatch(c -> starts.mayBeginWith((char) c))).isTrue();
        assertThat("aAuU ,.-1".chars().noneMatch(c -> starts.mayBeginWith((char) c))).isTrue();
        // any other than ASCII may begin a match: "ſ" is an "s" to a pattern of Unicode case
        assertThat(starts.mayBeginWith('ſ')).isTrue();
    }

    @Test
    void anOptionalPartOrALookAroundLeavesTheFirstCharactersOfWhatFollows() {
        MatchStarts starts = MatchStarts.of(wholeWords("(?:the |this )?(?=c)[Cc]onvention"));
        assertThat("tTcC".chars().allMatch(c -> starts.mayBeginWith((char) c))).isTrue();
        assertThat(starts.mayBeginWith('o')).isFalse();
        MatchStarts spaced = MatchStarts.of(Pattern.compile("\\s*[-–]?\\d{1,3}"));
        assertThat(" \t-0925".chars().allMatch(c -> spaced.mayBeginWith((char) c))).isTrue();
        assertThat(spaced.mayBeginWith('a')).isFalse();
    }

    @Test
    void aPatternWhoseStartCannotBeReadOrThatCanMatchNothingHasNone() {
        assertThat(MatchStarts.of(Pattern.compile(".x"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("[^,;]+"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("\\p{Lu}\\w+"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("x?"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("(?:a|)"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("(?i)abc"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("(a)\\1"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("\\1?(a)"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("\\Gabc"))).isNull();
        assertThat(MatchStarts.of(Pattern.compile("a b", Pattern.COMMENTS))).isNull();
    }

    @Test
    void findsWhatFindFindsWhereverTheTextHoldsIt() {
        List<Pattern> patterns = List.of(
                wholeWords("support\\w*|favou?r\\w*|in favour of"),
                wholeWords("(?:the |this )?convention(?! on cybercrime)"),
                wholeWords("key"),
                wholeWords("in"),
                wholeWords("(?:rather than|instead of) (?:on |to )?(?:negotiat|draft)\\w*"),
                Pattern.compile("\\bun\\w+", CODEBOOK_FLAGS),
                Pattern.compile("^Chair", Pattern.MULTILINE),
                Pattern.compile("o[fn]"));
        List<String> texts = List.of(
                "Several speakers supported the Convention; others favoured this convention on cybercrime.",
                "The unsupported view, 1support and ésupport were not SUPPORT.",
                "A \u212Aey point: the ſupport of İn and ın, in favour of it, in favour of.",
                "Rather than negotiating, instead of to drafting a new one; the convention.",
                "Chair\nChair of the meeting",
                "",
                "s");
        for (Pattern pattern : patterns) {
            MatchStarts starts = MatchStarts.of(pattern);
            assertThat(starts).as(pattern.pattern()).isNotNull();
            for (String text : texts) {
                assertThat(found(pattern, starts, text)).as(pattern + " on " + text).isEqualTo(found(pattern, null, text));
            }
        }
        assertThat(found(wholeWords("key"), MatchStarts.of(wholeWords("key")), texts.get(2)))
                .containsExactly("2-5:\u212Aey");
        assertThat(found(wholeWords("support\\w*|favou?r\\w*|in favour of"),
                MatchStarts.of(wholeWords("support\\w*|favou?r\\w*|in favour of")), texts.get(1)))
                .containsExactly("53-60:SUPPORT");
    }

    private static List<String> found(Pattern pattern, MatchStarts starts, String text) {
        List<String> out = new ArrayList<>();
        MatchStarts.forEach(pattern, starts, text, (Matcher m) -> out.add(m.start() + "-" + m.end() + ":" + m.group()));
        return out;
    }
}
