package org.rapporteur.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.rapporteur.quality.FindingCode;
import org.rapporteur.report.ReportStatus;
import org.rapporteur.store.FactSource;
import org.rapporteur.store.StoredFacts;

/**
 * The meetings of the export and where their facts are: which reports describe each meeting (the final report wins
 * over a draft; reports of equal standing, the parts of one session, complete each other), and which lists of
 * participants and statements files name it by its report's symbol. Read once from the reports' rows (one per report)
 * and the symbols the lists name, so that each meeting's facts can then be read on their own.
 */
final class MeetingIndex {

    private final List<StoredFacts.Meeting> reports;
    private final List<StoredFacts.Meeting> meetings;
    private final Map<String, Integer> rank = new HashMap<>();
    private final Map<String, List<String>> reportSources = new LinkedHashMap<>();
    private final Map<String, String> meetingOfSource = new HashMap<>();
    private final ReportSymbols bySymbol = new ReportSymbols();
    private final Map<String, TreeSet<String>> listSources = new HashMap<>();
    private final Map<String, TreeSet<String>> statementSources = new HashMap<>();
    private final List<String> awaiting;
    private final List<FactSource.SourceSymbol> symbols = new ArrayList<>();
    /** meeting → "kind source symbol" of every list and statements row symbol that names it. */
    private final Map<String, TreeSet<String>> namedBy = new HashMap<>();

