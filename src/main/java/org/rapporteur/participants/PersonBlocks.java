package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * A person written as a block in one cell, as an appendix pasted into a sheet prints her: the name on the first line,
 * then her role in the delegation ("Head of Delegation", "Alternate Delegate"), title, office and address, one per
 * line. The name is the first line; the other lines are her function (where the row has none of its own), so that a
 * "Head of Delegation" line makes the head. The address is never the delegation: an organisation's delegate works in
 * a country that is not hers. A block whose first line is no name is, under a delegation heading, reported and no
 * person (above any, it is a title).
 */
final class PersonBlocks {

    /** A surname in capitals, as UN lists write it ("Ana SILVA"). */
    private static final Pattern SURNAME_IN_CAPITALS = Pattern.compile("\\b\\p{Lu}[\\p{Lu}'\\-]+\\b");

    private PersonBlocks() {
    }

    /** The row with the block's name and function in their columns; none where the block names no one. */
    static List<TabularFile.Line> of(TabularFile.Line line, Columns columns, RowsRead<Delegate> read, String where,
                                     boolean underADelegation) {
        Optional<Integer> at = columns.position(Column.LAST_NAME).or(() -> columns.position(Column.FIRST_NAME));
        List<String> cells = line.cells();
        if (at.isEmpty() || at.get() >= cells.size() || cells.get(at.get()) == null
                || !cells.get(at.get()).strip().contains("\n")) {
            return List.of(line);
        }
        List<String> lines = Arrays.stream(cells.get(at.get()).strip().split("\\s*\\R\\s*"))
                .filter(l -> !l.isBlank()).toList();
        String name = lines.get(0);
        if (!isName(name) && !underADelegation) {
            return List.of(line);
        }
        if (!isName(name)) {
            read.add(new Finding(where, FindingCode.REJECTED_ROW, "The cell holds a block of " + lines.size()
                    + " lines whose first is no name (a title or an office): no person; the row is left out"));
            return List.of();
        }
        List<String> row = new ArrayList<>(cells);
        row.set(at.get(), name);
        Optional<Integer> position = columns.position(Column.POSITION);
        if (position.isPresent() && position.get() < row.size()
                && (row.get(position.get()) == null || row.get(position.get()).isBlank())) {
            row.set(position.get(), String.join(", ", lines.subList(1, lines.size())));
        } else if (position.isPresent() && position.get() >= row.size()) {
            while (row.size() < position.get()) {
                row.add("");
            }
            row.add(String.join(", ", lines.subList(1, lines.size())));
        }
        return List.of(new TabularFile.Line(line.number(), row));
    }

    /** Whether a cell is a person's block: several lines, the first a name. */
    static boolean isBlock(String cell) {
        return cell != null && cell.strip().contains("\n") && isName(cell.strip().split("\\s*\\R")[0].strip());
    }

    /**
     * A name line: an honorific first, or a name of two to five words with the surname in capitals and the given name
     * not ("Olav BERGE"; a line all in capitals is a title).
     */
    private static boolean isName(String text) {
        return !Gender.leadingHonorific(text).isEmpty() || Groups.looksLikeAPerson(text)
                && SURNAME_IN_CAPITALS.matcher(text).find() && text.chars().anyMatch(Character::isLowerCase);
    }
}
