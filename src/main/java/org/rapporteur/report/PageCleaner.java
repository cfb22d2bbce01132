package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First stage: removes what page layout leaves in extracted text and is not part of any paragraph: running headers
 * (the document symbol on a line of its own), job numbers with page numbers ("V.18-01878 4/5"), bare page numbers,
 * bare link lines ("http://undocs.org/A/RES/65/230"), "Please recycle" footers, footnotes under their separator line
 * (and their markers in the text, "data.1"), and blank lines. What is left are the
 * text lines in order, with their line numbers.
 */
final class PageCleaner {

    /** A job number: "V.18-01878" (Vienna, Geneva, Nairobi), or "24-23817" without a letter (New York). */
    /** "V.18-01878" (Vienna), "GE.24-01234" (Geneva), "N26-04187", "26-04187" (New York): office letters, year, serial. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The rule above a page's footnotes. */
    private static final Pattern FOOTNOTE_RULE = Pattern.compile("_{5,}");
    private static final Pattern SPACES_AND_TABS = Pattern.compile("[ \\t]{2,}");
    /** The gap between two columns of a list printed as a table in plain text: a tab, or three spaces or more. */
    private static final Pattern COLUMN_GAP = Pattern.compile("[ ]*\\t[ \\t]*|[ ]{3,}");
    /** A cell of such a row: a name or a label, begun with a capital, not ended as a sentence or a clause is. */
    private static final Pattern CELL = Pattern.compile("\\p{Lu}.*[^.,;:]");
    private static final Pattern NUMBERED_LINE = Pattern.compile("\\d{1,3}\\.\\s+\\S.*");
    static final Pattern JOB_NUMBER = Pattern.compile("\\b(?:[A-Z]{1,2}\\.?)?\\d{2}-\\d{5}\\b");

