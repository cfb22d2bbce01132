package org.rapporteur.participants;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.report.ReportSymbol;

/**
 * Reads a list of participants as a registration system exports it (CSV or Excel). The header row is found among the
 * first rows by its names; the meeting comes from the Meeting column, else from the file name, which starts with the
 * report symbol with "/" written as "_" ({@code UNODC_CCPCJ_EG.4_2019_2-participants.csv}). A row without a name,
 * without a delegation, with an unknown delegation or with fewer cells than the header is rejected with its line; the
 * other rows load. Messages name lines, never persons.
 */
public final class ParticipantListReader {

    private static final int HEADER_SEARCH_ROWS = 10;
    /** Lines of a later sheet start at its index times this (an Excel sheet has at most 1,048,576 rows). */
    public static final int SHEET_LINES = 10_000_000;
    private static final Pattern HEAD = Pattern.compile("(?i)(?<!deputy )(?<!alternate )(?<!vice[- ])(?<!adjoint )"
            + "\\b(?:head of (?:the )?delegation|chef(?:fe)? de (?:la )?d[ée]l[ée]gation|jef[ae] de (?:la )?"
            + "delegaci[óo]n)\\b");
    /** Not the head: a deputy or alternate, someone working for the head, a former head. */
    private static final Pattern NOT_HEAD = Pattern.compile("(?i)\\b(?:deputy|alternate|vice|acting[- ]deputy|"
            + "adjoint[e]?|suplente|altern[oa]|former|ex)\\W+(?:head|chef|jef)|\\b(?:to|of|for|du|de la|del|de)\\s+"
            + "(?:the\\s+)?(?:head|chef|jef[ea])\\s+(?:of|de)\\b|(?:d[ée]l[ée]gation|delegation|delegaci[óo]n)\\W+"
            + "(?:adjoint[e]?|suplente|altern[oa]|deputy)\\b");
    private static final Pattern CHECKED = Pattern.compile("(?i)\\s*(?:yes|y|true|1|x|checked(?:[- ]in)?|oui|s[ií]|"
            + "present|attended|[\u2713\u2714\u2611\u2705])\\s*");
    /** A date or time in a check-in column (when the badge was collected): the person came. */
    private static final Pattern CHECK_IN_TIME = Pattern.compile("\\s*\\d{1,4}[-/.:]\\d{1,2}(?:[-/.:]\\d{1,4})?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:[AP]M)?\\s*", Pattern.CASE_INSENSITIVE);
    /** "Total", "Grand total: 52": a summary line under the list, not a person. */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\s*(?:grand\\s+)?(?:total|sum|totals)\\b.*");

    private final NameResolver resolver;

    public ParticipantListReader(NameResolver resolver) {
        this.resolver = resolver;
    }

    /** Reads a CSV list. {@code fileName} gives the meeting when the list has no Meeting column. */
    public ParticipantList readCsv(String fileName, String text) {
        try {
            return read(fileName, List.of(new TabularFile.Sheet("", TabularFile.csv(text, ParticipantListReader::isHeader))));
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable CSV file: " + e.getMessage());
        }
    }

    /** Reads an Excel list: every visible sheet with a header row. */
    public ParticipantList readXlsx(String fileName, byte[] bytes) {
        try {
            return read(fileName, TabularFile.sheets(bytes));
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable Excel workbook: " + e.getMessage());
        }
    }

