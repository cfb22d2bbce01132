package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * The ordinal of the meeting or session a report is about ("fifth meeting" gives 5), told from the other meetings a
 * report names: the previous one ("at its fourth meeting, held in 2018"), the next one ("the sixth meeting would be
 * devoted to …") and the sittings of this one ("at its 6th meeting, on 29 March"). Null where the report does not say.
 */
final class SessionNumber {

    private static final String ORD = NumberWords.ORDINAL_REGEX;
    /**
     * A word between the ordinal and "session" that keeps it the body's own: "ninth substantive session", "seventy-ninth
     * executive session", "fourth extraordinary session".
     */
    static final String KIND = "(?:(?:substantive|regular|ordinary|resumed|executive|extraordinary)\\s+)?";
    /** An ordinal in words or digits: "ninety-fifth", "95th". */
    static final String ORD_OR_DIGITS = "(?:\\d{1,3}(?:st|nd|rd|th)|" + NumberWords.ORDINAL_REGEX + ")";
    private static final Pattern SESSION_OF = Pattern.compile(
            "\\b(" + ORD + ")\\s+" + KIND + "(?:meeting|session)\\s+of\\s+the\\b", Pattern.CASE_INSENSITIVE);
    /** "held its eleventh session", "held its resumed eleventh session", "held the second part of its eleventh …". */
    private static final Pattern HELD_ITS = Pattern.compile(
            "\\b(?:held|holds|convened|opened)\\s+(?:the\\s+[\\w-]+\\s+part\\s+of\\s+)?its\\s+(?:(?:resumed|reconvened)\\s+)?("
                    + ORD + ")\\s+" + KIND + "(?:meeting|session)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_ITS = Pattern.compile(
            "\\b(?:report|work)\\s+(?:on|of)\\s+(?:the|its)\\s+(" + ORD + ")\\s+" + KIND + "(?:meeting|session)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "on its second session", "at its resumed third session": the body's own session. */
    private static final Pattern ITS_SESSION = Pattern.compile(
            "\\b(?:on|at|during)\\s+its\\s+(?:resumed\\s+)?(" + ORD + ")\\s+" + KIND + "(?:meeting|session)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The General Assembly's session on an Official Records cover, after the words ("Official Records … Seventy-seventh
     * session") or on the line just before them ("Eighty-first session / Official Records / Supplement No. 21").
     */
    private static final Pattern OFFICIAL_RECORDS = Pattern.compile(
            "\\bOfficial\\s+Records\\b[^.]{0,80}?\\b" + NumberWords.ORDINAL_REGEX + "\\s+session\\b|\\b"
                    + NumberWords.ORDINAL_REGEX + "\\s+session\\s+Official\\s+Records\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENT_REPORT = Pattern.compile(
            "\\b(?:present|this)\\s+report\\s+(?:covers|is\\s+on|relates\\s+to|concerns|describes)\\s+(?:the|its)\\s+("
                    + ORD + ")\\s+" + KIND + "(?:meeting|session)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION_HELD = Pattern.compile(
            "\\b(" + ORD + ")\\s+" + KIND + "(?:meeting|session)\\s+(?:[\\w-]+\\s+){0,6}?(?:was|were)\\s+(?:convened|held)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "at its 6th meeting, on …", "at its sixth and seventh meetings, held on …": sittings of the meeting. */
    private static final Pattern SITTING_NUMBER = Pattern.compile(
            "\\b(?:at|during)\\s+(?:its|the)\\s+\\[?(?:\\d{1,2}(?:st|nd|rd|th)|" + ORD + ")\\b[^.;]{0,60}?\\bmeetings?"
                    + "(?:\\s+of\\s+the\\s+[\\p{L} -]{1,60}?)?,?\\s+(?:held\\s+)?on\\s+\\[?\\d", Pattern.CASE_INSENSITIVE);
    /**
     * The officers' paragraph: "Chair of the fifth meeting", "Bureau of the sixty-sixth session". Not "at": "President
     * of the Conference at its tenth session", "the Bureau elected at its sixth session" say when someone held an
     * office, a former one where it names another session.
     */
    private static final Pattern OFFICERS_OF = Pattern.compile(
            "\\b(?:Chair\\w*|Vice-Chair\\w*|Rapporteur|President|Vice-President\\w*|Bureau|officers)\\b[^.;]{0,80}?"
                    + "\\b(?:of|for)\\s+(?:the|its)\\s+(" + ORD + ")\\s+" + KIND + "(?:meeting|session)\\b");
    /**
     * "first regular session of 2026", "Second regular session 2031": a board that numbers its sessions within each
     * year; the ordinal is not the body's session number. The year is part of the session's name; "to hold its
     * twenty-fourth session in 2026" only says when.
     */
    private static final GuardedPattern WITHIN_A_YEAR = GuardedPattern.compile(
            "\\b(" + ORD + ")\\s+(?:(?:regular|ordinary)\\s+)?"
            + "session\\s*(?:of\\s+|,\\s*)?(?:19|20)\\d\\d\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TERM_END = Pattern.compile("\\buntil\\s+the\\s+(?:close|end|closure|opening|conclusion)"
            + "\\s+of\\s+(?:the|its)\\s+" + ORD + "\\s+" + KIND + "(?:meeting|session)\\b", Pattern.CASE_INSENSITIVE);
    /** "Ninth Conference of States Parties", "the Fourth Conference of the Parties": a conference numbered as such. */
    private static final Pattern CONFERENCE_OF_PARTIES = Pattern.compile("\\b(" + ORD + ")\\s+Conference\\s+of\\s+(?:the\\s+)?"
            + "(?:States\\s+)?Parties\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A special session, which a body does not number with its regular sessions: a cover naming one without an
     * ordinal, or the body saying it held one.
     */
    private static final Pattern SPECIAL_ON_FRONT = Pattern.compile("\\bspecial\\s+session\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIAL_HELD = Pattern.compile("\\b(?:held|holds|convened|opened)\\s+(?:a|its|the)\\s+"
            + "special\\s+session\\b|\\bspecial\\s+session\\s+(?:[\\w-]+\\s+){0,6}?(?:was|were)\\s+(?:convened|held|opened)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![/\\d])(?:19|20)\\d\\d(?![/\\d])");

    private final List<String> frontMatter;
    private final List<Paragraph> paragraphs;

    SessionNumber(List<String> frontMatter, List<Paragraph> paragraphs) {
        this.frontMatter = frontMatter;
        this.paragraphs = paragraphs;
    }

    /**
     * The ordinal of the meeting the report is about. In order: the title and cover ("Report on its second session",
     * without the General Assembly's session of an Official Records cover); "the present report covers …"; the
     * officers' paragraph ("Chair of the fifth meeting"); the organizational chapters ("held its fifth meeting"); then
     * the highest ordinal of a meeting said to be held. Never a planned meeting ("the sixth meeting would be devoted
     * to …"), a sitting ("at its 6th meeting, on 29 March") or a meeting of another year ("at its fourth meeting, held
     * in 2018"). Null when the report does not say.
     */
    Integer find(ReportSymbol symbol) {
        Set<Integer> years = years(symbol);
        // "Official Records … Seventy-seventh session … Supplement No. 41" is the General Assembly's session
        String front = OFFICIAL_RECORDS.matcher(withoutSittings(String.join(" ", frontMatter))).replaceAll(" ");
        // "… on its second session" before "… the Convening of the First Meeting of the Conference", which may be part
        // of the body's name
        // a cover numbering its meetings in digits ("95th meeting") names no sitting: sittings are left out above
        OptionalInt fromFront = firstOrdinal(front, PRESENT_REPORT, HELD_ITS, ON_ITS, ITS_SESSION, SESSION_OF,
                MeetingFactsExtractor.ANY_ORDINAL, CONFERENCE_OF_PARTIES, MeetingFactsExtractor.NUMBERED_IN_DIGITS);
        if (fromFront.isPresent()) {
            return fromFront.getAsInt();
        }
        List<String> sentences = new ArrayList<>();
        List<String> organisational = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String sentence : SentenceSplitter.split(p.text())) {
                if (MeetingPeriod.FUTURE.matcher(sentence).find() || ofAnotherYear(sentence, years)) {
                    continue;
                }
                String kept = withoutSittings(sentence);
                sentences.add(kept);
                if (isAboutThisMeeting(p)) {
                    organisational.add(kept);
                }
            }
        }
        // the session the body "held" in the organizational chapter is this one, whatever earlier session a sentence
        // before it names ("the Bureau elected at its sixth session", "the report of the sixth session of the …"):
        // each stage is sought through all the sentences before the next, weaker one
        OptionalInt own = firstOrdinal(List.of(Map.entry(sentences, PRESENT_REPORT), Map.entry(organisational, HELD_ITS)));
        if (own.isPresent()) {
            return own.getAsInt();
        }
        // a special session without an ordinal of its own: any regular session the report names is another one
        if (SPECIAL_ON_FRONT.matcher(front).find() || sentences.stream().anyMatch(s -> SPECIAL_HELD.matcher(s).find())) {
            return null;
        }
        OptionalInt named = firstOrdinal(List.of(Map.entry(sentences, OFFICERS_OF), Map.entry(organisational, SESSION_OF)));
        if (named.isPresent()) {
            return named.getAsInt();
        }
        int best = -1;
        for (String sentence : sentences) {
            for (Pattern pattern : List.of(HELD_ITS, SESSION_OF, SESSION_HELD)) {
                Matcher m = pattern.matcher(sentence);
                while (m.find()) {
                    best = Math.max(best, NumberWords.parseOrdinal(m.group(1)).orElse(-1));
                }
            }
        }
        return best > 0 ? best : null;
    }

    /**
     * Whether the session found is one a board numbers within a year ("first regular session of 2026"): its ordinal
     * tells this session's sentences from the others' but is no session number of the body.
     */
    boolean withinAYear(Integer ordinal) {
        if (ordinal == null) {
            return false;
        }
        List<String> texts = new ArrayList<>(frontMatter);
        paragraphs.forEach(p -> texts.add(p.text()));
        for (String text : texts) {
            Matcher m = WITHIN_A_YEAR.matcher(text);
            while (m.find()) {
                if (NumberWords.parseOrdinal(m.group(1)).orElse(-1) == ordinal) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "At its 6th meeting, on 29 March": a sitting of this meeting, whose number is not the meeting's. */
    private static String withoutSittings(String text) {
        // "to serve as President until the close of its tenth session": when a term ends, not this session
        return TERM_END.matcher(SITTING_NUMBER.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /** A sentence that dates what it says to a year this meeting was not held in. */
    private static boolean ofAnotherYear(String sentence, Set<Integer> years) {
        if (years.isEmpty()) {
            return false;
        }
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            if (!years.contains(Integer.parseInt(m.group()))) {
                return true;
            }
        }
        return false;
    }

    /** The years this meeting was held in, from its sittings and front matter, else from its symbol. */
    private Set<Integer> years(ReportSymbol symbol) {
        Set<Integer> years = new java.util.TreeSet<>();
        for (Paragraph p : paragraphs) {
            Matcher m = MeetingPeriod.SITTING.matcher(p.text());
            while (m.find()) {
                DateExpressions.read(m.group(1)).forEach(d -> years.add(d.date().getYear()));
            }
        }
        for (String line : frontMatter) {
            Matcher m = MeetingPeriod.PLACE_DATELINE.matcher(line);
            Matcher held = MeetingPeriod.HELD_IN.matcher(line);
            if (m.matches() && !line.toLowerCase().startsWith("distr")) {
                DateExpressions.read(m.group(2)).forEach(d -> years.add(d.date().getYear()));
            } else if (held.find() && held.group(3) != null) {
                DateExpressions.read(held.group(3)).forEach(d -> years.add(d.date().getYear()));
            }
        }
        if (years.isEmpty() && symbol != null) {
            Matcher m = YEAR.matcher(symbol.text());
            if (m.find()) {
                years.add(Integer.parseInt(m.group()));
            }
        }
        return years;
    }

    private static boolean isAboutThisMeeting(Paragraph p) {
        return p.inChapter("organization") || p.inChapter("organisation") || p.inChapter("adoption of the report")
                || p.inChapter("opening");
    }

    /** The first ordinal of the first stage that has one, each stage sought through all its sentences. */
    private static OptionalInt firstOrdinal(List<Map.Entry<List<String>, Pattern>> stages) {
        for (Map.Entry<List<String>, Pattern> stage : stages) {
            for (String sentence : stage.getKey()) {
                OptionalInt n = firstOrdinal(sentence, stage.getValue());
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt firstOrdinal(String text, Pattern... patterns) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return NumberWords.parseOrdinal(m.group(1));
            }
        }
        return OptionalInt.empty();
    }
}
