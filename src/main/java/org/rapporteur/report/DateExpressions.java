package org.rapporteur.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reports write them: "3 April 2018", "from 17 to 21 January 2011", "27–29 March 2019", "6 and 7 July 2022",
 * "28 March and 1 April 2019", and drafts' bracketed values "[3 and 4] April 2018".
 *
 * <p>An expression is read from right to left, as English dates are built: a year applies to every day before it up
 * to the previous year, a month to every day before it up to the previous month.
 */
public final class DateExpressions {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";

    /**
     * A run of days, months, years and connecting words ending in a year: the longest date expression at a place,
     * also across a year's end ("from 28 December 2022 to 3 January 2023").
     */
    public static final Pattern EXPRESSION = Pattern.compile(
            "(?:\\[?\\d{1,2}\\]?(?:(?:\\s*(?:,|and|to|-|–|—|\\[|\\])\\s*|\\s+)(?:\\[?(?:19|20)\\d{2}\\]?(?=\\s*(?:to|-|–|—)\\s*\\d)"
                    + "|\\[?\\d{1,2}\\]?|\\[?" + MONTH + "\\]?))*\\s+\\[?" + MONTH + "\\]?,?\\s+\\[?(?:19|20)\\d{2}\\]?"
                    // the month first: "May 4 to 8, 2026", "June 30 to July 3, 2026", "November 24, 2025"
                    + "|\\[?" + MONTH + "\\]?\\s+\\[?\\d{1,2}\\]?(?:\\s*(?:,|and|to|-|–|—)\\s*(?:\\[?" + MONTH + "\\]?\\s+)?\\[?\\d{1,2}"
                    + "\\]?(?!\\d))*,\\s+\\[?(?:19|20)\\d{2}\\]?)");

    private static final Pattern TOKEN = Pattern.compile("\\[|\\]|\\d{4}|\\d{1,2}|" + MONTH);

    /**
     * A date as read, with whether a bracket made it provisional.
     *
     * @param date        the date
     * @param provisional true when its day, month or year stood inside square brackets
     */
    public record Dated(LocalDate date, boolean provisional) {
    }

    private DateExpressions() {
    }

    /** All dates of all expressions found in the text, in the order written. */
    public static List<Dated> findAll(String text) {
        List<Dated> dates = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            dates.addAll(read(m.group()));
        }
        return dates;
    }

    /** The dates of one expression; days that cannot be dates (31 April) are left out. */
    public static List<Dated> read(String expression) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> bracketed = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        boolean inBracket = false;
        while (m.find()) {
            String t = m.group();
            if (t.equals("[")) {
                inBracket = true;
            } else if (t.equals("]")) {
                inBracket = false;
            } else {
                tokens.add(t);
                bracketed.add(inBracket);
            }
        }
        if (!tokens.isEmpty() && Character.isLetter(tokens.get(0).charAt(0))) {
            return monthFirst(tokens, bracketed);
        }
        List<Dated> out = new ArrayList<>();
        Integer year = null;
        Integer month = null;
        boolean yearProvisional = false;
        boolean monthProvisional = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String t = tokens.get(i);
            if (t.length() == 4 && Character.isDigit(t.charAt(0))) {
                year = Integer.parseInt(t);
                yearProvisional = bracketed.get(i);
                month = null;
            } else if (Character.isLetter(t.charAt(0))) {
                month = MONTHS.get(t.toLowerCase(Locale.ROOT));
                monthProvisional = bracketed.get(i);
            } else if (year != null && month != null) {
                try {
                    out.add(0, new Dated(LocalDate.of(year, month, Integer.parseInt(t)),
                            bracketed.get(i) || monthProvisional || yearProvisional));
                } catch (DateTimeException e) {
                    // not a calendar date: left out
                }
            }
        }
        return out;
    }

    /** "May 4 to 8, 2026": a month applies to the days after it, a year to every day before it. */
    private static List<Dated> monthFirst(List<String> tokens, List<Boolean> bracketed) {
        List<Dated> out = new ArrayList<>();
        Integer month = null;
        boolean monthProvisional = false;
        List<int[]> days = new ArrayList<>(); // day, month, provisional
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                month = MONTHS.get(t.toLowerCase(Locale.ROOT));
                monthProvisional = bracketed.get(i);
            } else if (t.length() == 4) {
                int year = Integer.parseInt(t);
                for (int[] d : days) {
                    try {
                        out.add(new Dated(LocalDate.of(year, d[1], d[0]), d[2] == 1 || bracketed.get(i)));
                    } catch (DateTimeException e) {
                        // not a calendar date: left out
                    }
                }
                days.clear();
            } else if (month != null) {
                days.add(new int[] {Integer.parseInt(t), month, bracketed.get(i) || monthProvisional ? 1 : 0});
            }
        }
        return out;
    }
}