    /**
     * Every sheet with a header row is read (a workbook may put observers on a sheet of their own); a person listed on
     * two sheets is counted once. Rows of a second sheet are named with their sheet.
     */
    private ParticipantList read(String fileName, List<TabularFile.Sheet> sheets) {
        List<Delegate> delegates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        boolean anyHeader = false;
        for (int i = 0; i < sheets.size(); i++) {
            TabularFile.Sheet sheet = sheets.get(i);
            if (sheet.lines().stream().allMatch(TabularFile.Line::isBlank)) {
                continue;
            }
            if (headerRow(sheet.lines()).isEmpty()) {
                if (i > 0) {
                    findings.add(Finding.inFile(FindingCode.MISSING_COLUMN, "Sheet \"" + sheet.name() + "\" has no "
                            + "header row naming a delegation and a name in its first " + HEADER_SEARCH_ROWS
                            + " rows; it is not read"));
                }
                continue;
            }
            anyHeader = true;
            ParticipantList part = read(fileName, i == 0 ? "" : "sheet \"" + sheet.name() + "\" ", i, sheet.lines(),
                    seen);
            if (part.delegates().isEmpty() && !part.findings().isEmpty()
                    && part.findings().stream().allMatch(f -> f.location().equals("file"))) {
                return part;
            }
            delegates.addAll(part.delegates());
            findings.addAll(part.findings());
        }
        if (!anyHeader) {
            return refused(FindingCode.MISSING_COLUMN, "No header row naming a Delegation (or Country, Organization, "
                    + "Entity) column and a First Name or Last Name column in the first " + HEADER_SEARCH_ROWS
                    + " rows");
        }
        return new ParticipantList(delegates, findings);
    }

    private static boolean isHeader(List<String> cells) {
        Columns columns = Columns.of(cells);
        return columns.has(Column.DELEGATION) && (columns.has(Column.FIRST_NAME) || columns.has(Column.LAST_NAME));
    }

