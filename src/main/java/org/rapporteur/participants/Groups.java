package org.rapporteur.participants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.rapporteur.participants.Columns.Column;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * The delegation of a person who has none of her own in her row, as a list groups its persons:
 * <ul>
 * <li>under a <b>heading row</b>, a row holding only the delegation's name ("ALGERIA", "African Union"), her
 * members below it until the next heading; a heading that names no known entity ("REPUBLIC OF NARNIA" in capitals,
 * or any text in the delegation column) still groups the rows below, which are then rejected as of an unknown
 * delegation; a category or title line ("Intergovernmental organizations") ends the group;</li>
 * </ul>
 * A cell left empty under a filled one is not taken for the delegation above (an Excel cell merged down is, by
 * {@link WorkbookRows}): lists leave a delegation out by mistake as often as they group, and an empty cell cannot
 * tell which; such a row is rejected with its line.
 */
final class Groups {

    /** Words of a category heading or title line, never of a person's name. */
    private static final Set<String> CATEGORY_WORDS = Set.of("states", "state", "members", "member", "observers",
            "observer", "organizations", "organisations", "organization", "organisation", "agencies", "agency",
            "bodies", "body", "entities", "programmes", "programs", "funds", "secretariat", "participants",
            "delegations", "intergovernmental", "non-governmental", "nongovernmental", "specialized", "specialised",
            "united", "nations", "list", "session", "meeting", "other", "others", "institutions", "parties",
            "signatories", "representatives", "experts", "panellists", "panelists", "academia", "sector",
            "civil", "society", "invited", "guests", "staff");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
            "la", "le", "van", "von", "der", "den", "ten", "bin", "binti", "bint", "al", "el", "y", "e", "ibn");
    private static final Pattern TITLE_FIRST = Pattern.compile("(?i)^\\s*(?:h\\.?\\s?e\\.?|s\\.?\\s?e\\.?|dr|prof|"
            + "pr|amb|ambassador)\\.?\\s+\\S");

    private final ParticipantListReader reader;
    private Columns columns;
    private boolean headings;
    private String heading;
    /** Where the current heading row is, and whether a person was counted under it yet. */
    private String headingAt;
    private boolean headingHasMembers;
    /** Whether a person was read on this sheet yet (a note is told from a title only below the first). */
    private boolean listBegun;
    private final List<Finding> findings = new ArrayList<>();
    /** The section the rows are under ("Non-governmental organizations"), "" before any. */
    private String section = "";

    Groups(ParticipantListReader reader) {
        this.reader = reader;
    }

    void newSheet() {
        endGroup();
        listBegun = false;
        heading = null;
        section = "";
        columns = null;
    }

    /** The sheet's columns, and whether its delegations come from heading rows only (no delegation column). */
    void layout(Columns found, boolean fromHeadings) {
        columns = found;
        headings = fromHeadings;
    }

    /**
     * Whether the row is a heading (or, in a list grouped by headings, a category or title line): it then starts (or
     * ends) a group and is no person.
     */
    boolean heading(List<String> cells, String where) {
        String only = onlyCell(cells);
        if (only == null) {
            return false;
        }
        if (isRule(cells)) {
            return true; // "-----" under a heading: the group goes on
        }
        if (BrokenCells.broken(only) && Gender.leadingHonorific(only).isEmpty()) {
            // a heading a spreadsheet broke ("#REF!"): no delegation; the rows under it have none
            endGroup();
            heading = null;
            findings.add(new Finding(where, FindingCode.REJECTED_ROW, "The heading holds a spreadsheet error "
                    + "(\"#REF!\", \"#N/A\"), a column too narrow (\"####\") or characters lost in a conversion: no "
                    + "delegation can be read; the rows under it are left out"));
            return true;
        }
        boolean inDelegationColumn = columns.has(Column.DELEGATION)
                && only.equals(columns.get(cells, Column.DELEGATION));
        boolean known = reader.delegation(only, "").isPresent();
        if (!known && listBegun && isNote(only)) {
            // "(Names in order of credentials received)", "*** On-site registrations ***": said to the reader, no person;
            // the group above goes on under it, as under page furniture
            findings.add(new Finding(where, FindingCode.SUMMARY_ROW, NOTE));
            return true;
        }
        String categorised = categorised(only);
        if (!known && categorised != null) {
            // "Observer State: State of Palestine": the category, then the delegation the rows below belong to
            start(categorised, where);
            return true;
        }
        if (!known && isSection(only)) {
            // "MEMBERS", "Non-governmental organizations": a section, no delegation, no bad row
            endGroup();
            heading = null;
            section = only;
            return true;
        }
        if (inDelegationColumn || known) {
            start(only, where);
            return true;
        }
        if (!headings) {
            return false;
        }
        if (onlyInThePositionColumn(cells, only) && CellKind.namesAPost(only) && !inCapitals(only)) {
            // "Senior Legal Officer, Customs Authority" alone under its column: a person whose name is missing,
            // never a heading (a heading stands in the first column)
            return false;
        }
        if (inCapitals(only) || OrganisationNames.looksLikeOne(only)) {
            start(only, where);
            return true;
        }
        if (looksLikeAPerson(only)) {
            return false;
        }
        endGroup();
        heading = null;
        return true;
    }

    private void start(String delegation, String where) {
        endGroup();
        heading = delegation;
        headingAt = where;
        headingHasMembers = false;
    }

    /**
     * Ends the current group. In a list with a delegation column, a "heading" with nobody under it was a row with a
     * delegation and no name: it is reported as such, never dropped silently.
     */
    private void endGroup() {
        if (heading != null && !headingHasMembers && !headings && headingAt != null) {
            findings.add(new Finding(headingAt, FindingCode.REJECTED_ROW, "No first or last name; the row is left out"));
        }
        headingAt = null;
    }

    /** The findings of groups ended so far, handed over once. */
    List<Finding> drain() {
        List<Finding> out = List.copyOf(findings);
        findings.clear();
        return out;
    }

    /** The delegation of a person row: its own, else the group's; "" where there is none. */
    String delegation(List<String> cells) {
        String own = ofAnOrganisation(cells) ? columns.get(cells, Column.ORGANIZATION)
                : columns.get(cells, Column.DELEGATION);
        if (!own.isEmpty() && heading != null && officeColumn() && reader.delegation(heading, "").isPresent()) {
            // "Federal Ministry of Justice" under "Ministry / Organization", below the heading "NIGERIA": the
            // person's office, the heading her delegation; the group goes on under an office the tables know; an
            // organisation of its own ("Global Forum for Digital Trust") stays itself
            headingHasMembers = true;
            listBegun = true;
            boolean organisation = OrganisationNames.looksLikeOne(own) && !PageRows.INSTITUTION_FIRST.matcher(own).find();
            return reader.delegation(own, "").isPresent() || organisation ? own : heading;
        }
        if (!own.isEmpty()) {
            endGroup();
            heading = null;
            listBegun = true;
            return own;
        }
        if (heading != null) {
            headingHasMembers = true;
            listBegun = true;
            return heading;
        }
        return "";
    }

    /** A column headed by the office that sent the person ("Ministry / Organization", "Institution"). */
    private static final Pattern OFFICE_HEADER = Pattern.compile("(?iu).*\\b(?:ministry|minist[èe]re|ministerio|"
            + "institution|instituci[óo]n|organi[sz]ation|organisme|organismo|agency|office|authority)\\b.*");
    private static final Pattern DELEGATION_HEADER = Pattern.compile("(?iu).*\\b(?:delegation|d[ée]l[ée]gation|"
            + "delegaci[óo]n|country|pays|pa[íi]s|state|[ée]tat|estado|member)\\b.*");

    /** Whether the delegation column is headed by an office, not by a delegation or country. */
    private boolean officeColumn() {
        String header = columns.header(Column.DELEGATION);
        return OFFICE_HEADER.matcher(header).matches() && !DELEGATION_HEADER.matcher(header).matches();
    }

    /** Whether the row's only cell stands in the position column, apart from the name columns. */
    private boolean onlyInThePositionColumn(List<String> cells, String only) {
        return columns.has(Column.POSITION) && only.equals(columns.get(cells, Column.POSITION).strip())
                && !only.equals(columns.get(cells, Column.LAST_NAME).strip())
                && !only.equals(columns.get(cells, Column.FIRST_NAME).strip());
    }

    /** The message of a note line. */
    static final String NOTE = "A note inside the list, not a person or a heading; skipped";

    /** Opening words of a note to the reader ("Note:", "Nota :", "N.B.", "Remarque :"). */
    private static final Pattern NOTE_OPENING = Pattern.compile("(?iu)^(?:notes?|nota|n\\.\\s?b\\.?|nb|remarques?|"
            + "observaci[oó]n|aviso)\\s*[:.\\-–]\\s*\\S");

    /**
     * Whether a line of one cell, below the persons of a list, is a note to its reader rather than a heading or a
     * category: one that opens with "Note:", one set between asterisks ("*** … ***") or in brackets (three words or
     * more), or a sentence (four words or more, two of them in lower case, that ends with a full stop or holds a date
     * or an hour: "Situation au 2 mai, 17 heures", "Names received after the deadline are not shown.").
     */
    static boolean isNote(String text) {
        String t = text.strip();
        if (NOTE_OPENING.matcher(t).find()) {
            return true;
        }
        String[] words = t.replaceAll("^[*(\\[]+|[*)\\]]+$", "").strip().split("\\s+");
        if ((t.startsWith("**") || t.startsWith("*") && t.endsWith("*") && t.length() > 2) && words.length >= 3) {
            return true;
        }
        if ((t.startsWith("(") && t.endsWith(")") || t.startsWith("[") && t.endsWith("]")) && words.length >= 3) {
            return true;
        }
        if (looksLikeAPerson(t)) {
            return false; // "Ms. A B, Minister, Chile": a person written on one line
        }
        long lower = java.util.Arrays.stream(words).filter(w -> w.length() >= 3 && w.chars().allMatch(
                c -> Character.isLowerCase(c) || c == '\'' || c == '-' || c == '.' || c == ',')).count();
        return words.length >= 4 && lower >= 2 && (t.endsWith(".") || t.matches("(?s).*\\d.*"));
    }

    /** Category words a heading may open with before a colon ("Observer State: …", "État observateur : …"). */
    private static final Set<String> CATEGORY_SINGULARS = Set.of("observateur", "observador", "membre", "miembro",
            "etat", "état", "estado", "non-member", "ngo", "igo", "ong");

    /**
     * The delegation a heading names after its category and a colon ("Observer State: State of Palestine",
     * "Intergovernmental organization: African Union"), where the category is a few words of a category and the rest names a known
     * entity; else null.
     */
    private String categorised(String text) {
        return categorised(text, reader);
    }

    /** A delegation's label before the colon of a heading: "Delegation: Brazil", "Pays : Maroc", "Delegación: Chile". */
    private static final Set<String> LABELS = Set.of("delegation", "délégation", "delegacion", "delegación", "country",
            "pays", "pais", "país", "organization", "organisation", "organización", "organizacion", "entity", "party",
            "member", "participant", "representing");

    /** A rule under a title or heading ("=====", "-----", "_____"): nothing, no row and no section. */
    static boolean isRule(List<String> cells) {
        String only = onlyCell(cells);
        return only != null && only.length() >= 3 && only.matches("[=\\-_~*.\u2013\u2014\u2500\u2550\\s]+");
    }

    /**
     * The delegation a heading row names, by its name alone ("ARGENTINA") or after its category or label and a colon
     * ("Observer State: State of Palestine", "Delegation: Brazil"); null where it names none.
     */
    static String headingIn(String only, ParticipantListReader reader) {
        if (only == null) {
            return null;
        }
        return reader.delegation(only, "").isPresent() ? only : categorised(only, reader);
    }

    private static String categorised(String text, ParticipantListReader reader) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        String category = text.substring(0, colon).strip();
        String named = text.substring(colon + 1).strip();
        String[] words = category.toLowerCase(Locale.ROOT).split("\\s+");
        if (named.isEmpty() || words.length > 4 || category.matches(".*\\d.*")) {
            return null;
        }
        boolean ofACategory = java.util.Arrays.stream(words).map(w -> w.replaceAll("[^\\p{L}-]", ""))
                .anyMatch(w -> CATEGORY_WORDS.contains(w) || SECTION_WORDS.contains(w) || CATEGORY_SINGULARS.contains(w))
                || words.length == 1 && LABELS.contains(words[0].replaceAll("[^\\p{L}]", ""));
        return ofACategory && reader.delegation(named, "").isPresent() ? named : null;
    }

    /**
     * Whether the row is of an organisation in a list with a country and an organisation column: the country is then
     * the organisation's seat or duty station ("OECD" in "France"), and the delegation is the organisation.
     */
    private boolean ofAnOrganisation(List<String> cells) {
        if (!columns.has(Column.ORGANIZATION) || columns.get(cells, Column.ORGANIZATION).isEmpty()) {
            return false;
        }
        String type = Columns.key(columns.get(cells, Column.DELEGATION_TYPE));
        return !type.isEmpty() && ORGANISATION_TYPE.matcher(type).find() && !GOVERNMENT_TYPE.matcher(type).find();
    }

    private static final Pattern ORGANISATION_TYPE = Pattern.compile("organi[sz]ation|organisme|organismo|agenc|"
            + "unitednations|unsystem|ngo|specialized|specialised|programme|secretariat|civilsociety|academi|"
            + "private|institution|commission|bank|fund");
    private static final Pattern GOVERNMENT_TYPE = Pattern.compile("^(?:government|gouvernement|gobierno|state|"
            + "memberstate|observerstate|party|stateparty|country|etat|estado)");

    /** Whether rows are under a delegation heading. */
    boolean grouping() {
        return heading != null;
    }

    /** The section the rows are under, which says the type of an organisation the tables do not list; "" for none. */
    String section() {
        return section;
    }

    /** A category line of a printed list ("Intergovernmental organizations"): the section of the rows below. */
    void section(String category) {
        endGroup();
        heading = null;
        section = category;
    }

    /** Plural words that make a line a section of the list ("MEMBERS", "UNITED NATIONS AGENCIES"), not a delegation. */
    private static final Set<String> SECTION_WORDS = Set.of("states", "members", "observers", "organizations",
            "organisations", "agencies", "bodies", "entities", "programmes", "funds", "nations", "participants",
            "delegations", "parties", "signatories", "representatives", "experts", "panellists", "panelists",
            "institutions", "others", "guests", "membres", "observateurs", "miembros",
            "observadores", "organizaciones", "estados", "etats");

    /** An acronym in brackets at the end of a line. */
    private static final java.util.regex.Pattern OWN_ACRONYM = java.util.regex.Pattern.compile(
            "\\([A-Z][A-Za-z&\\-]{1,11}\\)\\s*$");

    static boolean isSection(String text) {
        if (looksLikeAPerson(text) || text.contains("\n")) {
            return false;
        }
        if (OWN_ACRONYM.matcher(text).find()) {
            return false; // "FEDERATION OF … INSTITUTIONS (FLI)": one organisation, named with its acronym
        }
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        // a section's plural is its head, before any "of": "Agencies of the United Nations", not "Union of … Parties"
        folded = folded.split("\\b(?:of|de|des|du|del)\\b", 2)[0];
        for (String word : folded.split("[^a-z]+")) {
            if (SECTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the row's only filled cell, or null. */
    static String onlyCell(List<String> cells) {
        String only = null;
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = cell.replace('\u00A0', ' ').strip();
            }
        }
        return only;
    }

    private static boolean inCapitals(String text) {
        return text.chars().filter(Character::isLetter).count() >= 3
                && text.chars().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    /** A name as a list writes one: an honorific or title first, or two to five capitalised words of no heading. */
    static boolean looksLikeAPerson(String text) {
        if (!Gender.leadingHonorific(text).isEmpty() || TITLE_FIRST.matcher(text).find()) {
            return true;
        }
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > 5 || text.matches(".*[\\d:()\\[\\]/].*")) {
            return false;
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (CATEGORY_WORDS.contains(lower.replaceAll("[^\\p{L}-]", ""))) {
                return false;
            }
            if (!PARTICLES.contains(lower) && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
