package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;

/**
 * The rows of one file as they come: in each sheet the header row is looked for among the first rows
 * ({@link ListLayout}); the rows under it are read one by one. Every sheet with a header row is read (a workbook may
 * put observers on a sheet of their own); a person listed on two sheets is counted once. A row of the sheet at
 * {@code sheetIndex} > 0 is stored as line {@code sheetIndex * SHEET_LINES + row}, so that rows of two sheets never
 * share a line ({@link ParticipantListReader#lineLabel}). A person without a delegation of her own belongs to the
 * delegation named above her: a heading row ({@link Groups}) or a cell merged down ({@link WorkbookRows}). Messages
 * name lines, never persons.
 */
final class ListRows implements TabularFile.Rows {

    private final ParticipantListReader reader;
    private final String fileSymbol;
    /** The short form of the meeting the file name starts with ("ABC12_…", {@link MeetingSymbols#shortForm}), last. */
    private final String fileShortForm;
    /** What the rows are kept under where the list names its meeting nowhere ({@link MeetingSymbols#fileKey}). */
    private final String fileKey;
    /** A workbook row simply ends at its last filled cell: fewer cells than the header is no missing column. */
    private final boolean workbook;
    private final RowsRead<Delegate> read;
    private final Map<String, String> seen = new HashMap<>();
    private final Groups groups;
    private boolean anyHeader;
    private int sheetIndex;
    private String sheetName;
    /** How a row of this sheet is named: "" for the first sheet, else {@code sheet "Observers" }. */
    private String rowPrefix;
    private ListLayout layout;
    private Columns columns;
    /** What a person's row says beyond her name, in this sheet's columns. */
    private PersonCells person;
    private boolean blank;
    /** The meeting a title row above the header names ({@link TitleRows}, {@link MeetingSymbols#inText}). */
    private String titleSymbol = "";
    /** The session a title row names in words ({@link TitleRows#session}), "" for none. */
    private String titleSession = "";
    /** A body series a title line prints without a session ({@link TitleRows#series}), "" for none. */
    private String titleSeries = "";
    /** The meeting the sheet's name names ("C-31_5", "MEPC 84_18"), "" for none. */
    private String sheetSymbol = "";
    /** Persons read whose name carries a mark ("*"), and whether a legend row said it marks the head. */
    private final List<Integer> marked = new ArrayList<>();
    /**
     * Rows with a blank cell under a bare "Registered" header, and whether any row of the list holds a date there: a
     * blank says "not checked in" only beside dates, never beside a column of yeses (a registration flag).
     */
    private final List<Integer> blankRegistered = new ArrayList<>();
    private boolean registrationDated;
    private boolean markIsHead;
    /** Lines holding a role's label alone, and whether it names the head ({@link RoleLabels#alone}), by line. */
    private final java.util.TreeMap<Integer, Boolean> labels = new java.util.TreeMap<>();
    /** The line of the last person read, in this sheet; -1 for none. */
    private int lastReadLine = -1;
    /** Whether a note said that the first person named in each delegation heads it. */
    private boolean firstNamedHeads;
    /** Whether the list writes French honorifics ("Mme", "S.E.") or has a French header: "M." is then "Monsieur". */
    private boolean french;
    /** The line of the last person read, or of a continuation line under her; -1 where the row above was none. */
    private int lastPersonLine = -1;
    /** The delegation of the person on {@code lastPersonLine}. */
    private String lastDelegation;
    private final WordTableBlocks blocks = new WordTableBlocks();
    /** The place of the person on her row: 1 for the second of "Ms. A; Mr. B" ({@link SeveralPersons}). */
    private int personInRow;

    ListRows(ParticipantListReader reader, String fileName, int maxRows, boolean workbook) {
        this.reader = reader;
        this.read = new RowsRead<>(maxRows);
        this.fileSymbol = MeetingSymbols.fromFileName(fileName).orElse("");
        this.fileShortForm = MeetingSymbols.shortForm(fileName);
        this.fileKey = MeetingSymbols.fileKey(fileName);
        this.workbook = workbook;
        this.groups = new Groups(reader);
    }