    /**
     * One sheet's rows. A row of the sheet at {@code sheetIndex} > 0 is stored as line
     * {@code sheetIndex * SHEET_LINES + row}, so that rows of two sheets never share a line ({@link #lineLabel}).
     */
    private ParticipantList read(String fileName, String sheetName, int sheetIndex, List<TabularFile.Line> lines,
                                 Map<String, String> seen) {
        Optional<Integer> headerAt = headerRow(lines);
        TabularFile.Line header = lines.get(headerAt.get());
        Columns columns = Columns.of(header.cells());
        String fileSymbol = MeetingSymbols.fromFileName(fileName).orElse("");
        if (!columns.has(Column.MEETING) && fileSymbol.isEmpty()) {
            return refused(FindingCode.MISSING_MEETING, "The meeting is neither in a Meeting column nor in the file "
                    + "name, which should start with the report symbol with \"/\" written as \"_\" (e.g. "
                    + "UNODC_CCPCJ_EG.4_2019_2-participants.csv)");
        }
        List<Delegate> delegates = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (TabularFile.Line line : lines.subList(headerAt.get() + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String where = sheetName + "line " + line.number();
            List<String> cells = line.cells();
            if (cells.size() < columns.size() && cells.size() <= lastUsedColumn(columns)) {
                findings.add(row(where, "The row has " + cells.size() + " cells, the header " + columns.size()
                        + ": a column is missing; the row is left out"));
                continue;
            }
            if (cells.size() > columns.size()
                    && cells.subList(columns.size(), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                findings.add(row(where, "The row has " + cells.size() + " cells, the header " + columns.size()
                        + " (a comma inside an unquoted cell?): its cells cannot be told apart; the row is left out"));
                continue;
            }
            if (isTotal(cells)) {
                findings.add(new Finding(where, FindingCode.SUMMARY_ROW, "A total line under the list, not a "
                        + "person; not counted"));
                continue;
            }
            String first = columns.get(cells, Column.FIRST_NAME);
            String last = columns.get(cells, Column.LAST_NAME);
            String delegation = columns.get(cells, Column.DELEGATION);
            if (first.isEmpty() && last.isEmpty()) {
                findings.add(row(where, "No first or last name; the row is left out"));
                continue;
            }
            if (delegation.isEmpty()) {
                findings.add(row(where, "No delegation; the row is left out"));
                continue;
            }
            String type = columns.get(cells, Column.DELEGATION_TYPE);
            Optional<Entity> entity = delegation(delegation, type);
            if (entity.isEmpty()) {
                findings.add(row(where, "Unknown delegation \"" + delegation + "\" (no UN Member State, observer "
                        + "State or organisation of that name; give a Delegation Type such as NGO for one that is "
                        + "not listed); the row is left out"));
                continue;
            }
            String symbol = columns.get(cells, Column.MEETING);
            if (symbol.isEmpty()) {
                symbol = fileSymbol;
            }
            if (symbol.isEmpty()) {
                findings.add(row(where, "No meeting (empty Meeting cell, and the file name names none); the row is "
                        + "left out"));
                continue;
            }
            String title = columns.get(cells, Column.TITLE);
            if (title.isEmpty()) {
                // a list without a Title column may write it in the name: "Ms. Ana Silva"
                title = Gender.leadingHonorific(first.isEmpty() ? last : first);
            }
            String key = (symbol + "|" + entity.get().name() + "|" + first + "|" + last).toLowerCase(Locale.ROOT);
            String earlier = seen.putIfAbsent(key, where);
            if (earlier != null) {
                findings.add(new Finding(where, FindingCode.DUPLICATE_PARTICIPANT, "The row repeats " + earlier
                        + " (same person, delegation and meeting); counted once"));
                continue;
            }
            String position = columns.get(cells, Column.POSITION);
            Boolean checkedIn = columns.has(Column.CHECKED_IN) ? yes(columns.get(cells, Column.CHECKED_IN))
                    || CHECK_IN_TIME.matcher(columns.get(cells, Column.CHECKED_IN)).matches() : null;
            boolean head = columns.has(Column.HEAD) && !columns.get(cells, Column.HEAD).isEmpty()
                    ? yes(columns.get(cells, Column.HEAD))
                    : HEAD.matcher(position).find() && !NOT_HEAD.matcher(position).find();
            delegates.add(new Delegate(sheetIndex * SHEET_LINES + line.number(), symbol, delegation, entity.get(),
                    type, title, first, last,
                    position, Gender.fromHonorific(title), head, checkedIn));
        }
        return new ParticipantList(delegates, findings);
    }

    /** A stored line as a person finds it: "12", or "sheet 2 row 12" for a row of the second visible sheet. */
    public static String lineLabel(int line) {
        return line < SHEET_LINES ? Integer.toString(line)
                : "sheet " + (line / SHEET_LINES + 1) + " row " + (line % SHEET_LINES);
    }

    private static boolean yes(String value) {
        return CHECKED.matcher(value).matches();
    }

    /** A row whose first filled cell says "Total" and whose other cells hold nothing but numbers. */
    private static boolean isTotal(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).toList();
        return !filled.isEmpty() && TOTAL.matcher(filled.get(0)).matches()
                && filled.stream().skip(1).allMatch(c -> c.strip().matches("[\\d.,: ]+"));
    }

    private static int lastUsedColumn(Columns columns) {
        int last = -1;
        for (Column c : Column.values()) {
            last = Math.max(last, columns.position(c).orElse(-1));
        }
        return last;
    }

    /** The delegation as a known entity, or, for a type of organisation the tables do not list, as written. */
    private Optional<Entity> delegation(String name, String type) {
        Optional<Entity> known = resolver.resolve(name);
        if (known.isPresent()) {
            return known;
        }
        EntityType unlisted = unlistedType(type);
        return unlisted == null ? Optional.empty() : Optional.of(new Entity("", name, unlisted, ""));
    }

    static EntityType unlistedType(String type) {
        String key = Columns.key(type);
        if (key.contains("nongovernmental") || key.startsWith("ngo") || key.contains("civilsociety")) {
            return EntityType.NGO;
        }
        if (key.contains("academi") || key.contains("university") || key.contains("research")) {
            return EntityType.ACADEMIA;
        }
        if (key.contains("private") || key.contains("industry") || key.contains("business")) {
            return EntityType.PRIVATE_SECTOR;
        }
        return null;
    }

    private static Optional<Integer> headerRow(List<TabularFile.Line> lines) {
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, lines.size()); i++) {
            if (isHeader(lines.get(i).cells())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Finding row(String where, String message) {
        return new Finding(where, FindingCode.REJECTED_ROW, message);
    }

    private static ParticipantList refused(FindingCode code, String message) {
        return new ParticipantList(List.of(), List.of(Finding.inFile(code, message)));
    }

    /** Is this a report symbol Rapporteur recognises? */
    static boolean isSymbol(String text) {
        return ReportSymbol.parse(text).isPresent();
    }
}
