package org.rapporteur.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.participants.MeetingSymbols;

/**
 * The meetings of the reports read, by their symbols as compared ({@link #canonical}), so that a list or statements
 * file finds its meeting however it types the symbol. Split from {@link MeetingIndex}.
 */
final class ReportSymbols {

    /** A word joined to a symbol by a dot, as in a file name "…_2019_2.final.csv": not part of the symbol. */
    private static final Pattern TRAILING_WORD = Pattern.compile("(?<=\\d)\\.[A-Z]{2,}$");
    /** The part of a report issued in parts, as compared ("E/2026/32 (Part I)" → "…(PARTI"). */
    private static final Pattern PART = Pattern.compile("\\(PART(?:IE|E)?[IVX]+\\)?$");

    private final Map<String, String> meetingOfSymbol = new HashMap<>();
    /**
     * The meeting of a report issued in parts by its symbol without the part ("E/2026/32"), for a list that names it so;
     * "" where two parts are different meetings, which such a list cannot tell apart.
     */
    private final Map<String, String> meetingOfWhole = new HashMap<>();

    /**
     * The meeting of a session by the parts its documents share ({@link #sessionKey}): "C-31" for "C-31/5" and its list
     * of participants "C-31/INF/1"; "" where two meetings share them.
     */
    private final Map<String, String> meetingOfSession = new HashMap<>();

    /** The meeting of a body series ("ATT/CSP10"), "" where two meetings are of that series. */
    private final Map<String, String> meetingOfBody = new HashMap<>();
    /** The meeting of a session number, "" where two meetings have that number. */
    private final Map<Integer, String> meetingOfNumber = new HashMap<>();

    /** A meeting's body series and session number, for a list naming its session only ({@link #sameSession}). */
    void addSession(String body, Integer sessionNumber, String meetingId) {
        String canonicalBody = body != null && !body.isBlank() ? canonical(body) : null;
        if (canonicalBody != null) {
            meetingOfBody.merge(canonicalBody, meetingId, (a, b) -> a.equals(b) ? a : "");
            meetingsOfBody.computeIfAbsent(canonicalBody, k -> new java.util.HashSet<>()).add(meetingId);
        }
        if (sessionNumber != null) {
            meetingOfNumber.merge(sessionNumber, meetingId, (a, b) -> a.equals(b) ? a : "");
        }
        if (canonicalBody != null && sessionNumber != null) {
            shortForms.add(new ShortForm(List.of(canonicalBody.split("/")), sessionNumber, meetingId));
        }
    }

    /**
     * A meeting's body series split at its slashes ("UNEP", "OECPR.8") and its session number, for a list that names
     * the meeting by a short form of it ({@link #shortForm}).
     */
    private record ShortForm(List<String> series, int session, String meetingId) {

        /** The series' last part without the session joined to it: "OECPR.8" → "OECPR", "CSP10" → "CSP". */
        String tail() {
            String last = series.get(series.size() - 1);
            String stripped = last.replaceFirst("[.\\-]?0*" + session + "$", "");
            return stripped.matches(".*[A-Z]") ? stripped : last;
        }

        /** Whether the parts written before the acronym ("CBD/") are the parts before the series' last, in order. */
        boolean endsWith(List<String> before) {
            if (before.size() > series.size() - 1) {
                return false;
            }
            return series.subList(series.size() - 1 - before.size(), series.size() - 1).equals(before);
        }
    }

    private final List<ShortForm> shortForms = new java.util.ArrayList<>();