    @Override
    public void sheet(int index, String name) {
        sheetIndex = index;
        sheetName = name;
        rowPrefix = index == 0 ? "" : "sheet \"" + name + "\" ";
        sheetSymbol = name == null || name.isBlank() ? "" : MeetingSymbols.fromFileName(name.strip() + ".xlsx").orElse("");
        layout = new ListLayout(reader);
        columns = null;
        blank = true;
        lastPersonLine = -1;
        lastReadLine = -1;
        labels.clear();
        groups.newSheet();
    }

    @Override
    public void row(TabularFile.Line line) {
        blank &= line.isBlank();
        String only = Groups.onlyCell(line.cells());
        Boolean label = RoleLabels.alone(only);
        if (label != null) {
            // "Head of delegation:" on a line of its own labels the person under it
            labels.put(line.number(), label);
            return;
        }
        if (CellValues.firstNamedIsHead(only)) {
            // "Within each delegation, the first person named heads the delegation": a note, no row
            firstNamedHeads = true;
            return;
        }
        Boolean legend = CellValues.legendSaysHead(only);
        if (legend != null) {
            markIsHead |= legend;
            if (!legend && columns != null && Groups.isNote(only)) {
                // "*** Persons registered on site follow ***": no legend of a mark, a note to the reader
                read.add(new Finding(rowPrefix + "line " + line.number(), FindingCode.SUMMARY_ROW, Groups.NOTE));
            }
            return;
        }
        if (columns != null) {
            read.countRow();
            if (!line.isBlank()) {
                if (layout.oneLine()) {
                    line = new TabularFile.Line(line.number(), OneLinePersons.split(line.cells(), reader));
                } else if (Groups.onlyCell(line.cells()) != null) {
                    List<String> cut = OneLinePersons.intoColumns(line.cells(), columns, reader);
                    if (cut != line.cells()) {
                        // a whole row typed into one cell of a list with columns: read by its pieces, and reported
                        read.add(new Finding(rowPrefix + "line " + line.number(), FindingCode.MALFORMED_ROW, "The "
                                + "whole row is in one cell of a list with columns; the person is read from its "
                                + "pieces: check the row"));
                    }
                    line = new TabularFile.Line(line.number(), cut);
                }
                String where = rowPrefix + "line " + line.number();
                PersonBlocks.of(line, columns, read, where, groups.grouping()).stream()
                        .flatMap(one -> SeveralPersons.of(one, columns, read, where).stream()).forEach(this::interpret);
                groups.drain().forEach(read::add);
            }
        } else if (layout.searching()) {
            if (!ParticipantListReader.isHeader(line.cells())) {
                titleSymbol = titleSymbol.isEmpty() ? TitleRows.symbolIn(line.cells()) : titleSymbol;
                titleSession = titleSession.isEmpty() ? TitleRows.session(line.cells()) : titleSession;
                titleSeries = titleSeries.isEmpty() ? TitleRows.series(line.cells()) : titleSeries;
            }
            layout.add(line);
            decided();
        }
    }

    @Override
    public void text(TabularFile.Line line) {
        String only = Groups.onlyCell(line.cells());
        if (columns == null || layout.headings() || only == null || CellValues.firstNamedIsHead(only)
                || RoleLabels.alone(only) != null
                || Groups.isSection(only)
                || reader.delegation(only, "").isPresent()) {
            row(line);
            return;
        }
        // a title printed again on a page, a note under the list: a list with a delegation column has no heading
        read.add(new Finding(rowPrefix + "line " + line.number(), FindingCode.SUMMARY_ROW, "A line of a printed list "
                + "that is no row of its table (a title or a note), not a person; skipped"));
    }

