package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A row that names several persons in its name cell, separated by semicolons ("Ms. Ana Ruiz; Mr. Luis Mora"): each is
 * a person of the row's delegation, with the part of a function cell split the same way. A head-of-delegation mark
 * on such a row cannot say which of them it means: none is taken for the head. The row is reported (MALFORMED_ROW),
 * and every person on it is counted.
 */
final class SeveralPersons {

    private SeveralPersons() {
    }

    /** The rows of the persons the row names: the row itself where it names one. */
    static List<TabularFile.Line> of(TabularFile.Line line, Columns columns, RowsRead<Delegate> read, String where) {
        Optional<Integer> nameAt = nameColumn(line.cells(), columns);
        if (nameAt.isEmpty() || severalTitles(columns.get(line.cells(), Column.TITLE))) {
            // "Mr./Ms." over "A B; C D": one honorific cell for both, so the post is theirs together ({@link #merged})
            return List.of(line);
        }
        String[] names = line.cells().get(nameAt.get()).split(";");
        for (String name : names) {
            if (!Groups.looksLikeAPerson(name.strip())) {
                return List.of(line);
            }
        }
        List<TabularFile.Line> rows = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            List<String> cells = new ArrayList<>(line.cells());
            for (int i = 0; i < cells.size(); i++) {
                String[] parts = cells.get(i) == null ? new String[0] : cells.get(i).split(";");
                if (parts.length == names.length) {
                    cells.set(i, parts[p].strip());
                }
            }
            columns.position(Column.HEAD).filter(h -> h < cells.size()).ifPresent(h -> cells.set(h, ""));
            rows.add(new TabularFile.Line(line.number(), cells));
        }
        read.add(new Finding(where, FindingCode.MALFORMED_ROW, "The row names " + names.length + " persons in one "
                + "name cell; each is counted, none as head of delegation"));
        return rows;
    }

    /** One honorific, with "H.E." or "S.E." before it. */
    private static final String HONORIFIC = "(?:(?:H\\.?\\s?E|S\\.?\\s?E)\\.?\\s+)?(?:Ms|Mrs|Miss|Mr|Mme|Mlle|M\\.|Sra|Sr|Srta"
            + "|Dr|Dra|Prof|Madame|Monsieur|Señora|Señor)\\.?";
    /** What joins two persons in one cell: "/", "&", "+", a comma, a semicolon, "and", "et", "y". */
    private static final String JOINED = "\\s*(?:/|&|\\+|,|;|\\band\\b|\\bet\\b|\\by\\b)\\s*";
    /** A joiner of two given names or two surnames, in cells of their own ("Omar & Lina", "NASSER / ABBADI"). */
    private static final Pattern JOINER = Pattern.compile("(?iu)\\s(?:&|\\+|/|and|et)\\s|\\s?[&;/+]\\s?");
    /** A title cell of several persons: "Mr. / Ms.", "M. et Mme", or a plural honorific ("Messrs.", "MM.", "Mmes"). */
    private static final Pattern SEVERAL_TITLES = Pattern.compile("(?iu)\\s*" + HONORIFIC + "(?:" + JOINED + HONORIFIC
            + ")+\\s*|\\s*(?:Messrs|MM|Mmes|Sres|Sras|Srs)\\.?\\s*");
    /** Two names of two words or more each, joined ("Ana María Ruiz, Luis Mora"), not "RUIZ, Ana María". */
    private static final Pattern TWO_NAMES = Pattern.compile("(?u)^\\s*\\S+\\s+\\S.*?" + JOINED + "\\S+\\s+\\S.*$");
    /** A name cell of two persons, each with her honorific: "Mr. Luis Mora and Ms. Ana Ruiz". */
    private static final Pattern TWO_HONORED = Pattern.compile("(?u)^\\s*" + HONORIFIC + "\\s+\\p{Lu}.*?" + JOINED
            + HONORIFIC + "\\s+\\p{Lu}.*$");

    /**
     * Why a row that names two persons in one cell joined otherwise than by a semicolon cannot be read, or null: the
     * honorifics of both in its title cell ("Mr. / Ms.") over two names, or two names each with her honorific in one
     * name cell. Which post and which mark belongs to whom cannot be told: the row is rejected, not guessed.
     */
    static String merged(String titleCell, String first, String last) {
        String name = (first + " " + last).strip();
        boolean severalTitles = severalTitles(titleCell);
        // "Omar & Lina" over "NASSER & ABBADI": two given names and two surnames, each joined in its own cell
        boolean bothJoined = !first.isBlank() && JOINER.matcher(first.strip()).find()
                && JOINER.matcher(last.strip()).find();
        if (severalTitles && TWO_NAMES.matcher(name).matches() || TWO_HONORED.matcher(name).matches() || bothJoined) {
            return "The row names two or more persons in one cell" + (severalTitles ? " under the title \""
                    + titleCell.strip() + "\"" : "") + "; which post is whose cannot be told: the row is left out; "
                    + "write each person on a row of her own";
        }
        return null;
    }

    /** A title cell of several persons ("Mr. / Ms.", "M. et Mme", "Messrs."). */
    private static boolean severalTitles(String titleCell) {
        return titleCell != null && !titleCell.isBlank() && SEVERAL_TITLES.matcher(titleCell).matches();
    }

    /** The name column whose cell holds a semicolon, where the row has one. */
    private static Optional<Integer> nameColumn(List<String> cells, Columns columns) {
        for (Column c : List.of(Column.LAST_NAME, Column.FIRST_NAME)) {
            Optional<Integer> at = columns.position(c);
            if (at.isPresent() && at.get() < cells.size() && cells.get(at.get()) != null
                    && cells.get(at.get()).contains(";")) {
                return at;
            }
        }
        return Optional.empty();
    }
}
