package org.rapporteur.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Third stage: the identity of the meeting: symbol, status, job number, session ordinal, dates and venue.
 *
 * <p>Reports talk about earlier meetings (the introduction recounts the body's history with its own dates and places),
 * so a date or venue is taken only where the text ties it to this meeting: the title or front matter, a sitting
 * ("At its 1st meeting, on 3 April 2018"), or a sentence naming this meeting's ordinal or "the meeting/session".
 */
final class MeetingFactsExtractor {

    private static final Pattern SYMBOL_LINE = Pattern.compile("\\s*(" + ReportSymbol.SYMBOL.pattern() + ")\\s*.*");
    private static final Pattern ADOPTED_REPORT = Pattern.compile(
            "adopted (?:its|the|this) (?:draft )?report[^()]{0,80}\\((" + ReportSymbol.SYMBOL.pattern() + ")",
            Pattern.CASE_INSENSITIVE);
    private static final String ORD = NumberWords.ORDINAL_REGEX;
    /** A sentence about a meeting still to come: "the sixth meeting would be devoted to …", "its next session". */
    static final Pattern FUTURE = Pattern.compile(
            "\\b(next|future|forthcoming|upcoming|subsequent|following\\s+(?:meeting|session)|would|will|shall|"
                    + "to\\s+be\\s+(?:held|convened|devoted)|planned|scheduled|envisaged|prepar\\w+ for)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD_MEETINGS = Pattern.compile("^The\\s+[\\p{L} -]{3,80}?\\s+(?:met\\b[^.;]{0,120}?\\s+"
            + "and\\s+)?held\\s+\\[?[\\w-]+\\]?\\s+meetings,?\\s+(?:on|from)\\s+(" + DateExpressions.EXPRESSION.pattern()
            + ")");
    static final Pattern SITTING = Pattern.compile(
            "\\bat\\s+its\\s+\\[?(?:\\d{1,2}(?:st|nd|rd|th)|" + ORD + ")\\b[^.;]{0,80}?\\bmeetings?\\b,?\\s+"
                    + "(?:held\\s+)?on\\s+("
                    + DateExpressions.EXPRESSION.pattern() + ")", Pattern.CASE_INSENSITIVE);
    /** "held in Vienna from …", "held its fifty-sixth session at United Nations Headquarters, New York, from …". */
    static final Pattern HELD_IN = Pattern.compile(
            "\\b(?:held|met)(?:\\s+its\\s+(?:" + NumberWords.ORDINAL_REGEX + ")\\s+(?:session|meeting))?\\s+(?:in|at)\\s+"
                    + "((?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|of|de|du|"
                    + "la|the|at|in)){0,6})(?:,\\s*(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?"
                    + "(?:\\s+(?:from|on|between)\\s+(" + DateExpressions.EXPRESSION.pattern() + ")"
                    + "(?:\\s+and\\s+(?:from|on)\\s+(" + DateExpressions.EXPRESSION.pattern() + "))?)?");
    private static final Pattern UN_SEAT = Pattern.compile("(?:United\\s+Nations\\s+Headquarters(?:,?\\s+(?:in\\s+)?"
            + "(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+)?))?|United\\s+Nations\\s+Office\\s+at\\s+(\\p{Lu}[\\p{L}]+)"
            + "|Palais\\s+des\\s+Nations|Vienna\\s+International\\s+Centre)");
    static final Pattern PLACE_DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,3}),\\s*("
                    + DateExpressions.EXPRESSION.pattern() + ")\\s*");
    private static final Pattern THIS_MEETING = Pattern.compile(
            "\\b(?:the|this|present)\\s+(?:meeting|session)\\s+(?:was|were|is)\\s+held\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern ANY_ORDINAL = Pattern.compile("\\b(" + ORD + ")\\s+(?:meeting|session)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String source;
    private final List<String> rawLines;
    private final List<String> frontMatter;
    private final List<Paragraph> paragraphs;
    private final List<Finding> findings = new ArrayList<>();

    MeetingFactsExtractor(String source, List<String> rawLines, List<String> frontMatter, List<Paragraph> paragraphs) {
        this.source = source;
        this.rawLines = rawLines;
        this.frontMatter = frontMatter;
        this.paragraphs = paragraphs;
    }

    List<Finding> findings() {
        return findings;
    }

    MeetingFacts extract() {
        ReportSymbol symbol = symbol().orElse(null);
        if (symbol == null) {
            findings.add(Finding.inFile(FindingCode.MISSING_SYMBOL,
                    "No document symbol found (running header, front matter or \"adopted its report (…)\"); "
                            + "the meeting is keyed by the file name"));
        }
        Integer session = new SessionNumber(frontMatter, paragraphs).find(symbol);
        if (session == null) {
            findings.add(Finding.inFile(FindingCode.MISSING_SESSION, "The report does not say which meeting or "
                    + "session of its body it is (\"fifth meeting\", \"on its second session\"): session_number is left "
                    + "empty"));
        }
        Period period = period(session);
        if (period.start == null) {
            findings.add(Finding.inFile(FindingCode.MISSING_DATES, "No date of this meeting or of its sittings found"));
        }
        return new MeetingFacts(symbol, status(symbol), jobNumber(), session, period.start, period.end,
                period.provisional, period.venue);
    }

    private Optional<ReportSymbol> symbol() {
        Map<String, Integer> standalone = new LinkedHashMap<>();
        for (String line : rawLines) {
            String stripped = line.strip();
            if (stripped.length() < 60 && (PageCleaner.isFurniture(stripped) || frontMatter.contains(stripped))) {
                Matcher m = SYMBOL_LINE.matcher(stripped);
                if (m.matches() && !stripped.startsWith("http")) {
                    standalone.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        Optional<ReportSymbol> header = standalone.entrySet().stream()
                .filter(e -> ReportSymbol.parse(e.getKey()).filter(s -> !s.isListOfParticipants()).isPresent())
                .max(Map.Entry.comparingByValue())
                .flatMap(e -> ReportSymbol.parse(e.getKey()));
        if (header.isPresent()) {
            return header;
        }
        for (String line : frontMatter) {
            Matcher m = ReportSymbol.SYMBOL.matcher(line);
            while (m.find()) {
                Optional<ReportSymbol> symbol = ReportSymbol.parse(m.group()).filter(s -> !s.isListOfParticipants());
                if (symbol.isPresent()) {
                    return symbol;
                }
            }
        }
        for (Paragraph p : paragraphs) {
            Matcher m = ADOPTED_REPORT.matcher(p.text());
            if (m.find()) {
                return ReportSymbol.parse(m.group(1));
            }
        }
        String name = source.replaceAll("^.*/", "").replaceAll("\\.[A-Za-z]+$", "").replaceAll("[-_ ]+report$", "");
        return ReportSymbol.parse(name.replace('_', '/')).filter(s -> s.text().split("/").length >= 3);
    }

    private ReportStatus status(ReportSymbol symbol) {
        for (String line : frontMatter) {
            String l = line.toLowerCase();
            if (l.matches(".*distr\\.?:?\\s*limited.*") || l.matches("^draft report\\b.*")) {
                return ReportStatus.DRAFT;
            }
        }
        if (symbol != null) {
            return symbol.status();
        }
        for (String line : frontMatter) {
            if (line.toLowerCase().matches(".*distr\\.?:?\\s*general.*")) {
                return ReportStatus.FINAL;
            }
        }
        return ReportStatus.UNKNOWN;
    }

    private String jobNumber() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : rawLines) {
            Matcher m = PageCleaner.JOB_NUMBER.matcher(line);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static final class Period {
        LocalDate start;
        LocalDate end;
        boolean provisional;
        String venue = "";

        void add(DateExpressions.Dated d) {
            if (start == null || d.date().isBefore(start)) {
                start = d.date();
            }
            if (end == null || d.date().isAfter(end)) {
                end = d.date();
            }
        }
    }

    private Period period(Integer session) {
        Period period = new Period();
        List<String> front = new ArrayList<>(frontMatter);
        front.add(String.join(" ", frontMatter));
        for (String line : front) {
            Matcher held = HELD_IN.matcher(line);
            if (held.find()) {
                // a title broken after "from" gives the venue on its line and the dates only once the lines are joined
                if (period.venue.isEmpty()) {
                    period.venue = venue(held);
                }
                if (period.start == null) {
                    addAll(period, held.group(3));
                    addAll(period, held.group(4));
                }
            }
            Matcher dateline = PLACE_DATELINE.matcher(line);
            if (dateline.matches() && !line.toLowerCase().startsWith("distr")) {
                if (period.venue.isEmpty() && !isMonth(dateline.group(1))) {
                    period.venue = dateline.group(1);
                }
                addAll(period, dateline.group(2));
            }
        }
        for (Paragraph p : paragraphs) {
            for (String sentence : p.text().split("(?<=[.;])\\s+(?=[A-Z\\[])")) {
                if (FUTURE.matcher(sentence).find()) {
                    continue;
                }
                Matcher held = HELD_IN.matcher(sentence);
                if (held.find() && refersToThisMeeting(sentence, session)) {
                    if (period.venue.isEmpty()) {
                        period.venue = venue(held);
                    }
                    if (period.start == null) {
                        addAll(period, held.group(3));
                        addAll(period, held.group(4));
                    }
                }
            }
        }
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
                Matcher held = HELD_MEETINGS.matcher(sentence);
                if (held.find() && !ANY_ORDINAL.matcher(sentence).find() && !FUTURE.matcher(sentence).find()) {
                    sittings.addAll(DateExpressions.read(held.group(1)));
                }
            }
        }
        if (period.start == null && !sittings.isEmpty()) {
            sittings.forEach(period::add);
            LocalDate first = period.start;
            LocalDate last = period.end;
            period.provisional = sittings.stream().filter(d -> d.date().equals(first)).allMatch(
                    DateExpressions.Dated::provisional)
                    || sittings.stream().filter(d -> d.date().equals(last)).allMatch(DateExpressions.Dated::provisional);
        }
        return period;
    }

    private static boolean isMonth(String word) {
        return word.matches("(?i)January|February|March|April|May|June|July|August|September|October|November"
                + "|December");
    }

    private void addAll(Period period, String expression) {
        if (expression == null) {
            return;
        }
        List<DateExpressions.Dated> dates = DateExpressions.read(expression);
        dates.forEach(period::add);
        if (dates.stream().anyMatch(DateExpressions.Dated::provisional)) {
            period.provisional = true;
        }
    }

    private static String venue(Matcher held) {
        String place = held.group(1).replaceFirst("^the\\s+", "").strip();
        place = place.replaceAll("(?:\\s+(?:from|on|between|at|of|the|de|du|la|in))+$", "");
        String venue = held.group(2) == null ? place : place + ", " + held.group(2);
        // the city of a United Nations seat: "United Nations Headquarters, New York", "the United Nations Office at
        // Vienna", "Palais des Nations"
        Matcher seat = UN_SEAT.matcher(venue);
        if (seat.matches()) {
            return seat.group(1) != null ? seat.group(1) : seat.group(2) != null ? seat.group(2)
                    : venue.contains("Headquarters") ? "New York" : venue.contains("Palais") ? "Geneva" : "Vienna";
        }
        return venue;
    }

    /**
     * A "held in" sentence is about this meeting when it names this meeting's ordinal, or no ordinal at all and says
     * "the meeting was held" or that the body met ("The Working Group met at United Nations Headquarters").
     */
    private static boolean refersToThisMeeting(String sentence, Integer session) {
        Matcher m = ANY_ORDINAL.matcher(sentence);
        List<Integer> ordinals = new ArrayList<>();
        while (m.find()) {
            NumberWords.parseOrdinal(m.group(1)).ifPresent(ordinals::add);
        }
        if (!ordinals.isEmpty()) {
            return session != null && ordinals.contains(session);
        }
        return THIS_MEETING.matcher(sentence).find() || sentence.matches("(?s)^The\\s+[\\p{L} -]{3,80}?\\s+met\\s+(?:in|at)\\b.*");
    }
}