    @Override
    public void heading(TabularFile.Line line, boolean withPersons) {
        String only = Groups.onlyCell(line.cells());
        if (only == null || columns == null || reader.delegation(only, "").isPresent()) {
            return;
        }
        if (!withPersons) {
            groups.section(only); // "NON-GOVERNMENTAL ORGANIZATIONS": the type of an organisation below
            return;
        }
        DelegationCell cell = DelegationCell.of(reader, only, groups.section());
        if (cell.rejected() != null) {
            // the persons under it are each rejected on their own line too
            read.add(rejectedRow(rowPrefix + "line " + line.number(), "The heading \"" + only + "\" names no UN "
                    + "Member State, observer State or organisation the tables know: the persons under it are left out"));
        }
    }

    /** Once the layout of the sheet is known, its header is taken and the rows seen under it are read. */
    private void decided() {
        if (layout.columns() == null) {
            return;
        }
        Columns found = layout.columns();
        columns = found;
        person = new PersonCells(found, AttendanceDays.of(found.headers()));
        french |= found.headers().stream().map(Columns::folded).anyMatch(h -> h.matches(
                "(?s).*\\b(?:civilite|prenoms?|fonction|pays|organisme|emargement)\\b.*"));
        anyHeader = true;
        groups.layout(found, layout.headings());
        for (TabularFile.Line line : layout.rowsUnderHeader()) {
            row(line);
        }
    }

    @Override
    public void unclosedQuote(int line) {
        read.add(rejectedRow(rowPrefix + "line " + line, "A quote opened on this line is never closed (it ran to the end "
                + "of the file): the row is left out, and the lines after it are read on their own; close the quote "
                + "or remove it"));
    }

    @Override
    public void endSheet() {
        if (columns == null) {
            layout.end();
            decided();
        }
        groups.newSheet();
        groups.drain().forEach(read::add);
        blocks.end().forEach(l -> read.add(rejectedRow(rowPrefix + "line " + l.number(), "No delegation; the row is "
                + "left out")));
        if (columns == null && !blank && sheetIndex > 0) {
            read.add(Finding.inFile(FindingCode.MISSING_COLUMN, "Sheet \"" + sheetName + "\" has no header row "
                    + "naming a delegation and a name in its first " + ParticipantListReader.HEADER_SEARCH_ROWS
                    + " rows; it is not read"));
        }
    }

    /** The meeting the file's name, the sheet's name or a title line names (by symbol, else by session); "" for none. */
    private String named() {
        return MeetingSymbols.alternatives(fileSymbol, sheetSymbol, titleSymbol,
                TitleRows.meeting(titleSession, titleSeries), titleSeries, fileShortForm);
    }

    ParticipantList result(List<Finding> reading) {
        if (!anyHeader) {
            return ParticipantListReader.noHeader();
        }
        if (markIsHead) {
            marked.forEach(i -> read.read.set(i, read.read.get(i).withHead(true)));
        }
        if (firstNamedHeads) {
            firstNamedAsHeads();
        }
        if (!registrationDated) {
            blankRegistered.forEach(i -> read.read.set(i, read.read.get(i).withCheckedIn(null)));
        }
        if (french) {
            read.read.replaceAll(d -> d.gender() == Gender.UNKNOWN
                    && (d.title().isBlank() || d.title().strip().matches("(?i)S\\.\\s?E\\.?"))
                    && Gender.monsieurBeforeAName((d.firstName() + " " + d.lastName()).strip()) ? d.asMonsieur() : d);
        }
        List<Finding> findings = new ArrayList<>(reading);
        findings.addAll(read.findings());
        if (read.read.isEmpty() && findings.isEmpty()) {
            findings.add(Finding.inFile(FindingCode.NO_ROWS, "The list has its header and no row under it: no "
                    + "delegate is counted from it (was it exported whole?)"));
        }
        return new ParticipantList(read.read, findings);
    }

    /**
     * The first person read of each delegation of a meeting made its head, as a note of the list says, unless the list
     * marks a head of that delegation otherwise.
     */
    private void firstNamedAsHeads() {
        Map<String, Integer> first = new java.util.LinkedHashMap<>();
        java.util.Set<String> headed = new java.util.HashSet<>();
        for (int i = 0; i < read.read.size(); i++) {
            Delegate d = read.read.get(i);
            String key = d.meetingSymbol() + "\t" + d.entity().code() + "\t" + d.entity().name();
            first.putIfAbsent(key, i);
            if (d.headOfDelegation()) {
                headed.add(key);
            }
        }
        first.forEach((key, i) -> {
            if (!headed.contains(key)) {
                read.read.set(i, read.read.get(i).withHead(true));
            }
        });
    }