    MeetingIndex(FactSource facts) {
        this.reports = facts.meetings();
        Map<String, List<StoredFacts.Meeting>> byId = new TreeMap<>();
        for (StoredFacts.Meeting m : reports) {
            byId.computeIfAbsent(m.meetingId(), k -> new ArrayList<>()).add(m);
            if (m.reportSymbol() != null) {
                bySymbol.add(m.reportSymbol(), m.meetingId());
            }
            ReportSymbols.jointSymbols(m.source()).forEach(s -> bySymbol.add(s, m.meetingId()));
            bySymbol.addSource(m.source(), m.meetingId());
            bySymbol.addSession(m.body(), m.sessionNumber(), m.meetingId());
        }
        List<StoredFacts.Meeting> winners = new ArrayList<>();
        byId.values().forEach(all -> winners.add(all.stream().reduce((a, b) -> standing(b) > standing(a)
                || (standing(b) == standing(a) && b.source().compareTo(a.source()) > 0) ? b : a).orElseThrow()));
        winners.sort(Comparator.comparing(StoredFacts.Meeting::startDate,
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(StoredFacts.Meeting::meetingId));
        this.meetings = List.copyOf(winners);
        for (StoredFacts.Meeting winner : meetings) {
            rank.put(winner.meetingId(), rank.size());
            // every report of the best standing is used: the parts and addenda of one report, or the reports of the
            // parts of one session, complete each other; a draft gives way to the final report
            List<String> sources = byId.get(winner.meetingId()).stream()
                    .filter(m -> standing(m) == standing(winner)).map(StoredFacts.Meeting::source).sorted().toList();
            reportSources.put(winner.meetingId(), sources);
            sources.forEach(s -> meetingOfSource.put(s, winner.meetingId()));
        }
        TreeSet<String> others = new TreeSet<>();
        symbols.addAll(facts.delegateSymbols());
        for (FactSource.SourceSymbol s : symbols) {
            String meeting = meetingOf(s.symbol());
            listSources.computeIfAbsent(meeting, k -> new TreeSet<>()).add(s.source());
            namedBy.computeIfAbsent(meeting, k -> new TreeSet<>()).add("L\t" + s.source() + "\t" + s.symbol());
            if (!rank.containsKey(meeting)) {
                others.add(meeting);
            }
        }
        for (FactSource.SourceSymbol s : facts.statementSymbols()) {
            symbols.add(s);
            String meeting = meetingOf(s.symbol());
            statementSources.computeIfAbsent(meeting, k -> new TreeSet<>()).add(s.source());
            namedBy.computeIfAbsent(meeting, k -> new TreeSet<>()).add("S\t" + s.source() + "\t" + s.symbol());
            if (!rank.containsKey(meeting)) {
                others.add(meeting);
            }
        }
        this.awaiting = List.copyOf(others);
    }

    private static int standing(StoredFacts.Meeting m) {
        return m.reportStatus().equals(ReportStatus.FINAL.name()) ? 2
                : m.reportStatus().equals(ReportStatus.DRAFT.name()) ? 1 : 0;
    }

    /** The meetings covered, one per meeting_id, in date order, each by the report whose facts are used. */
    List<StoredFacts.Meeting> meetings() {
        return meetings;
    }

    /** A body series ("UNODC/CCPCJ/EG.4"; "" for meetings whose report names none) and its meetings, in date order. */
    record Series(String body, List<StoredFacts.Meeting> meetings) {

        List<String> meetingIds() {
            return meetings.stream().map(StoredFacts.Meeting::meetingId).toList();
        }
    }

    /** The body series of the meetings, in alphabetical order, meetings of no series last. */
    List<Series> series() {
        Map<String, List<StoredFacts.Meeting>> byBody = new TreeMap<>(
                Comparator.comparing((String b) -> b.isEmpty()).thenComparing(Comparator.naturalOrder()));
        meetings.forEach(m -> byBody.computeIfAbsent(m.body() == null ? "" : m.body(), k -> new ArrayList<>())
                .add(m));
        List<Series> series = new ArrayList<>();
        byBody.forEach((body, list) -> series.add(new Series(body, List.copyOf(list))));
        return series;
    }

    /** Meetings that lists or statements name but no report describes yet (their symbol is their id), in order. */
    List<String> awaiting() {
        return awaiting;
    }

    /** The place of a meeting in date order; awaiting meetings after all others. */
    int rank(String meetingId) {
        return rank.getOrDefault(meetingId, Integer.MAX_VALUE);
    }

    /** The reports whose facts a meeting's rows come from, by source. */
    List<String> reportSources(String meetingId) {
        return reportSources.getOrDefault(meetingId, List.of());
    }

    /**
     * What a meeting's rows are made from, as text: its winning report's facts, the reports used, and each list and
     * statements file's symbols that name it, with every file's version ({@code versionOf}: its content's digest and
     * the run that read it). Two equal texts, with the same code and settings, give the same rows.
     */
    String sourcesOf(StoredFacts.Meeting meeting, java.util.function.Function<String, String> versionOf) {
        String meetingId = meeting.meetingId();
        StringBuilder key = new StringBuilder(meetingId).append('\n').append(meeting);
        for (String source : reportSources(meetingId)) {
            key.append("\nR\t").append(source).append('\t').append(versionOf.apply(source));
        }
        for (String named : namedBy.getOrDefault(meetingId, new TreeSet<>())) {
            key.append('\n').append(named).append('\t').append(versionOf.apply(named.split("\t", 3)[1]));
        }
        return key.toString();
    }

    /** The lists of participants naming a meeting, by source. */
    List<String> listSources(String meetingId) {
        return List.copyOf(listSources.getOrDefault(meetingId, new TreeSet<>()));
    }

    /** The statements files naming a meeting, by source. */
    List<String> statementSources(String meetingId) {
        return List.copyOf(statementSources.getOrDefault(meetingId, new TreeSet<>()));
    }

    /** Every statements file, by source. */
    List<String> statementSources() {
        TreeSet<String> all = new TreeSet<>();
        statementSources.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /** Reports whose meeting is described by a report of better standing: one SUPERSEDED_REPORT finding each. */
    List<DataQualityRow> supersededFindings() {
        Map<String, StoredFacts.Meeting> winners = new HashMap<>();
        meetings.forEach(m -> winners.put(m.meetingId(), m));
        List<DataQualityRow> rows = new ArrayList<>();
        for (StoredFacts.Meeting m : reports) {
            if (!meetingOfSource.containsKey(m.source())) {
                StoredFacts.Meeting winner = winners.get(m.meetingId());
                rows.add(DataQualityRow.of(m.source(), "file", FindingCode.SUPERSEDED_REPORT, "Meeting "
                        + m.meetingId() + " is also described by " + winner.source() + " (" + winner.reportStatus()
                        + "), whose facts are exported instead"));
            }
        }
        return rows;
    }

    /** Lists and statements whose meeting has no report yet, one AWAITING_REPORT finding per file and symbol. */
    List<DataQualityRow> awaitingFindings() {
        List<DataQualityRow> rows = new ArrayList<>();
        for (FactSource.SourceSymbol s : new java.util.LinkedHashSet<>(symbols)) {
            List<String> ofSeries = bySymbol.meetingsOfSeries(s.symbol());
            if (org.rapporteur.participants.MeetingSymbols.isFileKey(s.symbol())) {
                if (reportMeeting(s.symbol()).isEmpty()) {
                    rows.add(DataQualityRow.of(s.source(), "file", FindingCode.MISSING_MEETING, "The list names "
                            + "its meeting nowhere (no Meeting column; no symbol, session or series in a title line, "
                            + "the sheet's or the file's name), and no report read has the list's file name but for a "
                            + "word such as \"report\": its rows are kept under " + canonical(s.symbol())
                            + ", joined to no meeting; give the file the report's symbol with \"/\" written as \"_\" "
                            + "(e.g. UNODC_CCPCJ_EG.4_2019_2-participants.csv) or a title line naming it"));
                }
            } else if (reportMeeting(s.symbol()).isEmpty() && ofSeries.size() > 1) {
                // never a guess between two sessions of the series
                rows.add(DataQualityRow.of(s.source(), "file", FindingCode.AWAITING_REPORT, "The file names the "
                        + "series " + canonical(s.symbol()) + " but not which session: " + ofSeries.size()
                        + " meetings of that series are known (" + String.join(", ", ofSeries) + "); its rows are "
                        + "kept under " + canonical(s.symbol()) + ", joined to none: name the session (a Meeting "
                        + "column, the report's symbol in the file name, or the session in the title)"));
            } else if (reportMeeting(s.symbol()).isEmpty()) {
                rows.add(DataQualityRow.of(s.source(), "file", FindingCode.AWAITING_REPORT, "No report of meeting "
                        + canonical(s.symbol()) + " has been read yet: these rows are kept under that symbol and "
                        + "joined to the meeting when its report arrives"));
            }
        }
        return rows;
    }

    /** The meeting of a list or statement row: the meeting of the report with that symbol, else the symbol. */
    String meetingOf(String symbol) {
        return reportMeeting(symbol).orElse(canonical(symbol));
    }

    /** The meeting of the report a symbol names, however it is typed ({@link ReportSymbols#meeting}). */
    Optional<String> reportMeeting(String symbol) {
        return bySymbol.meeting(symbol);
    }

    /** A symbol as compared ({@link ReportSymbols#canonical}). */
    static String canonical(String symbol) {
        return ReportSymbols.canonical(symbol);
    }
}
