package org.rapporteur.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corrigendum reprints paragraphs (31, 33, 83 …), each announced by an instruction ("Page 31, …, paragraphs 83 and
 * 84 / For the existing text substitute"): the paragraph numbers then jump, and the instruction is no text of the
 * paragraph before.
 */
final class Corrigenda {

    /** A corrigendum's instruction at the end of the text so far: "…, paragraphs 83 and 84 For the existing text …". */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)(?:Page\\s+\\d+,\\s+)?(?:[^.]{0,80}?,\\s+)?"
            + "paragraphs?\\s+(\\d{1,3}(?:\\s*(?:,|and|to|–|-)\\s*\\d{1,3})*)\\s*[.,]?\\s*(?:For\\s+the\\s+existing"
            + "\\s+text\\s+substitute|(?:Replace|Delete|Insert|Add)\\b[^.]{0,80})?[.:]?\\s*$");

    private Corrigenda() {
    }

    /** Whether the text just before a numbered line announces that paragraph ("paragraphs 83 and 84"). */
    static boolean announces(CharSequence current, int n) {
        Matcher m = ANNOUNCEMENT.matcher(current);
        if (!m.find()) {
            return false;
        }
        Matcher number = Pattern.compile("\\d{1,3}").matcher(m.group(1));
        while (number.find()) {
            if (Integer.parseInt(number.group()) == n) {
                return true;
            }
        }
        return false;
    }

    /** The text so far without the instruction at its end. */
    static String withoutAnnouncement(CharSequence current) {
        return ANNOUNCEMENT.matcher(current).replaceFirst("").strip();
    }
}