    private void interpret(TabularFile.Line line) {
        String where = rowPrefix + "line " + line.number();
        List<String> cells = line.cells();
        String misshapen = columns.misshapen(cells, workbook);
        if (misshapen != null) {
            read.add(rejectedRow(where, misshapen));
            return;
        }
        if (PageRows.furniture(cells, columns)) {
            // reported, never counted, and the delegation above goes on under it
            read.add(new Finding(where, FindingCode.SUMMARY_ROW, "Page furniture (a page number, job number, "
                    + "running symbol or repeated header) inside the list: not a person; skipped"));
            return;
        }
        if (CellValues.isTotal(cells)) {
            // "Total registered: 41" under a person's post: a summary, never the rest of her post
            read.add(new Finding(where, FindingCode.SUMMARY_ROW, "A total line under the list, not a person; "
                    + "not counted"));
            return;
        }
        String continued = PageRows.continuation(cells, columns, lastPersonLine == line.number() - 1,
                read.read.isEmpty() ? null : read.read.get(read.read.size() - 1).position());
        if (continued != null) {
            int last = read.read.size() - 1;
            read.read.set(last, PageRows.completed(read.read.get(last), continued, columns.has(Column.HEAD)));
            lastPersonLine = line.number();
            return;
        }
        if (groups.heading(cells, where)) {
            return;
        }
        String first = columns.get(cells, Column.FIRST_NAME);
        String last = columns.get(cells, Column.LAST_NAME);
        String wholePost = "";
        if (first.isEmpty() && columns.get(cells, Column.POSITION).isEmpty()) {
            // "H.E. Mr. John SMITH, Ambassador, Permanent Representative" in the one name column
            WholePersons.Whole whole = WholePersons.of(last, reader);
            if (whole != null) {
                last = whole.name();
                wholePost = whole.post();
            }
        }
        RoleLabels.Labelled labelled = RoleLabels.of(first.isEmpty() ? last : first);
        if (labelled.head() != null) {
            // "Head of delegation: H.E. Mr. Juan PEREZ": the label is no part of the name
            if (first.isEmpty()) {
                last = labelled.name();
            } else {
                first = labelled.name();
            }
        }
        boolean mark = CellValues.marked(first) || CellValues.marked(last);
        first = CellValues.unmarked(first);
        last = CellValues.unmarked(last);
        String broken = BrokenCells.why(first, last, columns.get(cells, Column.DELEGATION));
        if (broken != null) {
            // "#REF!", "####", a lost character: a bad row, never a person or a delegation
            read.add(rejectedRow(where, broken));
            return;
        }
        String merged = SeveralPersons.merged(columns.get(cells, Column.TITLE), first, last);
        if (merged != null) {
            read.add(rejectedRow(where, merged));
            return;
        }
        String noPerson = Withdrawals.noPerson(first, last, columns.get(cells, Column.STATUS));
        if (noPerson != null) {
            read.add(rejectedRow(where, noPerson));
            return;
        }
        HeadMarks.Marked headMark = HeadMarks.of(last.isEmpty() ? first : last);
        Boolean markedHead = headMark.head() != null || wholePost.isEmpty() ? headMark.head()
                : CellValues.headByPosition(wholePost) ? Boolean.TRUE : null;
        // a label on the line above, with no person read since
        Map.Entry<Integer, Boolean> labelAbove = labels.floorEntry(line.number() - 1);
        Boolean labelHead = labelAbove != null && labelAbove.getKey() > lastReadLine ? labelAbove.getValue() : null;
        if (markedHead == null && Boolean.TRUE.equals(labelled.head() != null ? labelled.head() : labelHead)) {
            markedHead = true;
        }
        if (headMark.head() != null) {
            // "Ana SILVA (Head)": the mark is no part of the name
            if (last.isEmpty()) {
                first = headMark.name();
            } else {
                last = headMark.name();
            }
        }
        String delegation = groups.delegation(cells);
        if (delegation.isEmpty() && lastReadLine < 0 && Gender.leadingHonorific(first.isEmpty() ? last : first).isEmpty()
                && (!TitleRows.symbolIn(cells).isEmpty() || !TitleRows.session(cells).isEmpty())) {
            // "Tides Board, fourth session (TB/4/INF/1)" above the first person: the list's title, cut at its comma
            read.add(new Finding(where, FindingCode.SUMMARY_ROW, "A title line above the list (it names the "
                    + "meeting), not a person; skipped"));
            return;
        }
        if (delegation.isEmpty()) {
            delegation = blocks.carried(line, lastPersonLine == line.number() - 1 ? lastDelegation : null);
            if (delegation == null) {
                // held: a Word table's block, or a delegation left out (WordTableBlocks)
                lastPersonLine = line.number();
                blocks.decided().forEach(this::interpret);
                return;
            }
        }
        if (delegation.isEmpty()) {
            read.add(rejectedRow(where, "No delegation; the row is left out"));
            return;
        }
        String type = columns.get(cells, Column.DELEGATION_TYPE);
        type = type.isEmpty() ? groups.section() : type;
        // a Status column often holds the participant's category ("Member of the Commission", "NGO")
        type = type.isEmpty() ? columns.get(cells, Column.STATUS) : type;
        // a workbook with a sheet per category ("Civil society & others", "ONG"): the sheet's name says the type of an
        // organisation the tables do not list, as a section would (a name that says no type changes nothing)
        type = type.isEmpty() && sheetName != null ? sheetName : type;
        DelegationCell cell = DelegationCell.of(reader, delegation, type);
        if (cell.rejected() != null) {
            read.add(rejectedRow(where, cell.rejected()));
            return;
        }
        Entity entity = cell.entity();
        String symbol = MeetingSymbols.ofRow(columns.get(cells, Column.MEETING), named());
        if (symbol.isEmpty() && !columns.has(Column.MEETING)) {
            // a list that names its meeting nowhere is still read: kept under its file's name, which the join pairs
            // with its report's file name, or else reports as joined to no meeting (MISSING_MEETING)
            symbol = fileKey;
        }
        if (symbol.isEmpty()) {
            read.add(rejectedRow(where, "No meeting (the Meeting cell holds no report symbol, and neither the file's or sheet's name nor a title names one); the row is "
                    + "left out"));
            return;
        }
        String title = person.title(cells, first, last);
        String earlier = seen.putIfAbsent(PersonCells.key(symbol, entity.name(), first, last), where);
        if (earlier != null) {
            read.add(new Finding(where, FindingCode.DUPLICATE_PARTICIPANT, "The row repeats " + earlier
                    + " (same person, delegation and meeting); counted once"));
            return;
        }
        if (mark) {
            marked.add(read.read.size());
        }
        if (person.blankRegistration(cells)) {
            blankRegistered.add(read.read.size());
        }
        registrationDated |= person.datedRegistration(cells);
        personInRow = lastPersonLine == line.number() ? personInRow + 1 : 0;
        french |= Gender.frenchHonorific(title);
        String post = wholePost.isEmpty() ? person.position(cells) : wholePost;
        HeadMarks.Marked postMark = HeadMarks.of(post);
        // "Counsellor (HoD)": the head's mark is no part of the post (a deputy's, "(Deputy Head)", stays)
        post = Boolean.TRUE.equals(postMark.head()) ? postMark.name() : post;
        read.read.add(new Delegate(ParticipantListReader.storedLine(sheetIndex, line.number(), personInRow), symbol, delegation,
                entity, type, title, first, last, post,
                person.gender(cells, title), person.head(cells, markedHead), person.checkedIn(cells)));
        lastPersonLine = line.number();
        lastReadLine = line.number();
        lastDelegation = delegation;
    }

    private static Finding rejectedRow(String where, String message) {
        return new Finding(where, FindingCode.REJECTED_ROW, message);
    }
}
