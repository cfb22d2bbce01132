package org.rapporteur.report;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * The words of an office: its names ("Vice-Chairs", "Co-Chairs", "Vice-Chair-cum-Rapporteur"), the role they give a
 * person named with them, and whether they name another session than the report's ("Chair of the Commission at its
 * eleventh session", "the outgoing Chair").
 */
final class OfficeWords {

    /** "under the chairmanship of": the person who follows chaired. */
    static final String UNDER_CHAIR = "under\\s+the\\s+(?:chair\\w*|presidency)\\s+of";
    static final String OFFICE = "(?:Co-Chair(?:person)?s?|Chair(?:person)?s?|Vice-Chair(?:person)?s?|President"
            + "|Vice-Presidents?|Rapporteurs?|Vice-Chair(?:person)?-cum-Rapporteur)";
    /** "its eighty-ninth and ninetieth sessions": two sessions named together, the second in group "second". */
    private static final String AND_ORDINAL = "(?:\\s+(?:and|to)\\s+(?<second>" + NumberWords.ORDINAL_REGEX + "))?";

    /**
     * The session an office is held at: "at its eleventh session", "of the thirteenth session", "for the 58th
     * session". A numbered meeting in digits ("at its 1st meeting") is a sitting, not a session.
     */
    private static final Pattern SESSION_OF_OFFICE = Pattern.compile("\\b(?:of|at|for)\\s+(?:its|the|their)\\s+(?:(?<ord>"
            + NumberWords.ORDINAL_REGEX + ")" + AND_ORDINAL + "\\s+(?:session|meeting)s?|(?<digits>\\d{1,3})(?:st|nd|rd|th)"
            + "\\s+sessions?)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "who had been elected at the thirty-third session (for a one-year term)": when an officer serving now was
     * elected; "the Bureau elected at the fifth session" (no "had been") is that session's Bureau.
     */
    private static final Pattern ELECTED_BEFORE = Pattern.compile("(?i)\\b(?:(?:had|has|have)\\s+been\\s+elected"
            + "(?:\\s+by\\s+acclamation)?"
            // "the Co-Chairs … elected by the Conference of the Parties at its eleventh meeting": another body elected them
            + "|\\belected\\s+by\\s+the\\s+(?!acclamation\\b)[^,;()]{3,80}?)\\s*$");
    /**
     * "the thirty-fifth session", "its thirteenth meeting", "its eighty-ninth and ninetieth sessions", "the 2026
     * Meeting", "the Bureau for 2025": a session named in a sentence.
     */
    private static final Pattern A_SESSION = Pattern.compile("\\b(?:(?:the|its|their)\\s+(?:(?<ord>"
            + NumberWords.ORDINAL_REGEX + ")" + AND_ORDINAL + "\\s+(?:session|meeting)s?|(?<year>(?:19|20)\\d{2})\\s+"
            + "(?:Meeting|session))|(?:Bureau|officers|Chair\\w*|President|Vice-\\w+|Rapporteur)s?,?\\s+(?:(?:both|all|each)\\s+)?"
            + "(?:for|of)\\s+(?<bureauYear>(?:19|20)\\d{2})(?![\\d–-]))\\b",
            Pattern.CASE_INSENSITIVE);
    /** "elected at", "since": the session named after it is when, not which. */
    private static final Pattern AT_BEFORE = Pattern.compile("(?i)\\b(?:at|since|during|until)\\s*$");
    private static final Pattern ELECTED_AT = Pattern.compile("(?i)\\b(?:(?:re-)?elected|election|appointed|appointment"
            + "|designated|designation)\\b[^;()]{0,100}$");
    /** "to serve as Chair until the close of its seventeenth meeting": when a term ends, not whose officer. */
    private static final Pattern TERM_ENDS = Pattern.compile("(?i)\\buntil\\s+(?:the\\s+(?:close|end|closure|opening"
            + "|conclusion)(?:\\s+of)?\\s*)?$");
    /** "the outgoing Chair", "President of the previous session": another session's officer. */
    static final Pattern ANOTHER_SESSION = Pattern.compile("\\b(?:outgoing|incoming|(?:previous|preceding)\\s+(?:session"
            + "|meeting)|(?:next|forthcoming)\\s+session|(?:next|following|coming)\\s+biennium)\\b", Pattern.CASE_INSENSITIVE);
    /** "…, whose term would begin at the end of the present session": elected now, in office later. */
    static final Pattern LATER_TERM = Pattern.compile("\\bwhose\\s+terms?(?:\\s+of\\s+office)?\\s+(?:would|will|is\\s+to"
            + "|are\\s+to|shall)\\s+(?:begin|start|commence)\\b|\\bterms?(?:\\s+of\\s+office)?\\s+(?:beginning|starting"
            + "|commencing|to\\s+(?:begin|start|commence))\\s+(?:at|on|upon|after|with)\\s+the\\s+(?:close|end|closure"
            + "|conclusion)\\b", Pattern.CASE_INSENSITIVE);

    /** "…, the Chair of the Working Group, X": the office in apposition, just before the person. */
    private static final Pattern APPOSED_CHAIR = Pattern.compile("(?i)(?<!vice-)\\b(?:chair(?:person|man|woman)?|president)"
            + "(?:\\s+of\\s+(?:the|its)\\s+[^,;()]{1,80})?,\\s*(?:(?:ambassador|h\\.\\s?e\\.|mr\\.?|ms\\.?|mrs\\.?|dr\\.?)\\s+)*"
            + "[\\p{Lu}][^,;()]{1,80}$");

    /** "the Vice-Chair, Ms. A", "the Rapporteur, Mr. B": the body's own officer in apposition, just before the person. */
    private static final Pattern APPOSED_OFFICER = Pattern.compile("(?i)\\bthe\\s+(?:vice-[\\p{L}-]+|rapporteur),\\s*"
            + "(?:(?:ambassador|h\\.\\s?e\\.|mr\\.?|ms\\.?|mrs\\.?|dr\\.?)\\s+)*\\p{Lu}[^,;()]{1,80}$");
    /**
     * "the Bureau … comprised the following members:", "the other members of the Bureau were: …", "the Bureau consisted
     * of Ms. A …": its members follow at once (a colon, "the following", a title or a name), not "the proposals of the
     * Bureau were presented by …" or "the Bureau's plan, which included …".
     */
    private static final Pattern BUREAU_HOLDS = Pattern.compile("(?i:\\bbureau\\b[^.;:()]{0,120}?\\b(?:comprised"
            + "|consisted\\s+of|was\\s+composed\\s+of|was\\s+made\\s+up\\s+of|was\\s+as\\s+follows|members\\s+(?:were|included))"
            + "|\\bmembers\\s+of\\s+the\\s+bureau\\b[^.;:()]{0,60}?\\b(?:were|included|comprised))\\s*(?::|(?i:the\\s+following"
            + "|as\\s+follows)\\b|"
            + Honorifics.any(Honorifics.ABBREVIATED, Honorifics.EXCELLENCY, Honorifics.AMBASSADOR) + "\\b|\\p{Lu})");
    /** ", Vice-Chair, who presided over the 1st meeting": the person's own office, then one meeting presided. */
    private static final Pattern ACTING_FOR_A_MEETING = Pattern.compile("(?i)^\\s*,\\s*(?:the\\s+)?vice-[\\p{L}-]+,?\\s+"
            + "(?:who\\s+)?(?:presided\\s+over|chaired)\\s+(?:the|its|one)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:meeting|sitting|afternoon"
            + "|morning)\\b");
    /** An office named just before a person, with the words that qualify it: "the Chair of the forty-second session, Ms.". */
    private static final Pattern OFFICE_BEFORE_PERSON = Pattern.compile("(?i)(?<![\\p{L}-])(?:co-)?(?:chair\\w*|president"
            + "|vice-\\w+|rapporteur)\\b[^()]{0,100}$");
    /**
     * "elected the following six members of the Committee on …", "elected two judges to the Tribunal": members of
     * another body, not officers of this session (the Bureau's members are).
     */
    private static final GuardedPattern MEMBERS_OF_A_BODY = GuardedPattern.compile(
            "(?i)\\belected\\s+(?:by\\s+acclamation\\s+)?"
            + "(?:as\\s+)?(?:the\\s+following\\s+)?(?:[\\p{L}-]+\\s+)?(?:members?|experts?|judges?|commissioners?)\\s+"
            + "(?:of|to|on)\\s+the\\s+(?!bureau\\b)"
            // "the following candidates were elected on the first ballot", "the nominees … were elected to the Board"
            + "|\\b(?:candidates?|nominees?)\\b[^.;:]{0,80}\\belected\\b|\\belected\\b[^.;:]{0,80}\\bballot\\b"
            + "|\\belected\\s+to\\s+(?:serve\\s+on\\s+|membership\\s+(?:of|in)\\s+)?the\\s+(?!bureau\\b|office\\b|post\\b|chair)"
            // "elected X (China) to fill a vacancy in the Legal and Technical Commission": a seat on another body
            + "|\\belected\\b[^.;]{0,80}?\\bto\\s+fill\\s+(?:a|the)\\s+vacanc(?:y|ies)\\s+(?:in|on|of)\\s+the\\s+(?!bureau\\b)");

    /**
     * "elected A (New Zealand) Chair of the session, and B (Norway) and C (Zambia) Vice-Chairs": an office right after a
     * person's bracket is that person's, not the next one's.
     */
    private static final Pattern PREVIOUS_PERSONS_OFFICE = Pattern.compile("^\\s*,?\\s*" + OFFICE
            + "(?:\\s+(?:of|for)\\s+(?:the|its)\\s+[\\p{L}\\s-]{1,60}?)?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");

    /** "(Bulgaria) had resigned", ", who had stepped down": a person who left the office before this session. */
    private static final Pattern LEFT_OFFICE = Pattern.compile("(?i)\\s*,?\\s*(?:who\\s+)?(?:had\\s+|has\\s+)?"
            + "(?:resigned|stepped\\s+down)\\b");

    private OfficeWords() {
    }

    /** True when the words right after a person say the person left the office ("had resigned in March"). */
    static boolean leftOffice(String after) {
        return LEFT_OFFICE.matcher(after).lookingAt();
    }

    /** The words before a person without the office that ends the previous person's part ("Chair of the session, and"). */
    static String withoutThePreviousPersonsOffice(String before) {
        return PREVIOUS_PERSONS_OFFICE.matcher(before).replaceFirst(" ");
    }

    /**
     * True when the office named just before a person is another session's: "opened by the Chair of the forty-second
     * session, Ms. Beatriz Almeida Fonseca (Brazil)", in a sentence that also names this session.
     */
    static boolean apposedOfAnotherSession(String before, Integer sessionNumber) {
        Matcher m = OFFICE_BEFORE_PERSON.matcher(before);
        return m.find() && ofAnotherSession(m.group(), sessionNumber);
    }

    /** True when the words give the office of another session than {@code sessionNumber} (null: not known). */
    static boolean ofAnotherSession(String officeWords, Integer sessionNumber) {
        if (ANOTHER_SESSION.matcher(officeWords).find() || LATER_TERM.matcher(officeWords).find()) {
            return true;
        }
        Matcher m = SESSION_OF_OFFICE.matcher(officeWords);
        while (sessionNumber != null && m.find()) {
            // "who had been elected at the thirty-third session": when, not whose officer
            String before = officeWords.substring(0, m.start());
            // "who had been elected Chair … for the 2026-2027 biennium at its fifty-first session": when, not which
            boolean electedAt = m.group().regionMatches(true, 0, "at", 0, 2) && ELECTED_AT.matcher(before).find();
            if (electedAt || ELECTED_BEFORE.matcher(before).find()
                    || TERM_ENDS.matcher(officeWords.substring(0, m.start())).find()) {
                continue;
            }
            OptionalInt n = m.group("ord") != null ? NumberWords.parseOrdinal(m.group("ord"))
                    : OptionalInt.of(Integer.parseInt(m.group("digits")));
            return n.isPresent() && n.getAsInt() != sessionNumber && !isSecond(m, sessionNumber);
        }
        return false;
    }

    /**
     * True when a sentence is about another session than this one: "It elected X (Kenya) as Chair … of the
     * thirty-fifth session", "opened by the Chair of the eightieth session, X (Tonga)", "The second session was held …
     * under the chairship of X", "the Bureau of its thirteenth meeting: President: X", "as Chair … of the 2026
     * Meeting". A session named as when an officer was elected ("elected at the eleventh meeting") does not count, and
     * a sentence that also names this session is about this one.
     *
     * @param year the year of this meeting, for meetings known by their year ("the 2025 Meeting"), or null
     */
    static boolean sentenceOfAnotherSession(String sentence, Integer sessionNumber, Integer year) {
        boolean other = false;
        Matcher m = A_SESSION.matcher(sentence);
        while (m.find()) {
            if (AT_BEFORE.matcher(sentence.substring(0, m.start())).find()
                    || TERM_ENDS.matcher(sentence.substring(0, m.start())).find()) {
                continue;
            }
            OptionalInt n = m.group("ord") != null ? NumberWords.parseOrdinal(m.group("ord")) : OptionalInt.empty();
            Integer expected = sessionNumber;
            String namedYear = m.group("year") != null ? m.group("year") : m.group("bureauYear");
            if (namedYear != null) {
                n = OptionalInt.of(Integer.parseInt(namedYear));
                expected = year;
            }
            if (n.isEmpty() || expected == null) {
                continue;
            }
            if (n.getAsInt() == expected || isSecond(m, expected)) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /**
     * True when a paragraph elects persons to another body ("elected seven members of the Tribunal", "the following
     * candidates were elected on the first ballot"): a person it elects without naming an office is no officer here.
     */
    static boolean electsMembersOfABody(String paragraph) {
        return MEMBERS_OF_A_BODY.matcher(paragraph).find();
    }

    /** True when the second of two sessions named together ("its eighth and ninth sessions") is this one. */
    private static boolean isSecond(Matcher m, Integer sessionNumber) {
        String second = m.group("second");
        OptionalInt n = second == null ? OptionalInt.empty() : NumberWords.parseOrdinal(second);
        return n.isPresent() && n.getAsInt() == sessionNumber;
    }

    // the patterns of role(), in lower case, compiled once
    private static final Pattern VICE_OFFICE = Pattern.compile("vice-\\w+");
    private static final Pattern FRIENDS_OF_THE_CHAIR = Pattern.compile(
            "(?s).*\\bfriends?\\s+of\\s+the\\s+(?:co-)?(?:chair\\w*|president)\\b.*");
    private static final Pattern UNDER_THE_CHAIR = Pattern.compile("(?s).*\\b" + UNDER_CHAIR + "\\b.*");
    private static final Pattern CHAIR_TITLE = Pattern.compile(
            "(?s).*\\b(co-chairs?|chair|chairperson|chairman|chairwoman|president|chaired|presided)\\b.*");
    private static final Pattern OFFICER_TITLE = Pattern.compile(
            "(?s).*\\b(vice-\\w+|rapporteur|officer|bureau|member of the bureau)\\b.*");
    private static final Pattern CHAIRS_LEAD = Pattern.compile(
            ".*\\b(chairs?|chairpersons?|chairman|chairwoman|presidents?)\\b.*");

    /**
     * The role of a person named with an office label, the words after the person, in a sentence; null for none.
     *
     * @param membersOfABody whether the sentence's paragraph elects members of another body (see
     *                       {@link #electsMembersOfABody}): "elected" alone then makes no officer
     */
    static Role role(String label, String before, String after, String sentence, boolean first, boolean membersOfABody) {
        String title = (label + " " + after).toLowerCase(Locale.ROOT);
        String withoutVice = VICE_OFFICE.matcher(title).replaceAll("");
        String s = sentence.toLowerCase(Locale.ROOT);
        // "invited the following persons to act as friends of the Chair: X (Cameroon), …": they assist the Chair
        if (FRIENDS_OF_THE_CHAIR.matcher(s).matches()) {
            return Role.OFFICER;
        }
        // "chaired by X (Niger), Vice-President of the Conference": X chaired, whatever other office X holds
        if (first && (s.contains("chaired by") || s.contains("presided over by")
                || UNDER_THE_CHAIR.matcher(s).matches())) {
            return Role.CHAIR;
        }
        // "opened by X (Kenya), Vice-Chair, who presided over the first meeting": a Vice-Chair who stood in for one
        // meeting or one afternoon is an officer; the Chair is whoever presided over the session
        if (ACTING_FOR_A_MEETING.matcher(after).find()) {
            return Role.OFFICER;
        }
        // "opened by the Chair of the Working Group, X (South Africa), who was elected together with the Vice-Chair, …"
        if (APPOSED_CHAIR.matcher(before).find()) {
            return Role.CHAIR;
        }
        // "The Vice-Chair, Ms. A (Chile), and the Rapporteur, Mr. B (Ghana), were also present"
        if (APPOSED_OFFICER.matcher(before).find()) {
            return Role.OFFICER;
        }
        if (CHAIR_TITLE.matcher(withoutVice).matches()) {
            return Role.CHAIR;
        }
        if (OFFICER_TITLE.matcher(title).matches()) {
            return Role.OFFICER;
        }
        String lead = VICE_OFFICE.matcher(before.toLowerCase(Locale.ROOT)).replaceAll("");
        // "The Co-Chairs of the Committee, A (Tunisia) and B (Australia), presided": both
        if (CHAIRS_LEAD.matcher(lead).matches()) {
            return Role.CHAIR;
        }
        if (s.contains("opened by") || s.contains("elected") && !membersOfABody && !MEMBERS_OF_A_BODY.matcher(s).find()) {
            return Role.OFFICER;
        }
        // "Besides its Chair, the Bureau was made up of: Group of Asia-Pacific States: A (Nepal)", "the remaining
        // members of the Bureau were": whoever the Bureau holds is an officer, under whatever label
        if (BUREAU_HOLDS.matcher(sentence).find()) {
            return Role.OFFICER;
        }
        return null;
    }
}