    /**
     * Whether a meeting found by a weaker name agrees with the strongest name a file gives: a short form ("ABC/12",
     * "ABC12") numbers that meeting's session; a list's own symbol ("A/BC.9/C.2/2027/INF/1") is of that meeting's
     * series or a series under it.
     */
    private boolean agrees(String strongest, String meetingId) {
        String key = canonical(strongest);
        Matcher shortForm = SHORT.matcher(key);
        List<ShortForm> of = shortForms.stream().filter(f -> f.meetingId().equals(meetingId)).toList();
        Matcher id = MEETING_ID.matcher(key);
        if (id.matches()) {
            // "ABC/DEF#4" whose series no report has: a weaker name's meeting of session 4 agrees
            int number = Integer.parseInt(id.group(2));
            return of.stream().anyMatch(f -> f.session() == number);
        }
        if (shortForm.matches()) {
            int number = Integer.parseInt(shortForm.group(3));
            return of.stream().anyMatch(f -> f.session() == number);
        }
        List<String> parts = List.of(key.split("/"));
        return of.stream().anyMatch(f -> parts.size() > f.series().size()
                && parts.subList(0, f.series().size()).equals(f.series()));
    }

    /** A meeting's key as a report makes it ({@link org.rapporteur.report.MeetingReport#meetingId()}): "CTOC/COP#13". */
    private static final Pattern MEETING_ID = Pattern.compile("^(.+)#0*(\\d{1,3})$");

    /** The only meeting of a body series and session number ({@link #addSession}), none where two or none are. */
    private Optional<String> onlyOf(String series, int session) {
        List<String> series0 = List.of(series.split("/"));
        List<String> found = shortForms.stream().filter(f -> f.session() == session && f.series().equals(series0))
                .map(ShortForm::meetingId).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The meetings of a body series a list names alone ("A/AC.291", without its session), for the finding that says
     * the list cannot be joined where two are known.
     */
    List<String> meetingsOfSeries(String series) {
        return meetingsOfBody.getOrDefault(canonical(series), java.util.Set.of()).stream().sorted().toList();
    }

    private final Map<String, java.util.Set<String>> meetingsOfBody = new HashMap<>();

    /** A series and the session after it: "A/BC.9/WG.III/41" (the series "A/BC.9/WG.III", session 41). */
    private static final Pattern SERIES_THEN_SESSION = Pattern.compile("^([A-Z][A-Z0-9.()\\-]*(?:/[A-Z][A-Z0-9.()\\-]*)+)"
            + "/0*(\\d{1,3})(?:/.*)?$");

    /**
     * The meeting of a subsidiary body's session whose report is issued in its parent's series: a list of "A/BC.9/WG.III
     * /41" (a working group's 41st session) finds the only meeting of the body "A/BC.9" numbered 41; none where the
     * session numbers differ or two meetings fit.
     */
    private String subsidiarySeries(String canonicalSymbol) {
        Matcher m = SERIES_THEN_SESSION.matcher(canonicalSymbol);
        if (!m.matches()) {
            return "";
        }
        List<String> series = List.of(m.group(1).split("/"));
        int number = Integer.parseInt(m.group(2));
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (ShortForm form : shortForms) {
            if (form.session() == number && series.size() > form.series().size()
                    && series.subList(0, form.series().size()).equals(form.series())) {
                found.add(form.meetingId());
            }
        }
        return found.size() == 1 ? found.iterator().next() : "";
    }

    /**
     * A short form of a meeting's symbol: the body's acronym and its session, with or without the parts before it
     * ("SBSTTA/28", "SBSTTA-28", "CBD/SBSTTA/28", "OECPR-8", "CFS54", "UNEP/CHW/OEWG.15"), as lists' file names,
     * title lines and Meeting cells write it.
     */
    private static final Pattern SHORT = Pattern.compile("^((?:[A-Z][A-Z0-9.]*/)*)([A-Z]{2,12})[/.\\-]?0*(\\d{1,3})$");

    /**
     * The meeting a short form names ({@link #SHORT}): the only meeting of that session number whose series ends in
     * that acronym (and the parts written before it), else the only one whose series' last acronym starts with it
     * ("SB" of "FCCC/SBI"); none where two meetings fit, or where the acronym is no part of any series (a body's
     * initials, "XYZ70", are not guessed from a session number alone).
     */
    private String shortForm(String canonicalSymbol) {
        String session = sessionKey(canonicalSymbol);
        Matcher m = SHORT.matcher(session.isEmpty() ? canonicalSymbol : session);
        if (!m.matches()) {
            return "";
        }
        List<String> before = m.group(1).isEmpty() ? List.of()
                : List.of(m.group(1).substring(0, m.group(1).length() - 1).split("/"));
        String acronym = m.group(2);
        int number = Integer.parseInt(m.group(3));
        for (boolean exact : new boolean[] {true, false}) {
            java.util.Set<String> found = new java.util.TreeSet<>();
            for (ShortForm form : shortForms) {
                String tail = form.tail().replaceAll("[^A-Z0-9]", "");
                // the second pass: an acronym that drops the last letter of the series' ("AB" of "ABC"), no more
                boolean fits = exact ? tail.equals(acronym)
                        : tail.length() == acronym.length() + 1 && tail.startsWith(acronym);
                if (form.session() == number && fits && form.endsWith(before)) {
                    found.add(form.meetingId());
                }
            }
            if (found.size() == 1) {
                return found.iterator().next();
            }
            if (found.size() > 1) {
                return "";
            }
        }
        return "";
    }

    /** A title that names a session by its number ({@code "Commission on Narcotic Drugs, session 67"}). */
    private static final Pattern TITLE_SESSION = Pattern.compile("(?i).*\\bsession (\\d{1,3})$");

    /**
     * The symbols of a report's file name beyond its first, for a joint report ("E_2025_42-E_CN.18_2025_8.txt" is
     * also E/CN.18/2025/8): a list may name either.
     */
    static List<String> jointSymbols(String source) {
        String name = source == null ? "" : EXTENSION.matcher(source.substring(source.lastIndexOf('/') + 1))
                .replaceFirst("");
        String[] parts = JOINT_SYMBOL.split(name);
        List<String> symbols = new java.util.ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            org.rapporteur.report.ReportSymbol.parse(parts[i].replace('_', '/')).ifPresent(s -> symbols.add(s.text()));
        }
        return symbols;
    }

