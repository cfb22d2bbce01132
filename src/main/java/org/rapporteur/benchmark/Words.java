package org.rapporteur.benchmark;

import java.time.LocalDate;
import java.util.List;

/** Numbers, ordinals and dates as UN reports write them. */
final class Words {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final List<String> ORDINAL_UNITS = List.of("", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> ORDINAL_TENS = List.of("", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private Words() {
    }

    /** 1 to 99 in words: "thirty-one". */
    static String cardinal(int n) {
        if (n < 20) {
            return UNITS.get(n);
        }
        return TENS.get(n / 10) + (n % 10 == 0 ? "" : "-" + UNITS.get(n % 10));
    }

    /** 1 to 99 as an ordinal in words: "fourth", "twenty-first". */
    static String ordinal(int n) {
        if (n < 20) {
            return ORDINAL_UNITS.get(n);
        }
        return n % 10 == 0 ? ORDINAL_TENS.get(n / 10) : TENS.get(n / 10) + "-" + ORDINAL_UNITS.get(n % 10);
    }

    /** "1st", "2nd", "3rd", "11th", "22nd": the numbering of sittings. */
    static String sittingOrdinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    static String month(int month) {
        return MONTHS.get(month - 1);
    }

    /** "3 April 2018". */
    static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + monthYear(date);
    }

    /** "April 2018". */
    static String monthYear(LocalDate date) {
        return month(date.getMonthValue()) + " " + date.getYear();
    }

    /** "27 and 28" or "27": the days of two sittings in one month. */
    static String days(LocalDate first, LocalDate second) {
        return first.equals(second) ? String.valueOf(first.getDayOfMonth())
                : first.getDayOfMonth() + " and " + second.getDayOfMonth();
    }

    /** "27–29 March 2019" with {@code dash} between the days of one month. */
    static String range(LocalDate start, LocalDate end, String dash) {
        return start.getDayOfMonth() + dash + date(end);
    }

    /** "from 27 to 29 March 2019", or "on 6 and 7 July 2022" for two days. */
    static String fromTo(LocalDate start, LocalDate end) {
        if (end.equals(start.plusDays(1))) {
            return "on " + start.getDayOfMonth() + " and " + date(end);
        }
        return "from " + start.getDayOfMonth() + " to " + date(end);
    }

    /** A count as reports write it: in words below a hundred or in digits, at random; "an" for one. */
    static String count(int n, boolean inWords) {
        if (n == 1) {
            return "a";
        }
        return inWords && n < 100 ? cardinal(n) : String.valueOf(n);
    }
}
