package org.rapporteur.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * When and where this meeting was held: its first and last sittings and its venue.
 *
 * <p>Reports talk about other meetings: the introduction recounts the body's history with its own dates and places,
 * and the cover of a working group's report may name the session of its parent commission the report goes to
 * ("United Nations Commission on International Trade Law / Fifty-eighth session / New York, 7–25 July 2025"). So a
 * date or venue is taken only where the text ties it to this meeting, in this order: the title's own dates ("… on the
 * work of its sixty-fifth session (Vienna, 9–13 December 2024)"); the cover's dateline or date line under this
 * session's ordinal, or under none; a sentence naming this meeting's ordinal or "the meeting/session"; else its
 * sittings ("At its 1st meeting, on 3 April 2018").
 */
final class MeetingPeriod {

    private static final String ORD = NumberWords.ORDINAL_REGEX;
    private static final String DATES = DateExpressions.EXPRESSION.pattern();
    private static final String PART = "(?:organi[sz]ational|substantive|resumed|first|second|final)\\s+(?:part\\s+of\\s+its\\s+)?";
    /** A sentence about a meeting still to come: "the sixth meeting would be devoted to …", "its next session". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+(?=[A-Z\\[])");
    static final GuardedPattern FUTURE = GuardedPattern.compile(
            "\\b(next|future|forthcoming|upcoming|subsequent|following\\s+(?:meeting|session)|would|will|shall|"
                    + "to\\s+be\\s+(?:held|convened|devoted)|planned|scheduled|envisaged|prepar\\w+ for|intention)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD_MEETINGS = Pattern.compile("^The\\s+[\\p{L} -]{3,80}?\\s+(?:met\\b[^.;]{0,120}?\\s+"
            + "and\\s+)?held\\s+\\[?[\\w-]+\\]?\\s+meetings,?\\s+(?:on|from)\\s+(" + DATES + ")");
    static final GuardedPattern SITTING = GuardedPattern.compile(
            "\\bat\\s+its\\s+\\[?(?:\\d{1,2}(?:st|nd|rd|th)|" + ORD + ")\\b[^.;]{0,80}?\\b(?:meetings?|sittings?)\\b,?\\s+"
                    + "(?:held\\s+)?on\\s+(" + DATES + ")", Pattern.CASE_INSENSITIVE);
    /**
     * "held in Vienna from …", "held its fifty-sixth session at United Nations Headquarters, New York, from …", "held its
     * reconvened sixty-seventh session in Vienna on …", "took place in Lima from …".
     */
    static final GuardedPattern HELD_IN = GuardedPattern.compile(
            "\\b(?:held|met|took\\s+place)(?:\\s+its\\s+(?i:(?:resumed|reconvened)\\s+)?(?i:(?:" + ORD + ")\\s+" + SessionNumber.KIND
                    + "(?:session|meeting)))?\\s+(?:in|at)\\s+"
                    + "((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|des|del|de|du|"
                    + "la|the|at|in)){0,6})"
                    // "at the International Conference Centre, in Geneva,", "…Centre (ICC), Switzerland,": the city
                    + "(?:\\s*\\([^()]{1,40}\\))?(?:,?\\s*(?:in\\s+)?(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?"
                    + "(?:,?\\s+(?:from|on|between)\\s+(" + DATES + ")"
                    + "(?:\\s+and\\s+(?:from|on)\\s+(" + DATES + "))?)?");
    /**
     * "held its fifty-fourth session from 19 to 23 October 2026 at the headquarters of … in Rome": the dates first,
     * the place after them.
     */
    static final GuardedPattern HELD_ON_THEN_IN = GuardedPattern.compile(
            "\\b(?:held|met|took\\s+place)(?:\\s+its\\s+(?i:(?:resumed|reconvened)\\s+)?(?i:(?:" + ORD + ")\\s+" + SessionNumber.KIND
                    + "(?:session|meeting)))?(?:\\s+in\\s+an?\\s+(?:hybrid|virtual|online|remote|in-person)\\s+(?:format|mode"
                    + "|setting|manner))?\\s+(?:from|on)\\s+(" + DATES + ")(?:\\s+and\\s+(?:from|on)\\s+(" + DATES
                    + "))?(?:,?\\s+(?:at|in)\\s+([^.;]{2,160}))?");
    /** ", with delegations participating in person at the Palais des Nations in Geneva": where those present met. */
    private static final Pattern IN_PERSON_AT = Pattern.compile("\\bin\\s+person\\s+(?:at|in)\\s+((?:the\\s+)?\\p{Lu}[^.;,]{1,120}?)"
            + "(?=\\s+and\\b|[.;,]|$)");
    /**
     * Words after "in"/"at" that name a place: a name ("Nairobi", "the Palais des Nations") or a building or seat
     * ("the premises of …"); not "in line with decision 4/2", "in a virtual format", "at which it …".
     */
    private static final Pattern A_PLACE = Pattern.compile("(?:the\\s+)?(?:\\p{Lu}|(?:headquarters|premises|offices?|seat"
            + "|site|campus|venue)\\b)");
    /** "… in Rome", "…, in Geneva": the city at the end of a place's words. */
    private static final Pattern IN_A_CITY = Pattern.compile("\\bin\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?)\\s*$");
    /**
     * "The session was opened at 10 a.m. on Monday, 15 February 2027", "declared the meeting closed … on 17 February
     * 2027": its first or last day.
     */
    private static final GuardedPattern OPENED_OR_CLOSED = GuardedPattern.compile("\\b(?:(?:was|were)\\s+(?:formally\\s+)?"
            + "(?:opened|closed|adjourned)|declared\\b[^;]{0,100}?\\bclosed)\\b[^;]{0,80}?\\bon\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday),?\\s+)?(" + DATES + ")");
    /** "the first part of its eighth meeting, held in Nairobi from …": another part than a resumed session's. */
    private static final Pattern EARLIER_PART = Pattern.compile("(?i)\\b(?:first|earlier|previous|original|initial)\\s+part\\b");
    /**
     * "held its organizational session on 16 April 2026 and its substantive session from 1 to 26 June 2026 at United
     * Nations Headquarters in New York": a session held in parts, its dates first and its place after them.
     */
    static final GuardedPattern HELD_IN_PARTS = GuardedPattern.compile("\\bheld\\s+its\\s+" + PART + "session\\s+(?:on|from)"
            + "\\s+(" + DATES + ")(?:,?\\s+and\\s+its\\s+" + PART + "session\\s+(?:on|from)\\s+(" + DATES + "))?(?:\\s+(?:at|in)"
            + "\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|de|du|la|the|at|in)){0,6})"
            + "(?:,\\s*(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?)?");
    /** A building or compound, not a city: the city comes after it. */
    private static final Pattern BUILDING = Pattern.compile("\\b(?:Cent(?:re|er)|Headquarters|Hall|Palace|Palais|Building"
            + "|House|Complex|Hotel|Campus|Office|Auditorium|Pavilion)\\b");
    private static final Pattern UN_SEAT = Pattern.compile("(?:United\\s+Nations\\s+Headquarters(?:,?\\s+(?:in\\s+)?"
            + "(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?|United\\s+Nations\\s+Office\\s+at\\s+(\\p{Lu}[\\p{L}]+)"
            + "|Palais\\s+des\\s+Nations|Vienna\\s+International\\s+Centre)");
    /**
     * "New York, 2–6 December 2024", "Rome, Italy, 20–24 October 2025" (the city, then its country), "Vienna, 15–17
     * December 2025 and 12 and 13 January 2026" (a session in two parts).
     */
    static final Pattern PLACE_DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}),\\s*(?:\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}"
                    + "[\\p{L}'’.\\-]*){0,3},\\s*)?(" + DATES + "(?:\\s+and\\s+(?:from\\s+|on\\s+)?" + DATES + ")?)\\s*");
    /** A line of one to three places apart by commas, each of capitalised words: "United Nations Centre, Bangkok". */
    private static final Pattern PLACE_LINE = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|des|de"
            + "|du|la))*(?:,\\s*\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*)*){0,2}");
    /** A cover line with the dates alone, under the session's line: "10–14 February 2025". */
    private static final Pattern DATE_LINE = Pattern.compile("\\s*(" + DATES + ")(?:\\s+and\\s+(?:from\\s+)?(?:"
            + DATES + "))?\\s*");
    /** A cover line naming a session or meeting: "Sixty-third session", "Ninth substantive session". */
    private static final Pattern SESSION_LINE = Pattern.compile(
            "\\s*(" + SessionNumber.ORD_OR_DIGITS + ")\\s+" + SessionNumber.KIND + "(?:session|meeting)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * The title's own dates: "… its sixty-fifth session (Vienna, 9–13 December 2024)", "… session (7–11 April 2025)",
     * "Report of the 12th meeting of the Governing Council (4–6 May 2026)" (the body's name between them).
     */
    private static final Pattern TITLE_DATES = Pattern.compile("\\b(" + SessionNumber.ORD_OR_DIGITS + ")\\s+"
            + SessionNumber.KIND + "(?:session|meeting)(?:\\s+of\\s+the\\s+\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|on|for|and|the"
            + "|\\p{Lu}[\\p{L}'’\\-]*)){0,10})?\\s*\\(\\s*(?:(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}),\\s*)?("
            + DATES + ")\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** A footnote's call after a word or a closing bracket: asterisks, daggers or superscript digits. */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile(
            "(?<=[\\p{L}\\d.)])(?:\\*{1,3}|[†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})");
    private static final Pattern PLACE_WITH_A_MARK = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2})(?:\\*{1,3}|[†‡]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})");
    private static final Pattern NOT_A_PLACE = Pattern.compile("\\b(?:Group|Committee|Commission|Council|Conference|Board"
            + "|Forum|Meeting|Session|Report|Draft|Distr|Original|Limited|General|English|French|Spanish|Assembly|Nations"
            + "|Parties|Agenda|Annex|Restricted|Corrigendum|Addendum)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_MEETING = Pattern.compile(
            "\\b(?:the|this|present)\\s+(?:meeting|session)\\s+(?:(?:was|were|is)\\s+held|took\\s+place)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The period found.
     *
     * @param start       the first sitting, or null
     * @param end         the last sitting, or null
     * @param provisional true when a date rests on a bracketed draft value
     * @param venue       the place, or ""
     */
    record Period(LocalDate start, LocalDate end, boolean provisional, String venue) {
    }

    private final List<String> frontMatter;
    private final List<Paragraph> paragraphs;
    private final Integer session;
    /** Whether the cover or title calls this meeting resumed ("Eighth meeting (resumed)"). */
    private final boolean resumed;

    private LocalDate start;
    private LocalDate end;
    private boolean provisional;
    private String venue = "";

    /** @param session the ordinal of this meeting, or null where the report does not say */
    MeetingPeriod(List<String> frontMatter, List<Paragraph> paragraphs, Integer session) {
        this.frontMatter = frontMatter;
        this.paragraphs = paragraphs;
        this.session = session;
        this.resumed = frontMatter.stream().anyMatch(line -> line.matches("(?is).*\\bresumed\\b.*"));
    }

    Period find() {
        fromTitle();
        if (start == null) {
            fromCover();
        }
        fromBody();
        if (start == null) {
            fromSittings();
        }
        if (venue.isEmpty()) {
            placeAloneWithAMark();
        }
        return new Period(start, end, provisional, venue);
    }

    /** "Report of Working Group V on the work of its sixty-fifth session (Vienna, 9–13 December 2024)". */
    private void fromTitle() {
        Matcher title = TITLE_DATES.matcher(String.join(" ", withoutFootnoteMarks(frontMatter)));
        while (title.find()) {
            if (isThisMeeting(NumberWords.parseOrdinal(title.group(1)))) {
                if (title.group(2) != null) {
                    venue = venue(title.group(2), null);
                }
                addAll(title.group(3));
                return;
            }
        }
    }

    /**
     * The cover's datelines ("New York, 2–6 December 2024"), its "held in" title and a date line alone under the
     * session's line; none under the line of another session ("Fifty-eighth session" of the parent commission).
     */
    private void fromCover() {
        List<String> front = withoutFootnoteMarks(frontMatter);
        front.add(String.join(" ", front));
        boolean underAnotherSession = false;
        boolean underThisSession = false;
        for (int i = 0; i < front.size(); i++) {
            String line = front.get(i);
            Matcher sessionLine = SESSION_LINE.matcher(line);
            if (sessionLine.matches()) {
                underThisSession = isThisMeeting(NumberWords.parseOrdinal(sessionLine.group(1)));
                underAnotherSession = !underThisSession;
                continue;
            }
            if (underAnotherSession && line != front.get(front.size() - 1)) {
                continue;
            }
            if (venue.isEmpty() && i + 2 < front.size() && DATE_LINE.matcher(front.get(i + 1)).matches()) {
                // "United Nations Conference Centre, Bangkok" over "24–26 August 2026": a dateline on two lines
                java.util.Optional<String> place = placeLine(line);
                if (place.isPresent()) {
                    venue = place.get();
                    if (start == null) {
                        addAll(front.get(i + 1).strip());
                    }
                }
            }
            Matcher held = HELD_IN.matcher(line);
            if (held.find()) {
                // a title broken after "from" gives the venue on its line and the dates only once the lines are joined
                if (venue.isEmpty()) {
                    venue = venue(held);
                }
                if (start == null) {
                    addAll(both(held.group(3), held.group(4)));
                }
            }
            Matcher dateline = PLACE_DATELINE.matcher(line);
            if (dateline.matches() && !line.toLowerCase().startsWith("distr") && !underAnotherSession) {
                if (venue.isEmpty() && !isMonth(dateline.group(1))) {
                    venue = dateline.group(1);
                }
                addAll(dateline.group(2));
            } else if (underThisSession && start == null && DATE_LINE.matcher(line).matches()) {
                addAll(line);
            }
            underThisSession = false;
        }
    }

    /**
     * A cover line that is a place alone, above the line of its dates: "Bangkok", "Rome, Italy", "United Nations
     * Conference Centre, Bangkok" (a building, then its city, which is the venue); no line of a body's or document's
     * words.
     */
    private static java.util.Optional<String> placeLine(String line) {
        String text = line.strip();
        if (!PLACE_LINE.matcher(text).matches()) {
            return java.util.Optional.empty();
        }
        String[] parts = text.split("\\s*,\\s*");
        boolean building = parts.length > 1 && BUILDING.matcher(parts[0]).find();
        // a building's name may hold "Conference" or "Nations": only the words after it must be a place's
        if (NOT_A_PLACE.matcher(building ? text.substring(text.indexOf(',')) : text).find()) {
            return java.util.Optional.empty();
        }
        if (building && !UN_SEAT.matcher(parts[0]).lookingAt()) {
            return java.util.Optional.of(parts[1]);
        }
        return java.util.Optional.of(venue(parts[0], parts.length > 1 ? parts[1] : null));
    }

    /**
     * A cover line that is a place alone with a footnote's call ("Vienna*", "Addis Ababa¹", its footnote saying how the
     * meeting was held), where nothing else gave a venue; a body's or document's words with a mark are no place.
     */
    private void placeAloneWithAMark() {
        for (String line : frontMatter) {
            Matcher m = PLACE_WITH_A_MARK.matcher(line.strip());
            if (m.matches() && !NOT_A_PLACE.matcher(m.group(1)).find()) {
                venue = m.group(1);
                return;
            }
        }
    }

    /** "The Commission held its sixty-third session at United Nations Headquarters …": venue, and dates if none yet. */
    private void fromBody() {
        for (Paragraph p : paragraphs) {
            for (String sentence : SENTENCE_END.split(p.text())) {
                if (FUTURE.matcher(sentence).find()) {
                    continue;
                }
                Matcher parts = HELD_IN_PARTS.matcher(sentence);
                if (parts.find() && (refersToThisMeeting(sentence)
                        || !MeetingFactsExtractor.ANY_ORDINAL.matcher(sentence).find())) {
                    if (venue.isEmpty() && parts.group(3) != null) {
                        venue = venue(parts.group(3).replaceFirst("^the\\s+", "").replaceAll("[.]$", "")
                                .replaceAll("(?:\\s+(?:of|the|de|du|la|at|in))+$", ""), parts.group(4));
                    }
                    if (start == null) {
                        addAll(both(parts.group(1), parts.group(2)));
                    }
                    continue;
                }
                if (resumed && EARLIER_PART.matcher(sentence).find()) {
                    continue; // a resumed session's report recounting the first part
                }
                Matcher held = HELD_IN.matcher(sentence);
                if (held.find() && refersToThisMeeting(sentence) && !datesOfASitting(sentence, held.start(3))) {
                    if (venue.isEmpty()) {
                        venue = venue(held);
                    }
                    if (start == null) {
                        addAll(both(held.group(3), held.group(4)));
                    }
                    continue;
                }
                Matcher datesFirst = HELD_ON_THEN_IN.matcher(sentence);
                if (datesFirst.find() && refersToThisMeeting(sentence) && !datesOfASitting(sentence, datesFirst.start(1))) {
                    if (venue.isEmpty() && datesFirst.group(3) == null) {
                        // "held in a hybrid format from …, with delegations participating in person at …"
                        inPersonAt(sentence.substring(datesFirst.end())).ifPresent(place -> venue = place);
                    }
                    if (venue.isEmpty() && datesFirst.group(3) != null) {
                        String place = datesFirst.group(3).strip();
                        Matcher city = IN_A_CITY.matcher(place);
                        if (city.find()) {
                            venue = city.group(1);
                        } else if (A_PLACE.matcher(place).lookingAt()) {
                            venue = venue(place.replaceFirst("^the\\s+", ""), null);
                        }
                    }
                    if (start == null) {
                        addAll(both(datesFirst.group(1), datesFirst.group(2)));
                    }
                }
            }
        }
    }

    /** The place where those present met, said after the dates: a seat of the United Nations, or a city. */
    private static java.util.Optional<String> inPersonAt(String rest) {
        Matcher m = IN_PERSON_AT.matcher(rest);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String place = m.group(1).replaceFirst("^the\\s+", "").strip();
        Matcher seat = UN_SEAT.matcher(place);
        if (seat.lookingAt()) {
            return java.util.Optional.of(venue(seat.group(), null));
        }
        Matcher city = IN_A_CITY.matcher(place);
        return java.util.Optional.of(city.find() ? city.group(1) : venue(place, null));
    }

    /** The first and last sittings the report records, outside the introduction. */
    private void fromSittings() {
        List<DateExpressions.Dated> sittings = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!p.inChapter("introduction")) {
                Matcher m = SITTING.matcher(p.text());
                while (m.find()) {
                    sittings.addAll(DateExpressions.read(m.group(1)));
                }
            }
            // "The Working Group met … and held [three] meetings, on [14, 16 and 21] October 2025": this meeting's
            for (String sentence : SentenceSplitter.split(p.text())) {
                Matcher openedOrClosed = OPENED_OR_CLOSED.matcher(sentence);
                if (openedOrClosed.find() && !FUTURE.matcher(sentence).find()
                        && !(resumed && EARLIER_PART.matcher(sentence).find())) {
                    sittings.addAll(DateExpressions.read(openedOrClosed.group(1)));
                    Matcher seat = UN_SEAT.matcher(sentence);
                    if (venue.isEmpty() && seat.find()) {
                        venue = venue(seat.group(), null); // "opened … at the United Nations Office at Nairobi"
                    }
                }
                Matcher held = HELD_MEETINGS.matcher(sentence);
                if (held.find() && !MeetingFactsExtractor.ANY_ORDINAL.matcher(sentence).find()
                        && !FUTURE.matcher(sentence).find()) {
                    sittings.addAll(DateExpressions.read(held.group(1)));
                }
            }
        }
        if (sittings.isEmpty()) {
            return;
        }
        sittings.forEach(this::add);
        LocalDate first = start;
        LocalDate last = end;
        provisional = sittings.stream().filter(d -> d.date().equals(first)).allMatch(DateExpressions.Dated::provisional)
                || sittings.stream().filter(d -> d.date().equals(last)).allMatch(DateExpressions.Dated::provisional);
    }

    /**
     * Whether the dates at {@code datesStart} are those of one sitting ("The Panel closed its fourth session at its 11th
     * meeting, an extra sitting held on 2 March 2040"): a sitting's day, read with the
     * others from the sittings, and not the session's dates.
     */
    private static boolean datesOfASitting(String sentence, int datesStart) {
        if (datesStart < 0) {
            return false;
        }
        Matcher sitting = SITTING.matcher(sentence);
        while (sitting.find()) {
            if (sitting.start(1) == datesStart) {
                return true;
            }
        }
        return false;
    }

    private boolean isThisMeeting(OptionalInt ordinal) {
        return session == null || ordinal.isEmpty() || ordinal.getAsInt() == session;
    }

    private void add(DateExpressions.Dated d) {
        if (start == null || d.date().isBefore(start)) {
            start = d.date();
        }
        if (end == null || d.date().isAfter(end)) {
            end = d.date();
        }
    }

    /** "on 21 March 2025" and "from 9 to 20 March 2026": one expression, so that its parts are read together. */
    private static String both(String first, String second) {
        return first == null ? second : second == null ? first : first + " and " + second;
    }

    /** Adds the dates of an expression ("21 March 2025 and 9–20 March 2026"); null adds none. */
    private void addAll(String expression) {
        if (expression == null) {
            return;
        }
        // "21 March 2025 and 9–20 March 2026": the form is one expression of the session's own dates (the date line,
        // "held its … session on … and from …") naming a one-day meeting of the year before, and then that day is the
        // session's first. A day of the year before that only another sentence names ("met on 24 March 2047, after its
        // eighth session closed, to elect the Bureau") is not read here and does not move the start.
        List<DateExpressions.Dated> dates = DateExpressions.read(expression);
        dates.forEach(this::add);
        if (dates.stream().anyMatch(DateExpressions.Dated::provisional)) {
            provisional = true;
        }
    }

    /**
     * The cover's lines without the marks that call a footnote after a word: "Vienna*, 3–6 May 2043", "Nairobi¹",
     * "… 2043**", "Lima†": the mark is no part of the place or the dates.
     */
    static List<String> withoutFootnoteMarks(List<String> lines) {
        List<String> clean = new ArrayList<>(lines.size());
        for (String line : lines) {
            clean.add(FOOTNOTE_MARK.matcher(line).replaceAll(""));
        }
        return clean;
    }

    private static boolean isMonth(String word) {
        return word.matches("(?i)January|February|March|April|May|June|July|August|September|October|November"
                + "|December");
    }

    private static String venue(Matcher held) {
        String place = held.group(1).replaceFirst("^the\\s+", "").strip();
        Matcher city = IN_A_CITY.matcher(place);
        if (city.find() && held.group(2) == null) {
            // "World Congress Centre Bonn in Bonn", "United Nations Conference Centre in Addis Ababa"
            return city.group(1);
        }
        if (held.group(2) != null && BUILDING.matcher(place).find() && !UN_SEAT.matcher(place).lookingAt()) {
            return held.group(2).strip(); // "the International Conference Centre, in Geneva": the city
        }
        place = place.replaceAll("(?:\\s+(?:from|on|between|at|of|the|de|du|la|in))+$", "");
        return venue(place, held.group(2));
    }

    /**
     * The venue as a place name; the city of a United Nations seat: "United Nations Headquarters, New York", "the
     * United Nations Office at Vienna", "Palais des Nations".
     */
    private static String venue(String place, String city) {
        String written = city == null ? place : place + ", " + city;
        Matcher seat = UN_SEAT.matcher(written);
        if (seat.matches()) {
            return seat.group(1) != null ? seat.group(1) : seat.group(2) != null ? seat.group(2)
                    : written.contains("Headquarters") ? "New York" : written.contains("Palais") ? "Geneva" : "Vienna";
        }
        return written;
    }

    /**
     * A "held in" sentence is about this meeting when it names this meeting's ordinal, or no ordinal at all and says
     * "the meeting was held" or that the body met ("The Working Group met at United Nations Headquarters").
     */
    private boolean refersToThisMeeting(String sentence) {
        Matcher m = MeetingFactsExtractor.NUMBERED_IN_DIGITS.matcher(sentence);
        List<Integer> ordinals = new ArrayList<>();
        while (m.find()) {
            // an ordinal in digits before "meeting" is this meeting's where it is this meeting's number ("the 41st
            // meeting of the Board"); any other is a sitting ("its 1st meeting was opened by …"), no other meeting.
            // Before "session" it names a session, this one or another ("met in Paris for its 21st session")
            boolean sitting = Character.isDigit(m.group(1).charAt(0))
                    && m.group().toLowerCase(Locale.ROOT).endsWith("meeting");
            NumberWords.parseOrdinal(m.group(1)).ifPresent(n -> {
                if (!sitting || session != null && n == session) {
                    ordinals.add(n);
                }
            });
        }
        if (!ordinals.isEmpty()) {
            return session != null && ordinals.contains(session);
        }
        return THIS_MEETING.matcher(sentence).find()
                || sentence.matches("(?s)^The\\s+[\\p{L} -]{3,80}?\\s+met\\s+(?:in|at)\\b.*");
    }
}
