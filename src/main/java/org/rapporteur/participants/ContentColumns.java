package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a list that has no header row, found by what their cells hold ({@link CellKind}): a column of
 * honorifics is the title, of names (with or without an honorific) the name, of States and organisations the
 * delegation, of posts the position, of yes and no (or dates) the check-in, of F and M the gender, of symbols the
 * meeting; two columns of single capitalised words side by side are the given name and the surname (the one in
 * capitals is the surname); a column of other text is the position where no column of posts is, and a column of
 * e-mail addresses or telephone numbers is never taken. A column is taken for a kind that at least half of its filled
 * cells show. Rows holding one cell only (delegation headings, sections) are not looked at.
 */
final class ContentColumns {

    private ContentColumns() {
    }

    /**
     * The columns, as a header naming them would ("Title", "Name", "Delegation", …; "" for a column of nothing
     * recognised), or null where no column holds names.
     */
    static Columns infer(List<TabularFile.Line> rows, ParticipantListReader reader) {
        int width = 0;
        List<List<String>> data = new ArrayList<>();
        for (TabularFile.Line line : rows) {
            long filled = line.cells().stream().filter(c -> c != null && !c.isBlank()).count();
            if (filled >= 2) {
                data.add(line.cells());
                width = Math.max(width, line.cells().size());
            }
        }
        if (data.isEmpty()) {
            return null;
        }
        List<CellKind> kinds = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            kinds.add(dominant(data, c, reader));
        }
        String[] header = new String[width];
        java.util.Arrays.fill(header, "");
        boolean named = false;
        for (int c = 0; c < width; c++) {
            CellKind kind = kinds.get(c);
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case HONORIFIC -> header[c] = "Title";
                case PERSON -> {
                    if (!named) {
                        header[c] = "Name";
                        named = true;
                    }
                }
                case ENTITY -> header[c] = "Delegation";
                case POSITION -> header[c] = "Position";
                case OTHER -> header[c] = kinds.contains(CellKind.POSITION) ? "" : "Position";
                case YES_NO -> header[c] = "Checked in";
                case GENDER -> header[c] = "Gender";
                case SYMBOL -> header[c] = "Meeting";
                default -> {
                }
            }
        }
        if (!named) {
            named = givenAndSurname(data, kinds, header);
        }
        if (!named) {
            return null;
        }
        headRoles(data, header);
        keepFirstOfEach(header);
        return Columns.of(List.of(header)).withRaggedRows();
    }

    /** Two columns of single words side by side: given name and surname, the one in capitals the surname. */
    private static boolean givenAndSurname(List<List<String>> data, List<CellKind> kinds, String[] header) {
        for (int c = 0; c + 1 < kinds.size(); c++) {
            if (kinds.get(c) == CellKind.NAME_WORD && kinds.get(c + 1) == CellKind.NAME_WORD) {
                boolean firstInCapitals = mostlyCapitals(data, c) && !mostlyCapitals(data, c + 1);
                header[c] = firstInCapitals ? "Last name" : "First name";
                header[c + 1] = firstInCapitals ? "First name" : "Last name";
                return true;
            }
        }
        for (int c = 0; c < kinds.size(); c++) {
            if (kinds.get(c) == CellKind.NAME_WORD) {
                header[c] = "Name";
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyCapitals(List<List<String>> data, int c) {
        int capitals = 0;
        int filled = 0;
        for (List<String> row : data) {
            if (c < row.size() && row.get(c) != null && !row.get(c).isBlank()) {
                filled++;
                capitals += CellKind.inCapitals(row.get(c).strip()) ? 1 : 0;
            }
        }
        return capitals * 2 > filled;
    }

    /** The kind at least half the filled cells of a column show; null for an empty column or none. */
    private static CellKind dominant(List<List<String>> data, int c, ParticipantListReader reader) {
        Map<CellKind, Integer> counts = new EnumMap<>(CellKind.class);
        int filled = 0;
        for (List<String> row : data) {
            CellKind kind = c < row.size() ? CellKind.of(row.get(c), reader) : null;
            if (kind != null) {
                filled++;
                counts.merge(kind, 1, Integer::sum);
            }
        }
        if (filled == 0) {
            return null;
        }
        // a name column where names prevail, even if some cells look otherwise ("Costa Rica" is a surname too)
        CellKind best = null;
        int most = 0;
        for (Map.Entry<CellKind, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (most * 2 >= filled) {
            return best;
        }
        int names = counts.getOrDefault(CellKind.PERSON, 0) + counts.getOrDefault(CellKind.NAME_WORD, 0);
        return names * 2 >= filled ? CellKind.PERSON : CellKind.OTHER;
    }

    /**
     * A second column of posts or text after the position, where some cell says who heads ("Chef de délégation",
     * "Head of Delegation"): the role in the delegation.
     */
    private static void headRoles(List<List<String>> data, String[] header) {
        boolean position = false;
        for (int c = 0; c < header.length; c++) {
            if (!header[c].equals("Position")) {
                continue;
            }
            final int column = c;
            if (position && data.stream().anyMatch(row -> column < row.size() && row.get(column) != null
                    && CellValues.headByPosition(row.get(column)))) {
                header[c] = "Role in delegation";
            }
            position = true;
        }
    }

    /** One column of each kind: the first; a second column of posts or other text is left out. */
    private static void keepFirstOfEach(String[] header) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.length; i++) {
            if (!header[i].isEmpty() && !seen.add(header[i])) {
                header[i] = "";
            }
        }
    }
}
