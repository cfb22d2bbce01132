package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the columns of a registration system's export by their header names, regardless of case, spacing,
 * punctuation and order ("First Name", "first_name", "FIRSTNAME" and "Given name" are one column).
 */
final class Columns {

    /** The columns; each lists its header names from the most to the least specific. */
    enum Column {
        /**
         * The honorific, also as lists abbreviate its header ("Trat.", Spanish tratamiento; "Civ.", French civilité).
         * "Title" last: where a list has both an "Honorific" and a "Title" column, the title is the
         * person's job ("Ambassador, Permanent Representative").
         */
        TITLE("honorific", "salutation", "civility", "civilite", "tratamiento", "courtesytitle", "prefix", "trat",
                "tratam", "civ", "formadetratamiento", "formuledepolitesse", "titre", "title"),
        FIRST_NAME("firstname", "givenname", "forename", "firstnames", "givennames", "prenom", "nombre"),
        LAST_NAME("lastname", "surname", "familyname", "apellido", "apellidos", "nomdefamille", "nom", "name",
                "fullname", "participantname", "participant", "nomcomplet", "nombrecompleto", "nameandtitle",
                "nomettitre", "nombreytitulo", "nomprenom", "nometprenom", "nombreyapellido", "nombreyapellidos",
                "nombresyapellidos", "participante"),
        POSITION("position", "function", "jobtitle", "designation", "fonction", "cargo", "functiontitle", "role",
                "post", "capacity", "funcion", "puesto", "poste", "qualite"),
        DELEGATION("delegation", "representing", "delegationname", "delegacion", "country", "memberstate",
                "countryorganization",
                "countryorganisation", "organizationcountry", "organisationcountry", "pays", "pais", "entity",
                "organization", "organisation", "institution"),
        /** An organisation column beside a country column: the delegation of a row whose type is an organisation. */
        ORGANIZATION("organization", "organisation", "organizationname", "organisationname", "organismo",
                "organisme"),
        /** Also a list's section ("Non-governmental organizations in consultative status"), which says the type. */
        DELEGATION_TYPE("delegationtype", "participanttype", "entitytype", "delegationcategory", "type", "category",
                "section", "group"),
        CHECKED_IN("checkedin", "checkin", "checkedinat", "checkintime", "attended", "present", "presente", "presence", "asistencia", "asistio", "badgecollected",
                "badgeprinted", "badgeprintedon", "badgecollectedon", "arrivalconfirmed", "arrival", "arrivee", "arrived",
                "signedin", "signin", "timein", "timeofarrival", "heuredarrivee", "horadellegada", "attendancedates",
                "daysattended",
                "llegada", "passissued", "passcollected", "badgeissued", "pointage", "emargement"),
        HEAD("headofdelegation", "hod", "chefdedelegation", "jefededelegacion", "isheadofdelegation", "rolecode",
                "participationrole", "role",
                "roleindelegation", "roleinthedelegation", "delegationrole", "functionindelegation",
                "statusindelegation", "roledansladelegation", "fonctiondansladelegation", "funcionenladelegacion",
                "papelenladelegacion"),
        /** A symbol column before one named "Meeting", which may number the sitting ("Meeting" 3). */
        MEETING("meetingsymbol", "reportsymbol", "documentsymbol", "sessionsymbol", "symbol", "document", "cote",
                "simbolo", "meeting", "reunion", "seance", "sesion", "session", "event", "eventname", "eventtitle",
                "meetingtitle", "meetingname", "sessiontitle", "sessionname", "evenement", "evento"),
        // statements
        SPEAKER("speaker", "speakername", "delegationspeaking", "speakingfor", "orateur", "oratrice", "orador",
                "oradora", "intervenant", "intervenante"),
        TEXT("text", "statement", "statementtext", "content", "texte", "texto", "declaration", "declaracion",
                "intervention", "intervencion", "summary", "resume", "resumen"),
        /** Whom a speaker spoke for, in a column of its own (an online speakers' list). */
        BEHALF("onbehalfof", "behalf", "onbehalf", "aunomde", "ennombrede", "speakingonbehalfof"),
        /**
         * Whether a registration or a speaker's slot stands: "Withdrawn", "Cancelled" take the row out. Named exactly
         * only ("Badge status" is a check-in column).
         */
        STATUS("status", "registrationstate", "registrationstatus", "participationstatus", "speakerstatus",
                "slotstatus", "statut", "statutdelinscription", "estadodelainscripcion"),
        /** The delegate's gender as the list states it ("Gender", "Sex (F/M)", "Sexe (F/H)"): see GenderColumn. */
        GENDER("gender", "sex", "sexe", "sexo", "genre", "genero", "geschlecht"),
        /**
         * Free remarks on the row ("Remarks", "Notes", "Remarques", "Observaciones"): read only for a head of
         * delegation written there ("HoD", "Head", "Chef de délégation"); anything else in it ("Arrives Tuesday")
         * says nothing.
         */
        REMARKS("remarks", "remark", "remarques", "remarque", "notes", "note", "comments", "comment",
                "commentaires", "commentaire", "observations", "observation", "observaciones", "observacion",
                "comentarios", "comentario", "notas", "nota", "otherinformation", "additionalinformation");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private final Map<Column, Integer> index;
    private final int size;
    private final List<String> header;

