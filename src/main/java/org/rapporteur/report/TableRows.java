package org.rapporteur.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a list printed as a table, its cells apart by a tab (a Word table, a text saved from Word, or columns
 * of a plain-text page, see {@link PageCleaner#columns}). Read by the form of the row, never by the names in it:
 * <ul>
 * <li>names in columns ("Chile⇥Colombia⇥Costa Rica"), read row by row: one item per cell;</li>
 * <li>a label ending with a colon and its value ("Chair:⇥Ms. A (Ghana)"): one item, as a label line and its item are;
 * a table of offices ("Office⇥Name⇥Country" / "Chair⇥A⇥Ghana") reads each row as one line, as it read before;</li>
 * <li>a person and a description ("Ms. A⇥Minister of Water of Chad", "Mr. B⇥Ghana"): one item, the description after a
 * comma as prose writes it, or in brackets when it is a name alone (no word of it begins in lower case); a person's
 * line with the description after a dash ("Mr. C – Ministry of Water, Chad") reads as with a comma;</li>
 * <li>a row label and lists ("Group II⇥Czechia, Slovakia"): the label says how the list is grouped and is no name;
 * the lists are the items, and the table is then a comma list.</li>
 * </ul>
 */
final class TableRows {

    /** A person's line: an honorific first ("Ms. A, Minister of …", "Dr. B (Chile)"). */
    private static final Pattern PERSON = Pattern.compile(
            "^(?:" + Honorifics.EXCELLENCY + "\\.|" + Honorifics.any(Honorifics.ENGLISH, Honorifics.PROF) + "\\.?|"
            + Honorifics.SPELLED + "|Captain)\\s+\\p{Lu}.*");
    /** A cell naming an office alone: "Chair", "Vice-Chairs", "Rapporteur". */
    private static final Pattern OFFICE = Pattern.compile("(?:(?:First|Second|Third)\\s+)?" + OfficeWords.OFFICE);
    /** The first dash between spaces in a person's line: the name before it, a description after it. */
    private static final Pattern PERSON_DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?:^|\\s)\\p{Ll}");
    /** The title of a column that holds persons: "Name", "Panellist", "Speakers", "Expert", "Presenter". */
    private static final Pattern PERSON_COLUMN = Pattern.compile("(?i)(?:full\\s+)?name|panell?ists?|speakers?|experts?"
            + "|presenters?|moderators?|participants?|discussants?|resource\\s+persons?");
    /** The title of a column that says whom a person is from: "Affiliation", "Country/organization", "Member State". */
    private static final Pattern AFFILIATION_COLUMN = Pattern.compile("(?i)affiliation|country(?:\\s*/\\s*organi[sz]ation)?"
            + "|organi[sz]ation|institution|(?:member\\s+)?State|delegation|entity");
    /** A column's title: one of the above, or what a table of persons says of them ("Topic", "Theme", "Title"). */
    private static final Pattern COLUMN_TITLE = Pattern.compile("(?i)(?:" + PERSON_COLUMN.pattern().substring(4) + "|"
            + AFFILIATION_COLUMN.pattern().substring(4) + "|topic|theme|title|subject|position|function|session|panel"
            + "|office|post)");

    /** The title of a column that names who took part, one entity a row: "Participant", "Delegation", "Entity". */
    private static final Pattern ENTITY_COLUMN = Pattern.compile("(?i)(?:participants?|names?|delegations?|entit(?:y|ies)"
            + "|countr(?:y|ies)|States?|organi[sz]ations?|members?|observers?)");
    /** The title of a column that says of what kind each entity is: "Category", "Type", "Status". */
    private static final Pattern CATEGORY_COLUMN = Pattern.compile("(?i)(?:categor(?:y|ies)|type|kind|status|capacity)"
            + "(?:\\s+of\\s+participants?)?");

    /** A cell of a header row: a few capitalised words, no person ("State", "Head of delegation", "Name and title"). */
    private static final Pattern HEADER_CELL = Pattern.compile("\\p{Lu}[\\p{L}/ -]{0,40}");
    /** The title of a table's column of offices: "Office", "Post", "Position", "Function", "Role". */
    private static final Pattern OFFICE_COLUMN = Pattern.compile("(?i)office|post|position|function|role|title");
    private static final Pattern LOWER_CASE_START = Pattern.compile("^\\p{Ll}");

    private TableRows() {
    }

    /** Whether a line is the header of a table the text announces: two titles or more, each a known column's. */
    static boolean isHeader(String line) {
        List<String> header = cells(line);
        return header.size() >= 2 && (header.stream().allMatch(cell -> COLUMN_TITLE.matcher(cell).matches())
                || categoryColumns(header).isPresent());
    }

    /** The indexes of the entity and the category columns of a header, if it has both. */
    private static Optional<int[]> categoryColumns(List<String> header) {
        int entity = indexOf(header, ENTITY_COLUMN);
        int category = indexOf(header, CATEGORY_COLUMN);
        return entity >= 0 && category >= 0 && entity != category ? Optional.of(new int[] {entity, category})
                : Optional.empty();
    }

    /**
     * A table of who took part, one entity a row and its kind in a column of its own ("Participant⇥Category" /
     * "Fiji⇥Member State (region)"): one item per kind, in the order the table first prints it, its label and its
     * entities ("Member State (region): Fiji, Japan"), the form of a list grouped under labels. A row whose category
     * cell is empty is of the row's kind above it, as a table printing each kind on its first row only has it.
     */
    private static Optional<List<String>> entitiesByCategory(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        Optional<int[]> columns = categoryColumns(cells(lines.get(0)));
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        int entity = columns.get()[0];
        int category = columns.get()[1];
        java.util.Map<String, List<String>> byCategory = new java.util.LinkedHashMap<>();
        String kind = "";
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.stream(line.strip().split("\t")).map(String::strip).map(TableRows::withoutEnd)
                    .toList();
            if (cells.size() <= entity || cells.get(entity).isEmpty()) {
                continue;
            }
            kind = category < cells.size() && !cells.get(category).isEmpty() ? cells.get(category) : kind;
            byCategory.computeIfAbsent(kind, k -> new ArrayList<>()).add(cells.get(entity));
        }
        List<String> items = new ArrayList<>();
        byCategory.forEach((label, names) -> items.add((label.isEmpty() ? "" : label + ": ") + String.join(", ", names)));
        return items.isEmpty() || byCategory.containsKey("") ? Optional.empty() : Optional.of(items);
    }

    /** Whether a line is a row of two cells or more. */
    static boolean isRow(String line) {
        return cells(line).size() >= 2;
    }

    static boolean startsWithPerson(String line) {
        return PERSON.matcher(line.strip()).matches();
    }

    /** Whether a row of the lines has a label before lists: the table's items are then comma lists. */
    static boolean holdsCommaLists(List<String> lines) {
        return lines.stream().map(TableRows::cells).anyMatch(TableRows::labelBeforeLists);
    }

    /** The items of one-per-line lines, a row's cells read as above; a line's trailing comma or semicolon dropped. */
    static List<String> items(List<String> lines) {
        boolean offices = lines.stream().map(TableRows::cells)
                .anyMatch(cells -> cells.size() >= 2 && OFFICE.matcher(cells.get(0)).matches());
        Optional<List<String>> byCategory = entitiesByCategory(lines);
        if (byCategory.isPresent()) {
            return byCategory.get();
        }
        if (!offices) {
            Optional<List<String>> persons = personsUnderAHeader(lines);
            if (persons.isPresent()) {
                return persons.get();
            }
            Optional<List<String>> delegations = delegationsWithTheirRepresentatives(lines);
            if (delegations.isPresent()) {
                return delegations.get();
            }
        }
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (offices && line == lines.get(0) && (isHeader(line) || OFFICE_COLUMN.matcher(cells.get(0)).matches())) {
                continue; // "Office⇥Name⇥State": the columns' titles, no officer
            } else if (offices) {
                items.add(String.join(" ", cells));
            } else if (cells.size() < 2) {
                // "Mr. A B – Ministry of Water, Senegal": a person and a description apart by a dash, as by a comma
                String item = withoutEnd(line.strip());
                items.add(startsWithPerson(item) ? PERSON_DASH.matcher(item).replaceFirst(", ") : item);
            } else if (cells.get(0).endsWith(":")) {
                items.add(cells.get(0) + " " + String.join(", ", cells.subList(1, cells.size())));
            } else if (startsWithPerson(cells.get(0))) {
                List<String> rest = cells.subList(1, cells.size());
                items.add(rest.size() == 1 && !LOWER_CASE_WORD.matcher(rest.get(0)).find()
                        ? cells.get(0) + " (" + rest.get(0) + ")" : cells.get(0) + ", " + String.join(", ", rest));
            } else if (labelBeforeLists(cells)) {
                items.addAll(cells.subList(1, cells.size()));
            } else {
                items.addAll(cells);
            }
        }
        return items;
    }

    /**
     * A table of persons under a row of column titles ("Panellist⇥Affiliation⇥Topic", "Name⇥Country⇥Title"): one item
     * per row, the person with the affiliation's cell in brackets ("Diego Valderrama (Colombia)"); the other columns (a
     * topic, a theme) say nothing of who took part. Empty where the first row is no such header.
     */
    private static Optional<List<String>> personsUnderAHeader(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        List<String> header = cells(lines.get(0));
        if (header.size() < 2 || !header.stream().allMatch(cell -> COLUMN_TITLE.matcher(cell).matches())) {
            return Optional.empty();
        }
        int person = indexOf(header, PERSON_COLUMN);
        int affiliation = indexOf(header, AFFILIATION_COLUMN);
        if (person < 0) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.stream(line.strip().split("\t")).map(String::strip).map(TableRows::withoutEnd)
                    .toList();
            if (cells.size() <= person || cells.get(person).isEmpty()) {
                continue;
            }
            String where = affiliation >= 0 && affiliation < cells.size() ? cells.get(affiliation) : "";
            items.add(where.isEmpty() ? cells.get(person) : cells.get(person) + " (" + where + ")");
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    /**
     * A table of delegations, one a row, the State or organisation first and its representatives after it
     * ("State⇥Representative" / "Chile⇥Ms. A, Director of …, Ministry of Justice"): one item per row, the delegation;
     * the persons and their titles name no one who took part. A first row that is no such row is the table's header
     * ("State⇥Representative", "Delegation⇥Head of delegation") and names nothing; a row whose representative's cell
     * is empty is a delegation still. Empty where fewer than two rows, or not every row but the first, are of the form.
     */
    private static Optional<List<String>> delegationsWithTheirRepresentatives(List<String> lines) {
        List<String> items = new ArrayList<>();
        int withPerson = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i));
            boolean delegation = !cells.isEmpty() && !startsWithPerson(cells.get(0)) && !cells.get(0).endsWith(":")
                    && CountItems.topLevel(cells.get(0), ',') < 0 && !LOWER_CASE_START.matcher(cells.get(0)).find()
                    && cells.subList(1, cells.size()).stream().allMatch(TableRows::startsWithPerson);
            boolean header = i == 0 && cells.size() >= 2 && cells.stream().allMatch(c -> HEADER_CELL.matcher(c).matches());
            if (header && !delegation) {
                continue;
            }
            if (!delegation) {
                return Optional.empty();
            }
            withPerson += cells.size() >= 2 ? 1 : 0;
            items.add(cells.get(0));
        }
        return withPerson >= 2 && withPerson * 2 > items.size() ? Optional.of(items) : Optional.empty();
    }

    private static int indexOf(List<String> header, Pattern column) {
        for (int i = 0; i < header.size(); i++) {
            if (column.matcher(header.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean labelBeforeLists(List<String> cells) {
        return cells.size() >= 2 && CountItems.topLevel(cells.get(0), ',') < 0 && !startsWithPerson(cells.get(0))
                && cells.subList(1, cells.size()).stream().allMatch(c -> CountItems.topLevel(c, ',') >= 0);
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.strip().split("\t")).map(String::strip).map(TableRows::withoutEnd)
                .filter(c -> !c.isEmpty()).toList();
    }

    private static String withoutEnd(String text) {
        return text.replaceFirst("[;,]$", "");
    }
}
