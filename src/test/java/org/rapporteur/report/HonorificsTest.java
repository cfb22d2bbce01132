package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HonorificsTest {

    private static boolean title(String pattern, String word) {
        return Pattern.compile("(?:" + pattern + ")").matcher(word).matches();
    }

    @Test
    void theEnglishTitlesAreInEveryList() {
        for (String w : new String[] {"Mr", "Ms", "Mrs", "Dr"}) {
            assertTrue(title(Honorifics.ENGLISH, w), w);
            assertTrue(title(Honorifics.ABBREVIATED, w), w);
        }
        for (String w : new String[] {"Mme", "Prof", "Ambassador", "M", "Mister", "mr", "Drs", "H.E"}) {
            assertFalse(title(Honorifics.ENGLISH, w), w);
        }
    }

    @Test
    void excellencyWithOrWithoutASpaceAndWithoutTheLastStop() {
        assertTrue(title(Honorifics.EXCELLENCY, "H.E"));
        assertTrue(title(Honorifics.EXCELLENCY, "H. E"));
        assertFalse(title(Honorifics.EXCELLENCY, "H.E."));
        assertFalse(title(Honorifics.EXCELLENCY, "HE"));
        assertTrue(title(Honorifics.EXCELENCIA, "S.E"));
        assertFalse(title(Honorifics.EXCELENCIA, "H.E"));
    }

    @Test
    void otherLanguagesAndSpelledOutTitlesAreSeparateLists() {
        assertTrue(title(Honorifics.FRENCH, "Mme"));
        assertTrue(title(Honorifics.FRENCH, "Mlle"));
        assertTrue(title(Honorifics.SPANISH, "Sra"));
        assertTrue(title(Honorifics.SPANISH, "Srta"));
        assertTrue(title(Honorifics.CLERGY, "Msgr"));
        assertTrue(title(Honorifics.SPELLED, "Professor"));
        assertTrue(title(Honorifics.SPELLED, "Ambassador"));
        assertFalse(title(Honorifics.ABBREVIATED, "Mlle"));
        assertFalse(title(Honorifics.ABBREVIATED, "Sra"));
        assertFalse(title(Honorifics.ABBREVIATED, "Professor"));
        assertFalse(title(Honorifics.SPELLED, "Prof"));
        assertFalse(title(Honorifics.SPELLED, "Minister"));
    }

    @Test
    void anyMakesOneGroupOfTheAlternatives() {
        String before = Honorifics.any(Honorifics.ENGLISH, Honorifics.PROF) + "\\.?\\s+\\p{Lu}";
        assertTrue(Pattern.compile(before).matcher("Prof. Ana").lookingAt());
        assertTrue(Pattern.compile(before).matcher("Mrs Ana").lookingAt());
        assertFalse(Pattern.compile(before).matcher("Mme Ana").lookingAt());
        assertFalse(Pattern.compile(before).matcher("Mr. ana").lookingAt());
    }
}
