package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list written one person to a line, in one column: "Ms. Ana SOUZA, Minister of the Environment, Chile", "Mr. Li
 * Wei — Counsellor — China", "SOUZA, Ana; Jefa de delegación". The line is cut at its separators (a comma, a semicolon,
 * a tab, a spaced bar, hyphen or dash, an em dash even unspaced; never an unspaced hyphen or en dash, which joins the
 * parts of a name: "Diallo–Ferrante") and each piece is told once by its content ({@link CellKind}): the name is the
 * first piece that is a name (an honorific on its own joins it; "SOUZA, Ana" is one name), the delegation the last
 * piece, or two pieces together ("Korea, Republic of"), that names a State or organisation, a gender or yes/no piece
 * the gender or check-in, an e-mail address or telephone number nothing, and the rest, in order, the position. A line
 * of a delegation alone is left whole (a heading).
 */
final class OneLinePersons {

    /** The columns of a split line. */
    static final List<String> HEADER = List.of("Name", "Position", "Delegation", "Gender", "Checked in");
    private static final int NAME = 0;
    private static final int POSITION = 1;
    private static final int DELEGATION = 2;
    private static final int GENDER = 3;
    private static final int CHECKED_IN = 4;

    /** A separator: a tab, a spaced bar, hyphen, en or em dash, an unspaced em dash, a semicolon, a comma. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\t|\\s[|\\-\u2013\u2014]\\s|\u2014|;|,)\\s*");
    private static final Pattern DELEGATION_IN_BRACKETS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /**
     * A tick box before the person, as a check-in list prints it: ticked ("[x]", "[X]", "[✓]", "☒", "☑", "✓") she came,
     * empty ("[ ]", "[]", "☐", "□") she did not.
     */
    private static final Pattern TICKED = Pattern.compile("^\\s*(?:\\[\\s*[xX\u2713\u2714]\\s*\\]"
            + "|[\u2612\u2611\u2705\u2713\u2714])\\s*");
    private static final Pattern UNTICKED = Pattern.compile("^\\s*(?:\\[\\s*\\]|[\u2610\u25A1])\\s*");

    private OneLinePersons() {
    }

    /** What the tick box opening the line says: checked in, not, or null where the line opens with none. */
    static Boolean tick(String line) {
        if (line == null) {
            return null;
        }
        return TICKED.matcher(line).find() ? Boolean.TRUE : UNTICKED.matcher(line).find() ? Boolean.FALSE : null;
    }

    /** The line without the tick box opening it. */
    static String untick(String line) {
        return line == null ? null : UNTICKED.matcher(TICKED.matcher(line).replaceFirst("")).replaceFirst("");
    }

    /**
     * The row's cells joined back into its line, where its first filled cell opens with a tick box ("[x] Ms. A B",
     * "Counsellor", … as a comma-separated file cut it); null otherwise.
     */
    static String tickedLine(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        return filled.isEmpty() || tick(filled.get(0)) == null ? null : String.join(", ", filled);
    }