    /** The meeting of a report by its file's stem ({@link MeetingSymbols#fileStem}), "" where two meetings share it. */
    private final Map<String, String> meetingOfStem = new HashMap<>();

    /** A report's file and its meeting, for a list named by its file alone ({@link MeetingSymbols#fileKey}). */
    void addSource(String source, String meetingId) {
        String stem = MeetingSymbols.fileStem(source);
        if (!stem.isEmpty()) {
            meetingOfStem.merge(stem, meetingId, (a, b) -> a.equals(b) ? a : "");
        }
    }

    /** A report's symbol and its meeting. */
    void add(String reportSymbol, String meetingId) {
        String key = canonical(reportSymbol);
        meetingOfSymbol.put(key, meetingId);
        String session = sessionKey(key);
        if (!session.isEmpty()) {
            meetingOfSession.merge(session, meetingId, (a, b) -> a.equals(b) ? a : "");
        }
        Matcher part = PART.matcher(key);
        if (part.find()) {
            meetingOfWhole.merge(key.substring(0, part.start()), meetingId, (a, b) -> a.equals(b) ? a : "");
        }
    }

    /**
     * The meeting of the report a symbol names, however it is typed ("unodc/ccpcj/eg.4/2019/2",
     * "UNODC_CCPCJ_EG.4_2019_2", a trailing "." or "*"), and also when words follow the report's symbol, as file names
     * add them ("…/2019/2/E", "…/2019/2/FINAL"): the longest leading part that is a report's symbol. A report issued
     * in parts ("E/2026/32 (Part I)") is also found by its symbol alone, where only one part has been read, and a
     * part named by a list is found in a report whose symbol was read without it.
     */
    Optional<String> meeting(String symbol) {
        if (symbol != null && symbol.contains(ALTERNATIVES)) {
            // the names a list gives its meeting, strongest first: the first, else the first weaker name that finds
            // a meeting agreeing with it (of its series, or of the session its short form numbers)
            List<String> names = MeetingSymbols.names(symbol);
            Optional<String> first = meeting(names.get(0));
            if (first.isPresent()) {
                return first;
            }
            for (int i = 1; i < names.size(); i++) {
                Optional<String> meeting = meeting(names.get(i));
                if (meeting.isPresent() && agrees(names.get(0), meeting.get())) {
                    return meeting;
                }
            }
            return Optional.empty();
        }
        if (MeetingSymbols.isFileKey(symbol)) {
            // a list that names its meeting nowhere: the only report whose file name is the list's but for the words
            // saying which file is which ("…_eg.csv" and "…_eg-report.txt"), none where two are
            String stem = MeetingSymbols.fileStem(symbol.strip());
            return Optional.ofNullable(stem.isEmpty() ? null : meetingOfStem.get(stem)).filter(m -> !m.isEmpty());
        }
        String key = canonical(symbol);
        Matcher id = MEETING_ID.matcher(key);
        if (id.matches()) {
            // a list keyed as a report's meeting ("CTOC/COP#13", from its title's session and body): the only meeting
            // of that body series and session, never another session of the series
            return onlyOf(id.group(1), Integer.parseInt(id.group(2)));
        }
        Matcher part = PART.matcher(key);
        if (part.find() && !meetingOfSymbol.containsKey(key)) {
            // a list naming the part of a report read without it ("E/2026/32 (Part I)" for "E/2026/32")
            String whole = key.substring(0, part.start());
            if (meetingOfSymbol.containsKey(whole)) {
                return Optional.of(meetingOfSymbol.get(whole));
            }
        }
        while (true) {
            String meeting = meetingOfSymbol.get(key);
            if (meeting == null && !meetingOfWhole.getOrDefault(key, "").isEmpty()) {
                meeting = meetingOfWhole.get(key);
            }
            if (meeting != null) {
                return Optional.of(meeting);
            }
            Matcher word = TRAILING_WORD.matcher(key);
            if (word.find()) {
                key = key.substring(0, word.start());
                continue;
            }
            int cut = key.lastIndexOf('/');
            if (cut <= 0 || key.substring(0, cut).chars().filter(c -> c == '/').count() < 2
                    && !meetingOfSymbol.containsKey(key.substring(0, cut))) {
                return sameSession(symbol);
            }
            key = key.substring(0, cut);
        }
    }

