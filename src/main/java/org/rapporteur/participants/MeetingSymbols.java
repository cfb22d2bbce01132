package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.report.ReportSymbol;

/** The report symbol at the start of a file name, with "/" written as "_": {@code CTOC_COP_WG.2_2024_3-list.xlsx}. */
public final class MeetingSymbols {

    // compiled once: the export's index of meetings reads every report's file name and names
    private static final Pattern FILE_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    /** The symbol's first parts; a series may carry its session after a hyphen ("C-31_5-list.csv" names "C-31/5"). */
    private static final Pattern LEADING = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9._()]*(?:-\\d{1,3}(?=_))?[A-Za-z0-9._()]*[A-Za-z0-9)])");
    private static final Pattern AFTER_SERIES = Pattern.compile("^(\\d[A-Za-z0-9._()]*[A-Za-z0-9)])");
    /** A series in capitals, a space and the session: "MEPC 84_18_list.csv" names "MEPC 84/18" ({@link ReportSymbol}). */
    private static final Pattern SESSION_AFTER_SERIES = Pattern.compile("^([A-Z]{2,10}) +(?=\\d{1,3}_)");

    private MeetingSymbols() {
    }

    /**
     * The symbol a file name starts with; where none does with "_" for "/", one written with "-" for "/"
     * ({@code UNEP-MC-COP.6-24_speakers.csv} names "UNEP/MC/COP.6/24").
     */
    public static Optional<String> fromFileName(String fileName) {
        Optional<String> symbol = startingSymbol(fileName);
        if (symbol.isPresent()) {
            return symbol;
        }
        // a short form of the meeting before the symbol: "XYZ12_A-B.3-2026-INF-1_list.csv" names "A/B.3/2026/INF/1"
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher shortForm = SHORT_FORM.matcher(name);
        return shortForm.find() && shortForm.end() < name.length() ? startingSymbol(name.substring(shortForm.end()))
                : Optional.empty();
    }

    private static Optional<String> startingSymbol(String fileName) {
        Optional<String> symbol = leading(fileName);
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        return symbol.isPresent() || !name.contains("-") ? symbol : leading(name.replace('-', '_'));
    }

    /**
     * A body's acronym and its session at the start of a file name, as secretariats name their files ("XYZ12_…",
     * "XYZ-12_…", "XYZ 12 …"), followed by a separator.
     */
    private static final Pattern SHORT_FORM = Pattern.compile("^((?:[A-Z]{2,12}[-_])*)([A-Z]{2,12})[-_ ]?0*(\\d{1,3})"
            + "(?:[-_ .]|$)");

    /**
     * The short form a file name starts with ("ABCD12_list.tsv" → "ABCD12", "XY_ABCD12_list.xlsx" → "XY/ABCD12"), for a file whose name carries no symbol:
     * the join finds the only meeting whose series ends in (or starts its last part with) that acronym and whose
     * session has that number, and none where the acronym is no part of a series; "" for none.
     */
    public static String shortForm(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher m = SHORT_FORM.matcher(name);
        // the series' parts before the acronym are kept ("ABC_DEF12_list.xlsx" → "ABC/DEF12")
        return m.find() ? m.group(1).replaceAll("[-_]", "/") + m.group(2) + m.group(3) : "";
    }

    private static Optional<String> leading(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot + 1).matches("(?i)csv|tsv|xlsx|xlsm|txt")) {
            name = name.substring(0, dot);
        }
        Matcher spaced = SESSION_AFTER_SERIES.matcher(name);
        String series = "";
        if (spaced.find()) {
            series = spaced.group(1) + " ";
            name = name.substring(spaced.end());
        }
        Matcher m = (series.isEmpty() ? LEADING : AFTER_SERIES).matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        // the longest prefix that is a symbol: "UNODC_CCPCJ_EG.4_2019_2_participants" → "UNODC/CCPCJ/EG.4/2019/2"
        String candidate = series + m.group(1).replace('_', '/');
        // a symbol's parts are codes ("CCPCJ", "EG.4", "C.I", "2019", "L.1", "Conf.FinRep.Rev1", "Add.2", a session in
        // brackets "COP(17)", a Codex report's "REP25") or the few
        // words symbols end with ("Report"): stop at the first other word ("registrations")
        String[] parts = candidate.split("/");
        int keep = parts.length;
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].matches("[A-Z0-9.]*\\d[A-Za-z0-9.]*|[A-Z]+(?:\\.[A-Z0-9]+)*(?:\\(\\d+\\))?|Report"
                    + "|[A-Z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+")) {
                keep = i;
                break;
            }
        }
        candidate = String.join("/", java.util.Arrays.copyOf(parts, keep));
        for (int end = candidate.length(); end > 0; end = candidate.lastIndexOf('/', end - 1)) {
            Optional<ReportSymbol> symbol = ReportSymbol.parse(candidate.substring(0, end));
            if (symbol.isPresent() && symbol.get().text().equals(candidate.substring(0, end))) {
                return Optional.of(symbol.get().text());
            }
            if (end <= 0) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * What a list that names its meeting nowhere is kept under: {@code "file:"} and its file's name
     * ({@code "file:lop_tides.csv"}). The join takes it to the meeting of the only report whose file name is the
     * list's but for the words that say which file is which ({@link #fileStem}); where none is, the list's rows are
     * kept under this key, joined to no meeting, and the export says why.
     */
    public static String fileKey(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "" : FILE_KEY + name;
    }

    /** Whether a meeting's name is a {@link #fileKey}. */
    public static boolean isFileKey(String name) {
        return name != null && name.startsWith(FILE_KEY);
    }

    private static final String FILE_KEY = "file:";

    /**
     * The words of a file name that say which of a meeting's files it is (its report, its list of participants, a
     * draft, a language version), in English, French and Spanish: not part of what names the meeting.
     */
    private static final java.util.Set<String> FILE_ROLE_WORDS = java.util.Set.of("report", "rapport", "informe",
            "draft", "final", "projet", "proyecto", "participants", "participant", "participantes", "list", "liste",
            "lista", "lop", "of", "de", "des", "du", "del", "la", "le", "los", "the", "annex", "annexe", "anexo",
            "attendance", "delegates", "delegations", "delegaciones", "registration", "registrations", "inscriptions",
            "inscripciones", "en", "fr", "es", "eng", "fre", "spa", "file", "fichier");

    /**
     * What a file's name says of its meeting: its words in lower case, without accents, its extension or the words
     * that say which of the meeting's files it is ({@link #FILE_ROLE_WORDS}), joined by "_":
     * "list2_prison_rules_eg.csv" and "List2-Prison-Rules-EG-report.txt" both give "list2_prison_rules_eg"; "" for a
     * name of such words only ("participants.csv"), which names no meeting.
     */
    public static String fileStem(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
        name = FILE_EXTENSION.matcher(name).replaceFirst("");
        String folded = MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(java.util.Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER_OR_DIGIT.split(folded)) {
            if (!word.isEmpty() && !FILE_ROLE_WORDS.contains(word)) {
                words.add(word);
            }
        }
        String stem = String.join("_", words);
        // one short word ("wg", "a1") is too little to pair two files by
        return stem.replace("_", "").length() < 4 ? "" : stem;
    }

    /**
     * Between the names a file gives its meeting, strongest first, all kept so that the join takes the first that finds
     * a meeting's report (a file name's "ABC_12" that no series holds gives way to the title's session in words).
     */
    public static final String ALTERNATIVES = " | ";
    private static final Pattern ALTERNATIVES_SEPARATOR = Pattern.compile(Pattern.quote(ALTERNATIVES));

    /** The names {@link #alternatives} joined, strongest first (one name where none was joined). */
    public static List<String> names(String joined) {
        return List.of(ALTERNATIVES_SEPARATOR.split(joined));
    }

    /** The strongest of the names {@link #alternatives} joined; null for null. */
    public static String strongest(String joined) {
        return joined == null ? null : names(joined).get(0);
    }

    /**
     * The names given, strongest first, without the empty ones and repeats, joined by {@link #ALTERNATIVES}; a report's
     * symbol alone where the strongest is one (the join then never looks further), all of them where the strongest is
     * a list's own symbol ("…/INF/1") or a short form ("ABC/12"), which the weaker may complete where they agree with
     * it (the join's part).
     */
    static String alternatives(String... names) {
        List<String> given = java.util.Arrays.stream(names).filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList();
        if (given.isEmpty()) {
            return "";
        }
        String first = given.get(0);
        for (String later : given.subList(1, given.size())) {
            if (completes(later, first)) {
                // "ABC/DEF/2031" in the file name, "(ABC/DEF/2031/6)" in the title: the title's is the report
                List<String> reordered = new ArrayList<>(given);
                reordered.remove(later);
                reordered.add(0, later);
                given = reordered;
                first = later;
                break;
            }
        }
        Optional<ReportSymbol> symbol = ReportSymbol.parse(first);
        boolean report = symbol.isPresent() && !symbol.get().isListOfParticipants()
                && !first.matches("(?i)[A-Z]{2,12}[/ \\-]?\\d{1,3}") && !first.toUpperCase(java.util.Locale.ROOT)
                .matches(".*/INF\\.\\d+.*");
        return report ? first : String.join(ALTERNATIVES, given);
    }

    /** Whether a symbol is a stronger one's parts with more after them ("A/B/2024/6" completes "A/B/2024"). */
    private static boolean completes(String longer, String shorter) {
        String l = longer.toUpperCase(java.util.Locale.ROOT).replace('_', '/');
        String s = shorter.toUpperCase(java.util.Locale.ROOT).replace('_', '/');
        return l.startsWith(s + "/") && ReportSymbol.parse(longer).filter(r -> !r.isListOfParticipants()).isPresent()
                && !l.matches(".*/INF[./]\\d+.*");
    }

    /**
     * The meeting of a row: its Meeting cell, unless the cell is empty or numbers the sitting ("3", "12th meeting")
     * where the file name or a title row names the report ({@code named}, "" when neither does); where neither does,
     * the session and body the cell names in words ({@link TitleRows#meeting}), "" for none.
     */
    static String ofRow(String cell, String named) {
        if (isSymbol(cell) || !named.isEmpty() || cell == null) {
            return isSymbol(cell) ? cell : named;
        }
        // an Event column's title: "Thirteenth session of the Conference of the Parties …", "Board on Tides, session 4"
        // (a session without its body, "12th meeting", numbers a sitting)
        String session = TitleRows.session(List.of(cell));
        return session.startsWith("session ") ? "" : TitleRows.meeting(session, "");
    }

    /** Whether a cell is a symbol, however typed (lower case, "_" for "/"); a plain number ("3") is a sitting. */
    static boolean isSymbol(String cell) {
        if (cell == null || cell.isBlank() || cell.strip().matches("\\d+")) {
            return false;
        }
        String upper = cell.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9)]+$", "");
        if (SERIES_WITH_SESSION.matcher(upper.replace('_', '/')).matches()) {
            return true;
        }
        return ParticipantListReader.isSymbol(cell) || ParticipantListReader.isSymbol(upper)
                || ParticipantListReader.isSymbol(upper.replace('_', '/'));
    }

    /**
     * A body's series with its session joined to its last part and no document number ("ABC/DEF/WG.15", "XY/OPQ-3"),
     * as a Meeting column of a registration system names the session: joined to the report of that series and session.
     */
    private static final Pattern SERIES_WITH_SESSION = Pattern.compile("[A-Z][A-Z0-9]*(?:/[A-Z0-9.\\-]+)*/[A-Z]{2,12}"
            + "[.\\-]\\d{1,3}");

    /**
     * A symbol printed somewhere in a text (a title line "Conference of the States Parties, 31st session (C-31/5) –
     * List of participants"): the first that is no list of participants ({@code …/INF/1}), else the first of those
     * (a list's own symbol names its session, to which the join falls back); "" for none. A plain number is never
     * a symbol.
     */
    static String inText(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return "";
        }
        String list = "";
        Matcher m = MENTIONED.matcher(text);
        while (m.find()) {
            String candidate = m.group().replaceAll("[.,;:)\\]]+$", "");
            if (candidate.chars().filter(c -> c == '(').count() > candidate.chars().filter(c -> c == ')').count()) {
                candidate = candidate.substring(0, candidate.lastIndexOf('('));
            }
            Optional<ReportSymbol> symbol = ReportSymbol.parse(candidate);
            if (symbol.isEmpty()) {
                continue;
            }
            if (!symbol.get().isListOfParticipants()) {
                return symbol.get().text();
            }
            list = list.isEmpty() ? symbol.get().text() : list;
        }
        return list;
    }

    /** A run of text shaped like a symbol: a series (with a session after a space or hyphen) and slashed parts. */
    private static final Pattern MENTIONED = Pattern.compile("(?<![\\p{L}\\d/])[A-Z][A-Za-z0-9.()\\-]*"
            + "(?:\\s\\d{1,3})?(?:/[A-Za-z0-9.()\\-]+)+(?:\\s?\\((?:Part|Partie|Parte)\\s[IVX]+\\))?");
}
