package org.rapporteur.report;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Speakers named as persons with their delegation in brackets: "Statements were made by Ms. Leila Karimova
 * (Uzbekistan), Mr. Faisal Al-Otaibi (Saudi Arabia) and …", "Ms. Dina Haddad (Jordan) and Mr. Abdullah Al-Mutairi
 * (Kuwait) also took the floor", "Mr. Faisal Al-Otaibi (Saudi Arabia), speaking on behalf of …, described …". For
 * finding statements the person stands for the delegation that spoke: the text is rewritten with the bracket's name
 * in the person's place, so that the forms that read delegations read these too. Only a person with an honorific
 * ("Mr.", "Ms.", "H.E.", "Ambassador", …) whose bracket is a known State or organisation is rewritten; what the
 * person is said to be after a comma (", Chair of the sixtieth session") goes with the person.
 */
final class SpeakersByName {

    /** An honorific, a person's name and a bracket (which may hold one of its own: "(Iran (Islamic Republic of))"). */
    private static final Pattern PERSON_AND_BRACKET = Pattern.compile("(?<![\\p{L}.])" + PersonNames.HONORIFICS
            + PersonNames.NAME + "\\s*\\(((?:[^()]|\\([^()]*\\))+)\\)");
    /** ", Chair of the sixtieth session", ", the outgoing Vice-Chair": an office said of the person, no speaker. */
    private static final Pattern OFFICE_AFTER = Pattern.compile("^,\\s*(?:the\\s+)?(?:(?:former|outgoing|incoming|then)\\s+)?"
            + "(?:(?:First|Second|Third)\\s+)?" + OfficeWords.OFFICE + "(?:\\s+of\\s+[^,;.()]+)?(?=[,;.]|$)");

    /**
     * "The Minister for Disaster Management and Relief of Bangladesh, Mr. Mahbubul Karim Chowdhury, delivered …": a
     * State's official by title ({@link NationalOfficials#TITLE}), then the person's name between commas; the title's
     * words up to the comma (where the State ends it) in group "title".
     */
    private static final Pattern OFFICIAL_AND_NAME = Pattern.compile("(?<title>[^,;()]{1,120}?),\\s*"
            + PersonNames.HONORIFICS.replaceFirst("\\+$", "*") + PersonNames.NAME + "\\s*,");
    private static final Pattern LAST_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    private final Function<String, Optional<Entity>> resolve;

    SpeakersByName(Function<String, Optional<Entity>> resolve) {
        this.resolve = resolve;
    }

    /**
     * The text with each "Ms. A B (State)" as the State's name, and each "the Minister … of State, Mr. A B," as "the
     * representative of State"; the text itself where it names no such person.
     */
    String asDelegations(String text) {
        return withOfficialsAsRepresentatives(text.indexOf('(') < 0 ? text : withBracketsForPersons(text));
    }

    private String withOfficialsAsRepresentatives(String text) {
        Matcher title = NationalOfficials.TITLE.matcher(text);
        if (!title.find()) {
            return text;
        }
        Matcher m = OFFICIAL_AND_NAME.matcher(text).region(title.start(), text.length());
        if (!m.lookingAt()) {
            return text;
        }
        String words = m.group("title");
        Matcher of = LAST_OF.matcher(words);
        while (of.find()) {
            String state = words.substring(of.end()).strip();
            if (resolve.apply(state).filter(e -> e.type() == EntityType.MEMBER_STATE
                    || e.type() == EntityType.OBSERVER_STATE).isPresent()) {
                String the = Character.isUpperCase(text.charAt(title.start())) ? "The" : "the";
                return text.substring(0, title.start()) + the + " representative of " + state
                        + text.substring(m.end() - 1).replaceFirst("^,", "");
            }
        }
        return text;
    }

    private String withBracketsForPersons(String text) {
        Matcher m = PERSON_AND_BRACKET.matcher(text);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String inside = m.group(1).strip();
            if (!isDelegation(inside)) {
                continue;
            }
            out.append(text, from, m.start()).append(inside);
            from = m.end();
            Matcher office = OFFICE_AFTER.matcher(text.substring(from));
            if (office.find()) {
                from += office.end();
            }
        }
        return from == 0 ? text : out.append(text.substring(from)).toString();
    }

    private boolean isDelegation(String name) {
        return resolve.apply(name).filter(e -> e.type() != EntityType.UNKNOWN && e.type() != EntityType.GROUP)
                .isPresent();
    }
}
