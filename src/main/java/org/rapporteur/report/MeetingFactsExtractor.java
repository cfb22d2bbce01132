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
 * Third stage: the identity of the meeting: symbol, status and job number here, then its session ordinal
 * ({@link SessionNumber}) and its dates and venue ({@link MeetingPeriod}).
 */
final class MeetingFactsExtractor {

    private static final Pattern SYMBOL_LINE = Pattern.compile("\\s*(" + ReportSymbol.SYMBOL.pattern() + ")\\s*.*");
    private static final Pattern ADOPTED_REPORT = Pattern.compile(
            "adopted (?:its|the|this) (?:draft )?report[^()]{0,80}\\((" + ReportSymbol.SYMBOL.pattern() + ")",
            Pattern.CASE_INSENSITIVE);
    private static final String ORD = NumberWords.ORDINAL_REGEX;
    static final Pattern ANY_ORDINAL = Pattern.compile("\\b(" + ORD + ")\\s+" + SessionNumber.KIND + "(?:meeting|session)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "95th meeting", "the 12th session": a meeting numbered in digits, or in words. */
    static final Pattern NUMBERED_IN_DIGITS = Pattern.compile("\\b(" + SessionNumber.ORD_OR_DIGITS + ")\\s+"
            + SessionNumber.KIND + "(?:meeting|session)\\b", Pattern.CASE_INSENSITIVE);

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
        SessionNumber number = new SessionNumber(frontMatter, paragraphs);
        Integer ordinal = number.find(symbol);
        Integer session = number.withinAYear(ordinal) ? null : ordinal;
        if (session == null) {
            findings.add(Finding.inFile(FindingCode.MISSING_SESSION, "The report does not say which meeting or "
                    + "session of its body it is (\"fifth meeting\", \"on its second session\"): session_number is left "
                    + "empty"));
        }
        MeetingPeriod.Period period = new MeetingPeriod(frontMatter, paragraphs, ordinal).find();
        if (period.start() == null) {
            findings.add(Finding.inFile(FindingCode.MISSING_DATES, "No date of this meeting or of its sittings found"));
        }
        return new MeetingFacts(symbol, status(symbol), jobNumber(), session, period.start(), period.end(),
                period.provisional(), period.venue());
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
            if (!PageCleaner.isFurniture(line.strip())) {
                continue; // a number of that shape in the text is no job number
            }
            Matcher m = PageCleaner.JOB_NUMBER.matcher(line);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