    /**
     * The only meeting whose report shares a symbol's session parts, for a symbol no report carries: a list named by
     * its own symbol ("C-31/INF/1", "E/ESCWA/C.6/2026/INF.1") finds the report of its session ("C-31/5",
     * "E/ESCWA/C.6/2026/9"); nothing where two meetings share the parts (a body whose symbols carry no session).
     */
    private Optional<String> sameSession(String symbol) {
        String session = sessionKey(canonical(symbol));
        String meeting = session.isEmpty() ? "" : meetingOfSession.getOrDefault(session, "");
        if (meeting.isEmpty()) {
            // the session's parts alone ("E/CN.18/2025" for the report "E/CN.18/2025/8")
            meeting = meetingOfSession.getOrDefault(canonical(symbol), "");
        }
        if (meeting.isEmpty()) {
            meeting = subsidiarySeries(canonical(symbol));
        }
        if (meeting.isEmpty()) {
            // "ATT/CSP10/2024/SEC/802/Conf.PartList": the only meeting of the body series "ATT/CSP10"
            meeting = org.rapporteur.report.ReportSymbol.parse(symbol == null ? "" : symbol.strip())
                    .map(s -> meetingOfBody.getOrDefault(canonical(s.series()), "")).orElse("");
        }
        if (meeting.isEmpty()) {
            // "A/AC.291" alone, a series without its session: the only meeting of that series, none where two are
            meeting = meetingOfBody.getOrDefault(canonical(symbol), "");
        }
        if (meeting.isEmpty()) {
            meeting = shortForm(canonical(symbol));
        }
        Matcher title = TITLE_SESSION.matcher(symbol == null ? "" : symbol.strip());
        if (meeting.isEmpty() && symbol.indexOf('/') < 0 && title.matches()) {
            // a list named by its title only ("… sixty-seventh session"): the only meeting of that session number
            meeting = meetingOfNumber.getOrDefault(Integer.parseInt(title.group(1)), "");
        }
        return meeting.isEmpty() ? Optional.empty() : Optional.of(meeting);
    }

