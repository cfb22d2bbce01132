package org.rapporteur.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.EntityType;

/**
 * The State a national body is named after, where its name holds the State's short name: at the start of an
 * authority's name ("Kenya Revenue Authority", "Japan Fair Trade Commission") or at the end after one or two words
 * ("Statistics Norway", "Health Canada"). A name that is itself known ("Papua New Guinea"), or where the State is
 * part of a longer place name, gives none.
 */
final class NationalBodies {

    /** "Japan Fair Trade Commission", "Kenya Revenue Authority": a national body named after its State. */
    private static final Pattern AUTHORITY = Pattern.compile("^((?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,3}?)(?:\\p{Lu}[\\p{L}'’\\-]*\\s+)"
            + "{0,4}(?:Commission|Authority|Agency|Office|Bureau|Ministry|Council|Institute|Service|Board)$");
    /** "Statistics Norway", "Health Canada": one or two capitalised words, then the State. */
    private static final Pattern STATE_LAST = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,2}(\\p{Lu}[\\p{L}'’\\-]*)$");

    private final EntityNames names;

    NationalBodies(EntityNames names) {
        this.names = names;
    }

    /** The State's name as written in the body's name, or empty. */
    Optional<String> state(String bodyName) {
        String body = bodyName.strip();
        if (names.isKnownAsWritten(body)) {
            return Optional.empty();
        }
        Matcher m = AUTHORITY.matcher(body);
        if (m.matches()) {
            String[] words = m.group(1).strip().split("\\s+");
            for (int k = words.length; k > 0; k--) {
                String head = String.join(" ", Arrays.copyOfRange(words, 0, k));
                if (isState(head)) {
                    return Optional.of(head);
                }
            }
            return Optional.empty();
        }
        Matcher last = STATE_LAST.matcher(body);
        return last.matches() && isState(last.group(1)) ? Optional.of(last.group(1)) : Optional.empty();
    }

    private boolean isState(String name) {
        return names.resolve(name).filter(e -> e.type() == EntityType.MEMBER_STATE).isPresent();
    }
}