    /** The pieces of a line, cut at its separators. */
    static List<String> pieces(String line) {
        return Arrays.stream(SEPARATOR.split(line.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The kind of each piece, told once. */
    private static List<CellKind> kinds(List<String> pieces, ParticipantListReader reader) {
        return pieces.stream().map(p -> CellKind.of(p, reader)).toList();
    }

    /**
     * The name and the honorific in brackets after it, as some secretariats print them ("Ana SOUZA (Ms.), Minister"),
     * or the honorific alone in brackets where the name is missing ("(Ms.), Minister").
     */
    private static final Pattern HONORIFIC_AFTER = Pattern.compile("^([^,;()]*?)\\s*\\(([^()]{1,16})\\)(?=\\s*(?:[,;]|$))");

    /** The line with the honorific bracketed after the name put before it ("Ms. Ana SOUZA, Minister"). */
    static String honorificFirst(String line) {
        if (line == null) {
            return null;
        }
        Matcher m = HONORIFIC_AFTER.matcher(line.strip());
        if (!m.find()) {
            return line;
        }
        String honorific = m.group(2).strip();
        String leading = Gender.leadingHonorific(honorific + " Xy");
        if (leading.isEmpty() || leading.strip().length() < honorific.length() - 1) {
            return line;
        }
        String name = m.group(1).strip();
        String rest = line.strip().substring(m.end());
        return name.isEmpty() ? honorific + rest : honorific + " " + name + rest;
    }

    /** Whether a line of one cell is a person written on one line: a name, and at least one piece more. */
    static boolean isPersonLine(String cell, ParticipantListReader reader) {
        if (cell == null || cell.contains("\n")) {
            return false;
        }
        if (tick(cell) != null) {
            // "[x] Ms. A B, Counsellor", "☐ Mr. C D": a tick box is put before a person, never before a heading
            return untick(cell).chars().anyMatch(Character::isLetter);
        }
        cell = honorificFirst(cell);
        if (!Gender.leadingHonorific(cell).isEmpty()) {
            return true;
        }
        List<String> pieces = pieces(cell);
        return pieces.size() >= 2 && isPersonLine(cell, pieces, kinds(pieces.subList(0, 2), reader), reader);
    }

    /** The same, with the line's pieces and the kinds of (at least) its first two. */
    private static boolean isPersonLine(String cell, List<String> pieces, List<CellKind> kinds,
            ParticipantListReader reader) {
        if (cell.contains("\n") || pieces.size() < 2) {
            return false;
        }
        if (!Gender.leadingHonorific(cell).isEmpty() || kinds.get(0) == CellKind.HONORIFIC) {
            return true;
        }
        if (CellKind.inCapitals(cell) || reader.delegation(cell.strip(), "").isPresent()) {
            return false; // a title or section in capitals, or a delegation's heading ("Korea, Republic of")
        }
        return kinds.get(0) == CellKind.PERSON || kinds.get(0) == CellKind.NAME_WORD && !pieces.get(0).contains(" ")
                && kinds.get(1) == CellKind.NAME_WORD;
    }

    /**
     * The row as the {@link #HEADER} columns: the filled cells joined and cut again at their separators (a line
     * pasted whole, or cut by a comma-separated file at its commas); a delegation, a section or a line of one piece
     * stays as it is.
     */
    static List<String> split(List<String> cells, ParticipantListReader reader) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        List<String> row = new ArrayList<>(List.of("", "", "", "", ""));
        if (filled.isEmpty()) {
            return row;
        }
        String joined = String.join(", ", filled);
        Boolean ticked = tick(joined);
        String line = honorificFirst(untick(joined));
        List<String> pieces = pieces(line);
        // a line that is no person stays whole: a heading, or a title line cut at its commas ("Vienna, 4-6 May")
        if (filled.size() == 1 && pieces.size() < 2 || ticked == null
                && !isPersonLine(line, pieces, kinds(pieces, reader), reader)) {
            row.set(NAME, line);
        } else {
            assign(pieces, kinds(pieces, reader), reader, row);
        }
        if (ticked != null && !row.get(NAME).isEmpty()) {
            row.set(CHECKED_IN, ticked ? "Yes" : "No"); // the tick box says whether she came
        }
        return row;
    }

    private static void assign(List<String> pieces, List<CellKind> kinds, ParticipantListReader reader,
            List<String> row) {
        List<String> rest = new ArrayList<>(pieces);
        List<CellKind> restKinds = new ArrayList<>(kinds);
        // the delegation: the last piece, or pair of pieces, that names one (never the first piece)
        for (int i = rest.size() - 1; i >= 1 && row.get(DELEGATION).isEmpty(); i--) {
            if (i >= 2 && reader.delegation(rest.get(i - 1) + ", " + rest.get(i), "").isPresent()) {
                row.set(DELEGATION, rest.get(i - 1) + ", " + rest.get(i));
                for (int k = i; k >= i - 1; k--) {
                    rest.remove(k);
                    restKinds.remove(k);
                }
            } else if (restKinds.get(i) == CellKind.ENTITY && (restKinds.get(i - 1) != CellKind.POSITION
                    || reader.delegation(rest.get(i), "").isPresent())) {
                // an organisation the tables do not list right after a post is the office of that post ("Deputy
                // Director, Cybercrime Centre"), not the delegation
                row.set(DELEGATION, rest.remove(i));
                restKinds.remove(i);
            }
        }
        List<String> position = new ArrayList<>();
        StringBuilder honorific = new StringBuilder();
        for (int i = 0; i < rest.size(); i++) {
            String piece = rest.get(i);
            CellKind kind = restKinds.get(i);
            if (kind == CellKind.HONORIFIC && row.get(NAME).isEmpty()) {
                honorific.append(piece).append(' ');
            } else if (row.get(NAME).isEmpty() && (honorific.length() == 0 || position.isEmpty())
                    && (kind == CellKind.PERSON || kind == CellKind.NAME_WORD
                    || honorific.length() > 0 && kind != CellKind.POSITION)) {
                // an honorific is followed by its name, or by none ("Mr., Adviser, …": the name is missing)
                String name = piece;
                if (i + 1 < rest.size() && CellKind.inCapitals(piece) && !CellKind.inCapitals(rest.get(i + 1))
                        && restKinds.get(i + 1) == CellKind.NAME_WORD) {
                    name = rest.get(++i) + " " + piece; // "SOUZA, Ana": the surname first, then the given name
                }
                row.set(NAME, honorific + name);
            } else if (kind == CellKind.GENDER && row.get(GENDER).isEmpty()) {
                row.set(GENDER, piece);
            } else if (kind == CellKind.YES_NO && row.get(CHECKED_IN).isEmpty() && !row.get(NAME).isEmpty()) {
                row.set(CHECKED_IN, piece);
            } else if (kind != CellKind.CONTACT) { // an e-mail address or telephone number is no position
                position.add(piece);
            }
        }
        row.set(POSITION, String.join(", ", position));
        if (row.get(NAME).isEmpty() && honorific.length() > 0) {
            // "(Ms.), Adviser": a person whose name is missing, not a function wrapped under the person above
            row.set(NAME, honorific.toString().strip());
        }
        Matcher bracket = DELEGATION_IN_BRACKETS.matcher(row.get(NAME));
        if (row.get(DELEGATION).isEmpty() && bracket.find()
                && reader.delegation(bracket.group(1).strip(), "").isPresent()) {
            // "Ms. Ana SOUZA (Chile), Minister": the delegation in brackets after the name
            row.set(DELEGATION, bracket.group(1).strip());
            row.set(NAME, row.get(NAME).substring(0, bracket.start()).strip());
        }
    }

    /**
     * A person written on one line in a list that has columns ("Ms. A B, Minister, Chile" in the first cell under
     * "Name | Position | Delegation"): the row with her pieces in those columns; the row as it is otherwise.
     */
    static List<String> intoColumns(List<String> cells, Columns columns, ParticipantListReader reader) {
        String only = Groups.onlyCell(cells);
        java.util.Optional<Integer> name = columns.position(Columns.Column.LAST_NAME)
                .or(() -> columns.position(Columns.Column.FIRST_NAME));
        java.util.Optional<Integer> delegation = columns.position(Columns.Column.DELEGATION);
        if (only == null || name.isEmpty() || delegation.isEmpty()) {
            return cells;
        }
        List<String> split = split(List.of(only), reader); // a line that is no person stays whole, with no delegation
        if (split.get(DELEGATION).isEmpty()) {
            return cells;
        }
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
        row.set(name.get(), split.get(NAME));
        row.set(delegation.get(), split.get(DELEGATION));
        // the post goes to the Position column, else to a Title column (which a header "Name, Title, Delegation" gives
        // the post: the honorific stays in the name, and the head is read from the post, as for any Title of job titles)
        columns.position(Columns.Column.POSITION).or(() -> columns.position(Columns.Column.TITLE))
                .ifPresent(i -> row.set(i, split.get(POSITION)));
        return row;
    }

    /**
     * The header of a list of split lines: {@link #HEADER}, without the gender and check-in columns where no line of
     * {@code seen} has such a piece (an absent check-in is unknown, not "no").
     */
    static List<String> header(List<List<String>> seen) {
        boolean gender = seen.stream().anyMatch(r -> !r.get(GENDER).isEmpty());
        boolean checkIn = seen.stream().anyMatch(r -> !r.get(CHECKED_IN).isEmpty());
        return List.of(HEADER.get(NAME), HEADER.get(POSITION), HEADER.get(DELEGATION), gender ? HEADER.get(GENDER) : "",
                checkIn ? HEADER.get(CHECKED_IN) : "");
    }
}