    private static final Pattern SYMBOL_LINE = Pattern.compile("\\s*" + ReportSymbol.SYMBOL.pattern() + "\\s*");
    private static final Pattern PAGE = Pattern.compile("\\d{1,3}\\s*/\\s*\\d{1,3}");
    private static final Pattern JOB_LINE = Pattern.compile(
            // "2   GE.25-20417" (a page's number before the job number), "GE.25-20417(E)" (the language run into it)
            "\\s*(?:\\d{1,3}\\s*/\\s*\\d{1,3}\\s+|\\d{1,3}\\s+(?=[A-Z]{1,2}\\.))?\\*?(?:[A-Z]{1,2}\\.?)?\\d{2}-\\d{5}\\*?"
                    + "(?:\\s+\\d{1,3}\\s*/\\s*\\d{1,3})?"
                    + "(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}\\s*(?:\\*\\d+\\*)?(?:\\s+\\d{1,3})?\\s*");
    private static final Pattern PAGE_LINE = Pattern.compile(
            "\\s*(?:" + PAGE.pattern() + "|-\\s*\\d{1,3}\\s*-|Page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?|\\*\\d{5,}\\*)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK_LINE = Pattern.compile("\\s*(?:https?://|www\\.)\\S+\\s*");
    /** A footnote under the separator line: its number, then its text. */
    private static final Pattern FOOTNOTE = Pattern.compile("(\\d{1,2})\\s+\\S.*");
    private static final Pattern RECYCLE_LINE = Pattern.compile("\\s*Please recycle\\s*", Pattern.CASE_INSENSITIVE);

    private PageCleaner() {
    }

    /** Normalises line ends, spaces and the byte-order mark, and splits into lines (kept as they are). */
    static List<String> rawLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace("\u00AD", "");
        return List.of(t.split("\n", -1));
    }

    static List<SourceLine> clean(List<String> rawLines) {
        List<SourceLine> kept = new ArrayList<>();
        boolean inFootnotes = false;
        boolean numberedSeen = false;
        Set<String> markers = new TreeSet<>();
        for (int i = 0; i < rawLines.size(); i++) {
            String line = rawLines.get(i).strip();
            if (FOOTNOTE_RULE.matcher(line).matches()) {
                inFootnotes = true;
                continue;
            }
            if (line.isEmpty() || isFurniture(line)) {
                if (!line.isEmpty() && !LINK_LINE.matcher(line).matches()) {
                    inFootnotes = false;
                }
                continue;
            }
            if (inFootnotes) {
                Matcher fn = FOOTNOTE.matcher(line);
                if (fn.matches()) {
                    markers.add(fn.group(1));
                }
                continue;
            }
            numberedSeen |= NUMBERED_LINE.matcher(line).matches();
            String columns = numberedSeen ? columns(line) : null;
            kept.add(new SourceLine(i + 1, columns != null ? columns
                    : hasGap(line, 2) ? SPACES_AND_TABS.matcher(line).replaceAll(" ") : line));
        }
        if (!markers.isEmpty()) {
            String alt = String.join("|", markers);
            Pattern marker = Pattern.compile("(?<=[\\p{L})”’\"][.,;:]?)(?:" + alt + ")(?=\\s|$)");
            kept.replaceAll(l -> new SourceLine(l.number(), marker.matcher(l.text()).replaceAll("")));
        }
        return kept;
    }

    /**
     * A row of a list printed in columns ("Algeria      Germany", "Chile\tColombia\tCosta Rica"), its cells joined by
     * one tab, or null when the line is no such row. Every cell begins with a capital and none ends as a sentence or
     * a label does, so that justified prose and a label before its value ("Chair:   Ms. A") stay as they were. Only
     * after the first numbered paragraph: a cover's lines are spaced out too, and read by their own rules.
     */
    static String columns(String line) {
        if (!hasGap(line, 3)) {
            return null; // no tab and no three spaces: one cell
        }
        String[] cells = COLUMN_GAP.split(line.strip());
        if (cells.length < 2) {
            return null;
        }
        for (String cell : cells) {
            if (!CELL.matcher(cell).matches()) {
                return null;
            }
        }
        return String.join("\t", cells);
    }

    /**
     * Each pattern is run only on a line that holds what every match of it holds (a symbol its slash, a job number its
     * hyphen, a page number its digit, a link "://" or "www.", the footer its "P"): most lines are prose, and making
     * five matchers for each was a twentieth of the parser's time.
     */
    static boolean isFurniture(String line) {
        return line.indexOf('/') >= 0 && SYMBOL_LINE.matcher(line).matches()
                || line.indexOf('-') >= 0 && JOB_LINE.matcher(line).matches()
                || hasDigit(line) && PAGE_LINE.matcher(line).matches()
                || (line.contains("://") || line.contains("www.")) && LINK_LINE.matcher(line).matches()
                || startsWithP(line) && RECYCLE_LINE.matcher(line).matches()
                || isSymbolWithJobNumber(line);
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether the first character after white space (as {@code \s} reads it) is "P" or "p". */
    private static boolean startsWithP(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) < 0) {
                return c == 'P' || c == 'p';
            }
        }
        return false;
    }

    /** Whether the line holds a tab, or {@code spaces} spaces in a row: a gap a pattern of gaps could match. */
    private static boolean hasGap(String line, int spaces) {
        return line.indexOf('\t') >= 0 || line.contains(spaces == 2 ? "  " : "   ");
    }

    /** A running header that carries both, e.g. "UNODC/CCPCJ/EG.4/2018/L.1 V.18-01878". */
    private static boolean isSymbolWithJobNumber(String line) {
        if (line.indexOf('/') < 0) {
            return false; // every symbol has a slash
        }
        String[] words = WHITE_SPACE.split(line);
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        boolean symbol = false;
        for (String word : words) {
            if (ReportSymbol.SYMBOL.matcher(word).matches()) {
                symbol = true;
            } else if (!JOB_NUMBER.matcher(word).matches() && !PAGE.matcher(word).matches()) {
                return false;
            }
        }
        return symbol;
    }
}
