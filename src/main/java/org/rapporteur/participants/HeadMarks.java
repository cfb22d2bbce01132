package org.rapporteur.participants;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delegate's role written in brackets after the name, as printed lists mark the head of delegation: "Ana SILVA
 * (Head)", "(Head of Delegation)", "(HoD)", "(Chef de délégation)", "(Jefa de delegación)". A deputy's or an
 * alternate's mark ("(Deputy Head)", "(Alternate)") is taken off the name as well, and makes no head.
 */
final class HeadMarks {

    private static final Pattern MARK = Pattern.compile("(?i)^(.*?)\\s*[(\\[]\\s*((?:deputy\\s+|alternate\\s+|acting\\s+"
            + "|vice[- ]?)?(?:head(?:\\s+of\\s+(?:the\\s+)?delegation)?|hod|chef(?:fe)?(?:\\s+(?:adjoint(?:e)?\\s+)?de\\s+"
            + "(?:la\\s+)?d[ée]l[ée]gation)?(?:\\s+adjoint(?:e)?)?|jef[ae](?:\\s+de\\s+(?:la\\s+)?delegaci[óo]n)?"
            + "(?:\\s+adjunt[oa])?|alternate|adviser|advisor|deputy))\\s*[)\\]]\\s*$");
    private static final Pattern NOT_HEAD = Pattern.compile("(?i)deputy|alternate|acting|vice|adjoint|adjunt|adviser"
            + "|advisor");

    /**
     * @param name the name without the mark
     * @param head whether the mark makes the person the head; null when the name carries no mark
     */
    record Marked(String name, Boolean head) {
    }

    private HeadMarks() {
    }

    static Marked of(String name) {
        Matcher m = MARK.matcher(name == null ? "" : name);
        if (!m.matches() || m.group(1).isBlank()) {
            return new Marked(name == null ? "" : name, null);
        }
        return new Marked(m.group(1).strip(), !NOT_HEAD.matcher(m.group(2)).find());
    }
}
