package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * States elected to an office rather than persons: "elected the representatives of Kenya, Latvia and Uruguay as
 * Vice-Chairs", "elected Ecuador and Mongolia as Vice-Presidents", under a label, "Vice-Chairs: Kenya, Latvia and Uruguay"
 * ("three Vice-Presidents, also elected at CSP8: Jamaica, …"), and States on the Bureau ("the Bureau
 * comprises the following members: Cameroon, Fiji, …"). One officer row per State, without a
 * person. A label followed by names that are not all known States or organisations (persons without countries) gives
 * none: no guess.
 */
final class StatesInOffice {

    /** A label and what follows it, up to the next label ("Second Vice-Chair:") or the end of the line. */
    private static final Pattern UNDER_LABEL = Pattern.compile("(?<![\\p{L}-])(" + OfficeWords.OFFICE
            + ")(?:,\\s+(?:also\\s+)?elected\\s+[^:;()\\n]{1,60}?)?\\s*:[ \\t]*([^:()\\n]+?)[ \\t]*(?=\\n|;?\\s+(?:(?:First|Second|Third|Fourth|Fifth)\\s+)?\\p{Lu}[\\p{L}-]*\\s*:"
            + "|$)");
    private static final Pattern ELECTED = Pattern.compile("\\belected\\s+(?:by\\s+acclamation\\s+)?"
            + "(?:(?:the\\s+)?(?:representatives|delegations)\\s+of\\s+)?([^()]+?)\\s+as\\s+(?:its\\s+)?("
            + OfficeWords.OFFICE + ")\\b");

    /**
     * "The Sudan and the Syrian Arab Republic served as Vice-Chairs, and Tunisia as Rapporteur": States that served in
     * an office, the subject of the sentence or of its clause, and a second office after "and … as".
     */
    private static final Pattern SERVED = Pattern.compile("(?:^|[,;:]\\s+)((?:[Tt]he\\s+)?\\p{Lu}[^()|,;:]*?(?:,\\s+(?=\\S)[^()|,;:]+?)*?)"
            + "\\s+(?:served|serve|acted)\\s+as\\s+(?:its\\s+|the\\s+)?(" + OfficeWords.OFFICE + ")\\b(?:,?\\s+(?:while\\s+|and\\s+)"
            + "([^()|,;:]+?)\\s+(?:served\\s+)?as\\s+(?:its\\s+|the\\s+)?(" + OfficeWords.OFFICE + ")\\b)?");
    /**
     * A body that elected, confirmed, appointed or designated "the following" States (with words of their own between,
     * such as when they were chosen) "as" an office, then a colon and the States: the States after the colon, in the
     * office before it.
     */
    private static final Pattern FOLLOWING_AS = Pattern.compile("\\b(?:elected|confirmed|appointed|designated)\\s+"
            + "(?:by\\s+acclamation\\s+)?the\\s+following\\s+[^:()]{1,120}?\\s+as\\s+(?:its\\s+|the\\s+)?("
            + OfficeWords.OFFICE + ")\\b([^:]{0,60}):\\s*([^:]+?)\\.?$");
    /**
     * "By rotation, Qatar chaired the twelfth session, represented by Mr. Khalid Nasser": a State that chaired (or
     * presided over) the session or meeting, and the person through whom it did, where the sentence names one.
     */
    private static final Pattern STATE_CHAIRED = Pattern.compile("((?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|and|the"
            + "|\\p{Lu}[\\p{L}'’\\-]*)){0,6}?)\\s+(?:chaired|presided\\s+over)\\s+the\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:session|meeting)s?)\\b"
            + "(?:[^;()]{0,40}?,\\s+represented\\s+by\\s+(?:(?:" + Honorifics.AMBASSADOR + "|" + Honorifics.EXCELLENCY + "\\.|"
            + Honorifics.any(Honorifics.ENGLISH) + "\\.?)\\s+)*"
            + "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}))?");

    /**
     * "the Bureau comprises the following members: Cameroon, Fiji …", "the Bureau was composed of …", "Members of the
     * Bureau: …": States that sit on the Bureau, each an officer without a person.
     */
    private static final Pattern BUREAU = Pattern.compile("(?i)(?:\\bBureau\\b[^:.;]{0,120}?\\b(?:compris(?:es|ed)"
            + "|consist(?:s|ed)\\s+of|(?:is|was)\\s+composed\\s+of|members\\s+(?:are|were))(?:\\s+the\\s+following"
            + "(?:\\s+(?:members|States))?)?|\\b(?:members\\s+of\\s+the\\s+Bureau|Bureau\\s+members)(?:\\s+(?:are|were))?)"
            + "\\s*:?\\s+(.+)$");
    static final String BUREAU_MEMBER = "member of the Bureau";

    /** A person's title just before a name: "Mr. Jordan chaired …" is a person, not the State of that name. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b" + Honorifics.any(Honorifics.ABBREVIATED, "M", Honorifics.SPELLED, "Sir|Dame|Lord"
            + "|Lady|Madam|Judge|Justice|Minister|Senator|Excellency", Honorifics.EXCELLENCY) + "\\.?\\s+$");
    private static final Pattern BY_ROTATION = Pattern.compile("(?i)\\b(?:by|in)\\s+rotation\\b|\\brotat(?:es|ing|ion)\\b");

    /**
     * Whether a State's chairing is of the session itself: the words name a session, or the sentence says the chair
     * rotates, or names the person through whom the State chaired; and no person's title stands before the name.
     * "chaired the closing meeting" or "chaired the meetings of the contact group" are not the session's chair.
     */
    private static boolean chairedTheSession(String sentence, Matcher chaired) {
        if (TITLE_BEFORE.matcher(sentence.substring(0, chaired.start(1))).find()) {
            return false;
        }
        return chaired.group(2).toLowerCase(Locale.ROOT).matches(".*\\bsessions?")
                || chaired.group(3) != null || BY_ROTATION.matcher(sentence).find();
    }

    private final EntityNames names;
    private final NameListSplitter splitter;

    StatesInOffice(EntityNames names) {
        this.names = names;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
    }

    /**
     * @param ofAnotherSession whether the words after an office ("of its thirteenth session") name another session
     */
    List<Participation> find(int paragraph, String sentence, Predicate<String> ofAnotherSession) {
        List<Participation> out = new ArrayList<>();
        Matcher label = UNDER_LABEL.matcher(sentence);
        while (label.find()) {
            out.addAll(states(paragraph, label.group(2), label.group(1)));
        }
        Matcher bureau = BUREAU.matcher(sentence);
        if (bureau.find() && !ofAnotherSession.test(sentence)) {
            out.addAll(states(paragraph, bureau.group(1), BUREAU_MEMBER));
        }
        Matcher following = FOLLOWING_AS.matcher(sentence);
        if (following.find() && !ofAnotherSession.test(following.group(2))) {
            out.addAll(states(paragraph, following.group(3), following.group(1)));
        }
        Matcher served = SERVED.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && served.find(from)) {
            List<Participation> serving = ofAnotherSession.test(sentence.substring(served.end(2))) ? List.of()
                    : states(paragraph, served.group(1), served.group(2));
            if (serving.isEmpty()) {
                from = served.start(1) + 1; // "After the opening, Chile and Peru served as …": the clause's own subject
                continue;
            }
            out.addAll(serving);
            if (served.group(3) != null) {
                out.addAll(states(paragraph, served.group(3), served.group(4)));
            }
            from = served.end();
        }
        Matcher chaired = STATE_CHAIRED.matcher(sentence);
        if (chaired.find() && chairedTheSession(sentence, chaired) && !ofAnotherSession.test("of the " + chaired.group(2))) {
            Optional<Entity> state = names.known(paragraph, chaired.group(1), e -> e.type() == EntityType.MEMBER_STATE
                    || e.type() == EntityType.OBSERVER_STATE);
            if (state.isPresent()) {
                String person = chaired.group(3) == null ? "" : chaired.group(3);
                out.add(new Participation(paragraph, Role.CHAIR, state.get(), chaired.group(1).strip(), person, "", null,
                        null, false));
            }
        }
        Matcher elected = ELECTED.matcher(sentence);
        while (elected.find()) {
            String officeWords = sentence.substring(elected.end(), Math.min(sentence.length(), elected.end() + 60));
            if (!ofAnotherSession.test(officeWords)) {
                out.addAll(states(paragraph, elected.group(1), elected.group(2)));
            }
        }
        return out;
    }

    private List<Participation> states(int paragraph, String list, String office) {
        List<Participation> out = new ArrayList<>();
        String o = office.toLowerCase(Locale.ROOT);
        Role role = o.startsWith("vice") || o.startsWith("rapporteur") || o.equals(BUREAU_MEMBER.toLowerCase(Locale.ROOT))
                ? Role.OFFICER : Role.CHAIR;
        for (NameListSplitter.Item item : splitter.split(list)) {
            Optional<Entity> entity = item.placeholder() ? Optional.empty() : names.known(paragraph, item.name());
            if (entity.isEmpty() || entity.get().type() == EntityType.GROUP) {
                return List.of();
            }
            out.add(new Participation(paragraph, role, entity.get(), item.name(), "", "", null, null,
                    item.provisional()));
        }
        return out;
    }

    /**
     * "(Senegal, African States)": a Bureau member's State followed by the regional group it was elected for; the State.
     */
    Optional<Entity> ofARegionalGroup(int paragraph, String inside) {
        int comma = inside.indexOf(',');
        if (comma < 0 || names.resolve(inside.substring(comma + 1)).filter(e -> e.type() == EntityType.GROUP).isEmpty()) {
            return Optional.empty();
        }
        return names.known(paragraph, inside.substring(0, comma)).filter(e -> e.type() == EntityType.MEMBER_STATE
                || e.type() == EntityType.OBSERVER_STATE);
    }
}