    // compiled once: the index of meetings reads every report's symbol, body and file name at each export
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z]+$");
    private static final Pattern JOINT_SYMBOL = Pattern.compile("-(?=[A-Z][A-Za-z]*_)");
    private static final Pattern NUMBERED = Pattern.compile("\\d+|(?:L|CRP|INF|MISC|DEC|RES|REP)\\.?\\d+");
    private static final Pattern SESSION_PART = Pattern.compile("\\d+|.*-\\d{1,3}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[^A-Z0-9]+$");
    /** A document's number, or a marker and its number, at the end of a symbol: "5", "INF/1", "L.2", "ADD.1". */
    private static final Pattern DOCUMENT_PART = Pattern.compile("\\d+|(?:L|CRP|INF|ADD|CORR|REV|MISC|DEC|RES|REP)"
            + "\\.?\\d*|\\(PART(?:IE|E)?[IVX]+\\)");

    /**
     * A canonical symbol without its document's number and markers ("C-31/INF/1" → "C-31", "UNEP/OZL.PRO.WG.1/47/5"
     * → "UNEP/OZL.PRO.WG.1/47"); "" where what is left does not end in a session ("A/AC.291/INF/3": 291 numbers the
     * body) or nothing is left but the organ's letter.
     */
    static String sessionKey(String canonical) {
        List<String> parts = new java.util.ArrayList<>(List.of(PART.matcher(canonical).replaceAll("")
                .split("/")));
        int before = parts.size();
        boolean number = false;
        while (parts.size() > 1 && DOCUMENT_PART.matcher(parts.get(parts.size() - 1)).matches()) {
            // one document number only ("…/47/5": 47 is the session; "…/2026/INF.1": 2026 is the year), with the
            // markers around it ("INF/1", "5/ADD.1")
            String last = parts.get(parts.size() - 1);
            boolean numbered = NUMBERED.matcher(last).matches();
            if (numbered && number) {
                break;
            }
            number |= numbered;
            parts.remove(parts.size() - 1);
        }
        // the last part left must number a session ("47", "C-31", "2026"); in "A/AC.291" the digits number the body
        String last = parts.get(parts.size() - 1);
        boolean session = SESSION_PART.matcher(last).matches();
        return parts.size() == before || !session ? "" : String.join("/", parts);
    }

    /**
     * Between the names a list or statements file gives its meeting, strongest first ({@code
     * org.rapporteur.participants.MeetingSymbols#ALTERNATIVES}): its file name's symbol, a title's symbol, a title's
     * session in words, a file name's short form.
     */
    static final String ALTERNATIVES = org.rapporteur.participants.MeetingSymbols.ALTERNATIVES;

    /**
     * A symbol as compared: upper case, "/" for "_", no spaces, no trailing punctuation; of several names, the first.
     */
    static String canonical(String symbol) {
        symbol = MeetingSymbols.strongest(symbol);
        if (MeetingSymbols.isFileKey(symbol)) {
            // a file's name, as written: never a symbol
            return symbol.strip();
        }
        String key = symbol == null ? "" : SPACES.matcher(symbol.strip().toUpperCase(Locale.ROOT).replace('_', '/'))
                .replaceAll("");
        return TRAILING_PUNCTUATION.matcher(key).replaceAll("");
    }
}