    /** Whether rows may end before the last column (columns found by content, where rows are of any length). */
    private final boolean ragged;

    private Columns(Map<Column, Integer> index, List<String> header) {
        this(index, header, false);
    }

    private Columns(Map<Column, Integer> index, List<String> header, boolean ragged) {
        this.index = index;
        this.size = header.size();
        this.header = header;
        this.ragged = ragged;
    }

    /** These columns, for rows that may end before the last of them (a list without a header). */
    Columns withRaggedRows() {
        return new Columns(index, header, true);
    }

    /**
     * The columns a header row names; unrecognised headers are ignored. Where several headers could be one column
     * ("Organization" and "Delegation", "Badge collected" and "Checked in"), the most specific name wins, wherever it
     * stands.
     */
    static Columns of(List<String> header) {
        List<List<String>> keys = header.stream().map(Columns::keys).toList();
        Map<Column, Integer> index = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Column column : Column.values()) {
            for (String name : column.names) {
                int at = -1;
                for (int i = 0; i < keys.size(); i++) {
                    if (keys.get(i).contains(name) && !taken.contains(i)) {
                        at = i;
                        break;
                    }
                }
                if (at >= 0) {
                    index.put(column, at);
                    taken.add(at);
                    break;
                }
            }
        }
        if (!index.isEmpty()) {
            HeaderWords.byWords(header, index, taken);
        }
        return new Columns(index, List.copyOf(header.stream().map(h -> h == null ? "" : h).toList()));
    }

    /**
     * The exact keys of a header: its own, and for a header in two languages ("Pays / Country", "Prénom / First
     * name") the key of its first part, where every part names the same column ("Title / Position" names two, "Job /
     * Title" one part only: both are left to their words).
     */
    private static List<String> keys(String header) {
        String whole = key(header);
        String[] parts = (header == null ? "" : header.replaceAll("\\([^()]*\\)", " ")).split("/");
        if (parts.length < 2) {
            return List.of(whole);
        }
        Column named = null;
        String partKey = null;
        for (String part : parts) {
            String k = key(part);
            Column column = exactly(k);
            if (column == null || named != null && named != column) {
                return List.of(whole);
            }
            named = column;
            partKey = partKey == null ? k : partKey;
        }
        return partKey == null ? List.of(whole) : List.of(whole, partKey);
    }

    private static Column exactly(String key) {
        for (Column column : Column.values()) {
            if (column.names.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /** The header's text of a column, or "" when the column is absent. */
    String header(Column column) {
        Integer i = index.get(column);
        return i == null ? "" : header.get(i);
    }

    static String key(String header) {
        return folded(header).replaceAll("[^a-z]", "");
    }

    /** The header in lower case, without accents or a byte-order mark. */
    static String folded(String header) {
        String text = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return text.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    boolean has(Column column) {
        return index.containsKey(column);
    }

    int recognised() {
        return index.size();
    }

    /**
     * What is wrong with the shape of a row, or null: fewer cells than the header where a column it names is missing
     * (a workbook's row simply ends at its last filled cell; a line of one cell is a heading, section or title, read as
     * such), or filled cells beyond the header.
     */
    String misshapen(List<String> cells, boolean workbook) {
        if (!workbook && !ragged && cells.size() < size && cells.size() <= lastUsed() && cells.size() > 1) {
            return "The row has " + cells.size() + " cells, the header " + size + ": a column is missing; the row is "
                    + "left out";
        }
        if (cells.size() > size && cells.subList(size, cells.size()).stream().anyMatch(c -> !c.isBlank())) {
            return "The row has " + cells.size() + " cells, the header " + size + " (a comma inside an unquoted "
                    + "cell?): its cells cannot be told apart; the row is left out";
        }
        return null;
    }

    /** The place of the last column recognised; -1 for none. */
    int lastUsed() {
        return index.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    /** The header row as written. */
    List<String> headers() {
        return header;
    }

    int size() {
        return size;
    }

    /** The cell of a column in a row, stripped; "" when the column is absent or the row is short. */
    String get(List<String> row, Column column) {
        Integer i = index.get(column);
        if (i == null || i >= row.size() || row.get(i) == null) {
            return "";
        }
        return row.get(i).replace('\u00A0', ' ').strip();
    }

    Optional<Integer> position(Column column) {
        return Optional.ofNullable(index.get(column));
    }
}
