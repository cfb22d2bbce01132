package org.rapporteur.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.ReferenceData;

/**
 * Writes synthetic meeting reports in the UN form with their truth. Report {@code i} of an archive belongs to body
 * series {@code i % series} and is that body's session {@code i / series + 1}, so every report is its own meeting; the
 * series rotate through the three {@link BodyKind}s and each report takes one of the three {@link ReportLayout}s.
 * Everything is drawn from a random generator seeded by the report's number: the same number gives the same bytes.
 */
final class ReportGenerator {

    /** Sessions are written as ordinals in words, which reports write up to "ninety-ninth". */
    static final int MAX_SESSION = 99;

    private final List<Entity> memberStates;
    private final int series;
    private final long seed;

    /** A report's text and what it says. */
    record Generated(ReportTruth truth, String text) {
    }

    ReportGenerator(ReferenceData reference, int series, long seed) {
        if (series < 1) {
            throw new IllegalArgumentException("at least one body series");
        }
        this.memberStates = reference.states().stream().filter(e -> e.type() == EntityType.MEMBER_STATE).toList();
        this.series = series;
        this.seed = seed;
    }

    /** The fewest series that keep every session of {@code count} reports at most {@link #MAX_SESSION}. */
    static int minimumSeries(int count) {
        return Math.max(1, (count + MAX_SESSION - 1) / MAX_SESSION);
    }

    Generated report(int index) {
        return report(index, 0);
    }

    /** The report {@code index}; another {@code variant} is another text of the same meeting (a corrected report). */
    Generated report(int index, int variant) {
        Random random = new Random(seed * 1_000_003L + index * 7919L + variant * 104_729L);
        int s = index % series;
        int session = index / series + 1;
        if (session > MAX_SESSION) {
            throw new IllegalArgumentException("report " + index + " would be session " + session + " of its series: "
                    + "use at least " + minimumSeries(index + 1) + " series");
        }
        BodyKind kind = BodyKind.values()[s % BodyKind.values().length];
        int k = s / BodyKind.values().length;
        ReportLayout layout = ReportLayout.values()[random.nextInt(ReportLayout.values().length)];
        boolean draft = random.nextInt(5) == 0;
        int year = 1985 + session;
        String seriesSymbol = kind.series(k);
        String symbol = kind.symbol(seriesSymbol, session, year, draft);
        Sittings sittings = Sittings.draw(random, kind, year);
        Cast cast = Cast.draw(random, kind, memberStates);
        ReportText text = new ReportText(kind, kind.name(k), symbol, session, draft, sittings, cast, random,
                memberStates);
        List<Block> blocks = text.blocks();
        String job = "V." + String.format("%02d", year % 100) + "-" + (10000 + Math.floorMod(index * 37 + variant, 90000));
        String printDates = Sittings.compact(sittings.end().plusDays(9)) + " " + Sittings.compact(sittings.end()
                .plusDays(10));
        List<String> links = new ArrayList<>(List.of(seriesSymbol + "/" + year + "/1", symbol));
        String rendered = layout.render(blocks, new ReportLayout.Furniture(symbol, job, printDates, links));
        String file = symbol.replace('/', '_') + ".txt";
        ReportTruth truth = new ReportTruth(file, symbol, draft ? "DRAFT" : "FINAL", seriesSymbol + "#" + session,
                session, sittings.start(), sittings.end(), cast.attending(),
                new ArrayList<>(new TreeSet<>(cast.speakerCodes())), cast.chair().state().code());
        return new Generated(truth, rendered);
    }

    /** The dates of a meeting: its first and last sittings, two a day. */
    record Sittings(LocalDate start, int days) {

        static Sittings draw(Random random, BodyKind kind, int year) {
            int days = kind == BodyKind.AD_HOC_COMMITTEE ? 5 + random.nextInt(6) : 2 + random.nextInt(2);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28 - days);
            return new Sittings(LocalDate.of(year, month, day), days);
        }

        LocalDate end() {
            return start.plusDays(days - 1L);
        }

        /** The date of the {@code n}-th sitting (from 1), two a day, the last ones on the last day. */
        LocalDate of(int n) {
            return start.plusDays(Math.min(days - 1, (n - 1) / 2));
        }

        /** "080419": the print date on a first page. */
        static String compact(LocalDate date) {
            return String.format("%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
        }
    }
}
