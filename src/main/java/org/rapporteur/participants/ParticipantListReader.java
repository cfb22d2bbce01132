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
    private static final Pattern HEAD = Pattern.compile("(?i)(?<!deputy )(?<!alternate )(?<!vice[- ])(?<!adjoint )"
            + "\\b(?:head of (?:the )?delegation|chef(?:fe)? de (?:la )?d[ée]l[ée]gation|jef[ae] de (?:la )?"
            + "delegaci[óo]n)\\b");
    private static final Pattern NOT_HEAD = Pattern.compile("(?i)\\b(?:deputy|alternate|vice|adjoint[e]?|suplente|"
            + "altern[oa])\\s+(?:head|chef|jef)");
    private static final Pattern CHECKED = Pattern.compile("(?i)\\s*(?:yes|y|true|1|x|checked(?:[- ]in)?|oui|s[ií]|"
            + "present)\\s*");

    private final NameResolver resolver;

    public ParticipantListReader(NameResolver resolver) {
        this.resolver = resolver;
    }

    /** Reads a CSV list. {@code fileName} gives the meeting when the list has no Meeting column. */
    public ParticipantList readCsv(String fileName, String text) {
        try {
            return read(fileName, TabularFile.csv(text));
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable CSV file: " + e.getMessage());
        }
    }

    /** Reads the first sheet of an Excel list. */
    public ParticipantList readXlsx(String fileName, byte[] bytes) {
        try {
            return read(fileName, TabularFile.xlsx(bytes));
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable Excel workbook: " + e.getMessage());
        }
    }

    private ParticipantList read(String fileName, List<TabularFile.Line> lines) {
        Optional<Integer> headerAt = headerRow(lines);
        if (headerAt.isEmpty()) {
            return refused(FindingCode.MISSING_COLUMN, "No header row naming a Delegation (or Country, Organization, "
                    + "Entity) column and a First Name or Last Name column in the first " + HEADER_SEARCH_ROWS
                    + " rows");
        }
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
        Map<String, Integer> seen = new HashMap<>();
        for (TabularFile.Line line : lines.subList(headerAt.get() + 1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + line.number();
            List<String> cells = line.cells();
            if (cells.size() < columns.size() && cells.size() <= lastUsedColumn(columns)) {
                findings.add(row(where, "The row has " + cells.size() + " cells, the header " + columns.size()
                        + ": a column is missing; the row is left out"));
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
                title = Gender.leadingHonorific(first);
            }
            String key = (symbol + "|" + entity.get().name() + "|" + first + "|" + last).toLowerCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(key, line.number());
            if (earlier != null) {
                findings.add(new Finding(where, FindingCode.DUPLICATE_PARTICIPANT, "The row repeats line " + earlier
                        + " (same person, delegation and meeting); counted once"));
                continue;
            }
            String position = columns.get(cells, Column.POSITION);
            Boolean checkedIn = columns.has(Column.CHECKED_IN)
                    ? CHECKED.matcher(columns.get(cells, Column.CHECKED_IN)).matches() : null;
            boolean head = HEAD.matcher(position).find() && !NOT_HEAD.matcher(position).find();
            delegates.add(new Delegate(line.number(), symbol, delegation, entity.get(), type, title, first, last,
                    position, Gender.fromHonorific(title), head, checkedIn));
        }
        return new ParticipantList(delegates, findings);
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
        if (key.contains("nongovernmental") || key.equals("ngo") || key.contains("civilsociety")) {
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
            Columns columns = Columns.of(lines.get(i).cells());
            if (columns.has(Column.DELEGATION) && (columns.has(Column.FIRST_NAME) || columns.has(Column.LAST_NAME))) {
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
