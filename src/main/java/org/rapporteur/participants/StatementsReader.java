package org.rapporteur.participants;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;

/**
 * Reads a statements file: CSV with the columns {@code meeting_symbol, speaker, text}, one row per statement. The
 * speaker is resolved like any name; "Egypt on behalf of the Group of African States" (also with a comma or in
 * parentheses) is Egypt speaking for the group; "the European Union and its member States" (or "on behalf of its
 * member States") is the European Union speaking for its members. A row without a speaker, text or known speaker is left out with its
 * line; the others load.
 */
public final class StatementsReader {

    /** The delegation in brackets after a person, itself with a bracket: "Mr. B (Suisse (observateur))". */
    private static final Pattern IN_PARENTHESES = Pattern.compile("\\(((?:[^()]|\\([^()]*\\))+)\\)\\s*$");
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\s*,?\\s+and\\s+(?:its|their)\\s+member\\s+"
            + "(?:States|countries)\\s*$");

    /**
     * "The representative of Brazil", "the observer for the State of Palestine", "Delegación de Chile", "Délégation du
     * Sénégal": the delegation is what follows.
     */
    private static final Pattern ROLE = Pattern.compile("(?iu)^\\s*(?:the\\s+|la\\s+|el\\s+)?"
            + "(?:(?:permanent\\s+)?representatives?|delegations?|delegates?|observers?|experts?|speakers?|"
            + "delegaci[óo]n|d[ée]l[ée]gation|representante|repr[ée]sentant(?:e)?)\\s+"
            + "(?:of|for|from|del|de\\s+la|de\\s+l'|de|du|des)\\s*");

    private final NameResolver resolver;
    private final int maxRows;

    public StatementsReader(NameResolver resolver) {
        this(resolver, ParticipantListReader.DEFAULT_MAX_ROWS);
    }

    /** @param maxRows the most rows a file may have; one with more is refused (FILE_TOO_LARGE) */
    public StatementsReader(NameResolver resolver, int maxRows) {
        this.resolver = resolver;
        this.maxRows = maxRows;
    }

    /** Reads a statements file held in memory. */
    public StatementsFile read(String fileName, String text) {
        return read(fileName, new StringReader(text));
    }

    /** Reads a statements file record by record; the caller closes {@code text}. */
    public StatementsFile read(String fileName, Reader text) {
        StatementRows rows = rows(fileName);
        try {
            TabularFile.csv(text, cells -> isHeader(cells) != null, rows);
        } catch (RowsRead.TooManyRows e) {
            return refused(RowsRead.tooManyRows(maxRows));
        } catch (java.nio.charset.CharacterCodingException e) {
            return refused(Finding.inFile(FindingCode.ENCODING_ERROR, "A byte that is neither UTF-8 nor "
                    + "Windows-1252: save the file as UTF-8"));
        } catch (IOException | RuntimeException e) {
            return refused(Finding.inFile(FindingCode.MALFORMED_FILE, "Not a readable CSV file: " + e.getMessage()));
        }
        return result(rows);
    }

    /**
     * Reads a statements workbook (.xlsx) sheet by sheet, row by row, with POI's event API, as a CSV file is read: a
     * title row may name the meeting, the header is among a sheet's first ten rows; lines are the sheet's row numbers.
     */
    public StatementsFile readXlsx(String fileName, java.nio.file.Path file) {
        org.rapporteur.documents.ZipLimits.apply();
        StatementRows rows = rows(fileName);
        try (org.apache.poi.openxml4j.opc.OPCPackage workbook = org.apache.poi.openxml4j.opc.OPCPackage.open(
                file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            TabularFile.xlsx(workbook, rows);
        } catch (RowsRead.TooManyRows e) {
            return refused(RowsRead.tooManyRows(maxRows));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            return refused(Finding.inFile(FindingCode.MALFORMED_FILE, "Not a readable Excel workbook: "
                    + e.getMessage()));
        }
        return result(rows);
    }

    private StatementRows rows(String fileName) {
        return new StatementRows(this, MeetingSymbols.fromFileName(fileName).orElse(""),
                MeetingSymbols.shortForm(fileName), maxRows);
    }

    private StatementsFile result(StatementRows rows) {
        if (!rows.anyHeader) {
            return refused(Finding.inFile(FindingCode.MISSING_COLUMN, "No header row with the columns "
                    + "meeting_symbol, speaker (or country, delegation) and text (or, for a speakers' list, a speaker "
                    + "column)"));
        }
        if ((rows.columns == null || !rows.columns.has(Column.MEETING)) && rows.named().isEmpty()
                && rows.read.read.isEmpty()) {
            return refused(Finding.inFile(FindingCode.MISSING_MEETING, "No meeting_symbol column, and neither the "
                    + "file name nor a title line above the header names the meeting"));
        }
        if (rows.read.read.isEmpty() && rows.read.findings().isEmpty()) {
            return new StatementsFile(List.of(), List.of(Finding.inFile(FindingCode.NO_ROWS, "The file has its header "
                    + "and no row under it: no statement is counted from it (was it exported whole?)")));
        }
        return new StatementsFile(rows.read.read, rows.read.findings());
    }

    /**
     * The columns of a statements file's header row, or null: a speaker (or delegation) column with a text column, or,
     * for an online speakers' list (who spoke, in order, without what was said), a speaker column, or a delegation
     * column in a row that names no person's name (that would be a list of participants).
     */
    static Columns isHeader(List<String> cells) {
        Columns candidate = Columns.of(cells);
        if (candidate.has(Column.SPEAKER)
                || candidate.has(Column.DELEGATION) && (candidate.has(Column.TEXT) || !candidate.has(Column.FIRST_NAME)
                && !candidate.has(Column.LAST_NAME) && candidate.recognised() > 1)) {
            return candidate;
        }
        return null;
    }

    /**
     * The statement of a speaker cell, with the group of an "On behalf of" column where the file has one ({@code
     * behalfCell}, "" when none). A group the tables do not know ("67 States", "Chile and Peru") is kept as written and
     * the statement stays the speaker's.
     */
    Optional<Statement> statement(int line, String symbol, String speaker, String behalfCell, String text) {
        SpeakerCell.Parts parts = behalfCell.isEmpty() ? SpeakerCell.parse(speaker)
                : new SpeakerCell.Parts(speaker, behalfCell.strip().replaceFirst("(?i)^the\\s+", ""));
        if (parts.group().isEmpty()) {
            SpeakerCell.Parts bracket = SpeakerCell.bracketed(speaker);
            if (bracket != null) {
                // "Ecuador (GRULAC)": a State, and in brackets the group it spoke for
                Optional<Entity> who = resolver.resolve(bracket.speaker());
                Optional<Entity> group = resolver.resolve(bracket.group());
                if (who.isPresent() && group.isPresent() && group.get().type() == EntityType.GROUP
                        && who.get().type() != EntityType.GROUP) {
                    return Optional.of(new Statement(line, symbol, speaker, who.get(), group.get(), text));
                }
            }
            return resolve(speaker).or(() -> unlisted(speaker))
                    .map(whole -> new Statement(line, symbol, speaker, whole, null, text));
        }
        Optional<Entity> who = resolve(parts.speaker());
        if (who.isEmpty()) {
            return Optional.empty();
        }
        if (Statement.OWN_MEMBERS.matcher(parts.group()).matches()) {
            // "the European Union, on behalf of its member States": the organisation speaking for its members
            return Optional.of(new Statement(line, symbol, speaker, who.get(), null, text));
        }
        Optional<Entity> group = resolve(parts.group());
        return Optional.of(group.isPresent() && !group.get().equals(who.get())
                ? new Statement(line, symbol, speaker, who.get(), group.get(), text)
                : new Statement(line, symbol, speaker, who.get(), null, text, parts.group()));
    }

    /**
     * An organisation the tables do not list, named as one ("World Council of Tidal Research", or after a person, "Mr.
     * A (Zero Waste Network)"): an NGO as written.
     */
    private static Optional<Entity> unlisted(String speaker) {
        Matcher bracket = IN_PARENTHESES.matcher(speaker);
        String name = bracket.find() && bracket.start() > 0
                && !Gender.leadingHonorific(speaker.substring(0, bracket.start())).isEmpty()
                ? bracket.group(1) : speaker; // "Mr. A (Zero Waste Network)": the organisation in brackets
        return OrganisationNames.looksLikeOne(name)
                ? Optional.of(new Entity("", name.strip(), EntityType.NGO, "")) : Optional.empty();
    }

    /**
     * A speaker or group as written: the name itself, else the delegation in parentheses ("Mr. A. Hassan (Egypt)"),
     * else without the members a group is said to speak with ("the European Union and its member States").
     */
    private Optional<Entity> resolve(String name) {
        Optional<Entity> entity = resolver.resolve(name).or(() -> OtherLanguageNames.resolve(resolver, name));
        if (entity.isPresent()) {
            return entity;
        }
        Matcher inParentheses = IN_PARENTHESES.matcher(name);
        if (inParentheses.find() && inParentheses.start() > 0) {
            // "M. Pierre Zhou (Brésil)", "Mme A (Suisse (observateur))": the delegation, in any of its names
            entity = resolve(inParentheses.group(1));
            if (entity.isPresent()) {
                return entity;
            }
        }
        String withoutCapacity = SpeakerCell.withoutCapacity(name);
        if (!withoutCapacity.equals(name)) {
            return resolve(withoutCapacity);
        }
        String withoutRole = ROLE.matcher(name).replaceFirst("").strip();
        if (!withoutRole.equals(name.strip())) {
            entity = resolve(withoutRole);
            if (entity.isPresent()) {
                return entity;
            }
        }
        String withoutMembers = MEMBERS.matcher(name).replaceFirst("").strip();
        return withoutMembers.equals(name.strip()) ? Optional.empty() : resolver.resolve(withoutMembers);
    }

    private static StatementsFile refused(Finding finding) {
        return new StatementsFile(List.of(), List.of(finding));
    }
}
