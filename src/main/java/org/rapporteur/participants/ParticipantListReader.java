package org.rapporteur.participants;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.rapporteur.documents.ZipLimits;
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

    static final int HEADER_SEARCH_ROWS = 10;
    /** Lines of a later sheet start at its index times this (an Excel sheet has at most 1,048,576 rows). */
    public static final int SHEET_LINES = 10_000_000;
    /** Rows read from one file at most, by default; more make the file too large. */
    public static final int DEFAULT_MAX_ROWS = org.rapporteur.documents.ReadLimits.DEFAULT_MAX_ROWS;

    private final NameResolver resolver;
    private final int maxRows;

    public ParticipantListReader(NameResolver resolver) {
        this(resolver, DEFAULT_MAX_ROWS);
    }

    /** @param maxRows the most rows a file may have; one with more is refused (FILE_TOO_LARGE) */
    public ParticipantListReader(NameResolver resolver, int maxRows) {
        this.resolver = resolver;
        this.maxRows = maxRows;
    }

    /** Reads a CSV list held in memory. {@code fileName} gives the meeting when the list has no Meeting column. */
    public ParticipantList readCsv(String fileName, String text) {
        return readCsv(fileName, new StringReader(text));
    }

    /** Reads a CSV list record by record; the caller closes {@code text}. */
    public ParticipantList readCsv(String fileName, Reader text) {
        ListRows rows = new ListRows(this, fileName, maxRows, false);
        try {
            int repaired = TabularFile.csv(text, ParticipantListReader::isHeader, rows);
            return rows.result(repaired == 0 ? List.of() : List.of(Finding.inFile(FindingCode.ENCODING_GUESSED,
                    repaired + " cell(s) of UTF-8 text that had been decoded as Windows-1252 (\"CÃ´te\") were "
                            + "repaired; save the file as UTF-8")));
        } catch (Refused e) {
            return refused(e.finding);
        } catch (RowsRead.TooManyRows e) {
            return refused(RowsRead.tooManyRows(maxRows));
        } catch (java.nio.charset.CharacterCodingException e) {
            return refused(Finding.inFile(FindingCode.ENCODING_ERROR, "A byte that is neither UTF-8 nor "
                    + "Windows-1252: save the file as UTF-8"));
        } catch (IOException | RuntimeException e) {
            return refused(FindingCode.MALFORMED_FILE, "Not a readable CSV file: " + e.getMessage());
        }
    }

    /**
     * A workbook POI would not open: too large once expanded (as a list of many rows written with inline strings is),
     * built to expand (a zip bomb), or not a workbook at all.
     */
    private ParticipantList unreadable(Exception e) {
        if (ZipLimits.partTooLarge(e)) {
            return refused(FindingCode.FILE_TOO_LARGE, "A sheet of the workbook expands beyond "
                    + ZipLimits.MAX_PART_BYTES / (1024 * 1024) + " MB when opened: it is not read; split the list, "
                    + "or save it as .csv (which is read record by record)");
        }
        if (ZipLimits.exceeded(e)) {
            return refused(FindingCode.UNSAFE_DOCUMENT, "The workbook would expand beyond safe limits when opened "
                    + "(a zip bomb?): it is not read");
        }
        return refused(FindingCode.MALFORMED_FILE, "Not a readable Excel workbook: " + e.getMessage());
    }

    /** Reads an Excel list held in memory: every visible sheet with a header row. */
    public ParticipantList readXlsx(String fileName, byte[] bytes) {
        ZipLimits.apply();
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            return readXlsx(fileName, workbook);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return unreadable(e);
        }
    }

    /** Reads an Excel list sheet by sheet, row by row, with POI's event API: memory does not grow with the rows. */
    public ParticipantList readXlsx(String fileName, Path file) {
        ZipLimits.apply();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return readXlsx(fileName, workbook);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return unreadable(e);
        }
    }

    private ParticipantList readXlsx(String fileName, OPCPackage workbook) throws IOException {
        ListRows rows = new ListRows(this, fileName, maxRows, true);
        try {
            TabularFile.xlsx(workbook, rows);
            return rows.result(List.of());
        } catch (Refused e) {
            return refused(e.finding);
        } catch (RowsRead.TooManyRows e) {
            return refused(RowsRead.tooManyRows(maxRows));
        }
    }

    static boolean isHeader(List<String> cells) {
        Columns columns = Columns.of(cells);
        return columns.has(Column.DELEGATION) && (columns.has(Column.FIRST_NAME) || columns.has(Column.LAST_NAME));
    }

    /** Thrown to refuse the whole file as soon as it is clear that it cannot be read. */
    static final class Refused extends RuntimeException {
        final Finding finding;

        Refused(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }

    /** The band of lines where the second and later persons of one row are stored (a sheet index no list reaches). */
    static final int PERSON_BAND = 200;

    /**
     * The line a person is stored under: the row's, on a later sheet {@code sheetIndex * SHEET_LINES + row}; the
     * second and later persons of one row ({@code personInRow} 1, 2, …) in the band above
     * {@code PERSON_BAND * SHEET_LINES}, so that every person has a line of her own.
     */
    static int storedLine(int sheetIndex, int row, int personInRow) {
        int sheet = Math.min(sheetIndex, PERSON_BAND - 1);
        return personInRow == 0 ? sheet * SHEET_LINES + row
                : (PERSON_BAND + personInRow - 1) * SHEET_LINES + sheet * 100_000 + row % 100_000;
    }

    /**
     * A stored line as a person finds it: "12", "sheet 2 row 12" for a row of the second visible sheet, "12 (person
     * 2)" for the second person of a row.
     */
    public static String lineLabel(int line) {
        if (line >= PERSON_BAND * SHEET_LINES) {
            int rest = line % SHEET_LINES;
            String row = rest / 100_000 == 0 ? Integer.toString(rest % 100_000)
                    : "sheet " + (rest / 100_000 + 1) + " row " + rest % 100_000;
            return row + " (person " + (line / SHEET_LINES - PERSON_BAND + 2) + ")";
        }
        return line < SHEET_LINES ? Integer.toString(line)
                : "sheet " + (line / SHEET_LINES + 1) + " row " + (line % SHEET_LINES);
    }

    /**
     * The delegation as a known entity, or, for a type of organisation the tables do not list (an NGO, an
     * intergovernmental organisation, academia, the private sector), as written without its own acronym in brackets.
     */
    Optional<Entity> delegation(String name, String type) {
        Optional<Entity> known = DelegationNames.resolve(resolver, name);
        if (known.isEmpty()) {
            known = MissionNames.state(resolver, name).or(() -> BilingualNames.resolve(resolver, name))
                    .or(() -> otherForm(name).flatMap(other -> DelegationNames.resolve(resolver, other)));
        }
        if (known.isPresent()) {
            return known;
        }
        EntityType unlisted = unlistedType(type);
        return unlisted == null ? Optional.empty()
                : Optional.of(new Entity("", OWN_ACRONYM.matcher(name).replaceFirst("").strip(), unlisted, ""));
    }

    /** "Delegation of", "Delegación de", "Délégation de la" before the delegation's name. */
    private static final java.util.regex.Pattern DELEGATION_OF = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:the\\s+)?(?:delegation|delegaci[óo]n|d[ée]l[ée]gation)\\s+(?:of\\s+(?:the\\s+)?|de\\s+(?:la\\s+|l'|los\\s+"
            + "|las\\s+|el\\s+)?|du\\s+|des\\s+|d')");
    /** An article before a name: "the", "los", "les", "l'". */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:the|el|la|los|las|le|les|l')\\s*(?=\\p{L})");
    /** A long form with its qualifier first: "República Bolivariana de Venezuela", "Plurinational State of Bolivia". */
    private static final java.util.regex.Pattern QUALIFIER_FIRST = java.util.regex.Pattern.compile(
            "(?iu)^(\\p{L}[\\p{L}\\s'\\-]*?\\s(?:of|de|du|d'))\\s*(?:the\\s+|la\\s+|el\\s+)?(\\p{L}[\\p{L}\\s'\\-]*)$");

    /**
     * The name in another form the tables may know: without "Delegation of" or an article ("Delegación de México",
     * "Los Países Bajos"), or with its qualifier after it in brackets, as UN short names write it ("República
     * Bolivariana de Venezuela" → "Venezuela (República Bolivariana de)").
     */
    private static Optional<String> otherForm(String name) {
        String bare = ARTICLE.matcher(DELEGATION_OF.matcher(name).replaceFirst("")).replaceFirst("").strip();
        if (!bare.equals(name.strip())) {
            return Optional.of(bare);
        }
        java.util.regex.Matcher qualified = QUALIFIER_FIRST.matcher(bare);
        return qualified.matches() ? Optional.of(qualified.group(2).strip() + " (" + qualified.group(1).strip() + ")")
                : Optional.empty();
    }

    /** An organisation's own acronym after its name ("Friends of the Lakes Alliance (FLA)"): not part of the name. */
    private static final java.util.regex.Pattern OWN_ACRONYM = java.util.regex.Pattern.compile(
            "(?<=\\S)\\s*\\(\\p{Lu}[\\p{Lu}\\p{Ll}0-9&\\-]{1,11}\\)\\s*$");

    /**
     * The type of organisation a Delegation Type, category or section names, in English, French or Spanish
     * ("Organisation intergouvernementale", "ONG", "Organización no gubernamental", "Sociedad civil"); null for a
     * State or for none.
     */
    static EntityType unlistedType(String type) {
        String key = Columns.key(type);
        if (key.contains("nongovernmental") || key.startsWith("ngo") || key.contains("civilsociety")
                || key.contains("nongouvernemental") || key.contains("nogubernamental") || key.startsWith("ong")
                || key.contains("societecivile") || key.contains("sociedadcivil")) {
            return EntityType.NGO;
        }
        if (key.contains("intergovernmental") || key.startsWith("igo") || key.startsWith("oig")
                || key.contains("intergouvernemental")
                || key.contains("intergubernamental") || key.contains("internationalorganization")
                || key.contains("internationalorganisation") || key.contains("organisationinternationale")
                || key.contains("organizacioninternacional")) {
            return EntityType.IGO;
        }
        if (key.contains("academi") || key.contains("university") || key.contains("research")) {
            return EntityType.ACADEMIA;
        }
        if (key.contains("private") || key.contains("industry") || key.contains("business")) {
            return EntityType.PRIVATE_SECTOR;
        }
        return null;
    }

    /** A list in which no sheet has a header row or delegations as headings: refused whole. */
    static ParticipantList noHeader() {
        return refused(FindingCode.MISSING_COLUMN, "No header row naming a Delegation (or Country, Organization, "
                + "Entity) column and a First Name or Last Name column in the first " + HEADER_SEARCH_ROWS + " rows, "
                + "nor delegations as heading rows above their members");
    }

    static ParticipantList refused(FindingCode code, String message) {
        return refused(Finding.inFile(code, message));
    }

    private static ParticipantList refused(Finding finding) {
        return new ParticipantList(List.of(), List.of(finding));
    }

    /** Is this a report symbol Rapporteur recognises? */
    static boolean isSymbol(String text) {
        return ReportSymbol.parse(text).isPresent();
    }
}
