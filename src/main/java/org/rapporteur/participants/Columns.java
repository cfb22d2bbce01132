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
        TITLE("title", "salutation", "honorific", "prefix", "civility", "civilite", "titre", "tratamiento",
                "courtesytitle"),
        FIRST_NAME("firstname", "givenname", "forename", "firstnames", "givennames", "prenom", "nombre"),
        LAST_NAME("lastname", "surname", "familyname", "apellido", "apellidos", "nomdefamille", "nom", "name",
                "fullname", "participantname", "participant", "nomcomplet", "nombrecompleto", "nameandtitle",
                "nomettitre", "nombreytitulo"),
        POSITION("position", "function", "jobtitle", "designation", "fonction", "cargo", "functiontitle", "role",
                "post", "capacity"),
        DELEGATION("delegation", "representing", "delegationname", "delegacion", "country", "memberstate",
                "countryorganization",
                "countryorganisation", "organizationcountry", "organisationcountry", "pays", "pais", "entity",
                "organization", "organisation", "institution"),
        /** An organisation column beside a country column: the delegation of a row whose type is an organisation. */
        ORGANIZATION("organization", "organisation", "organizationname", "organisationname", "organismo",
                "organisme"),
        DELEGATION_TYPE("delegationtype", "participanttype", "entitytype", "delegationcategory", "type", "category"),
        CHECKED_IN("checkedin", "checkin", "checkedinat", "checkintime", "attended", "present", "badgecollected",
                "badgeprinted", "badgeprintedon", "badgecollectedon", "arrivalconfirmed", "arrival", "arrivee", "arrived",
                "llegada"),
        HEAD("headofdelegation", "hod", "chefdedelegation", "jefededelegacion", "isheadofdelegation", "rolecode",
                "participationrole", "role",
                "roleindelegation", "roleinthedelegation", "delegationrole", "functionindelegation",
                "statusindelegation", "roledansladelegation", "fonctiondansladelegation", "funcionenladelegacion",
                "papelenladelegacion"),
        MEETING("meeting", "meetingsymbol", "reportsymbol", "documentsymbol", "symbol", "reunion", "seance"),
        // statements
        SPEAKER("speaker", "speakername", "delegationspeaking", "speakingfor"),
        TEXT("text", "statement", "statementtext", "content"),
        /** Whom a speaker spoke for, in a column of its own (an online speakers' list). */
        BEHALF("onbehalfof", "behalf", "onbehalf", "aunomde", "ennombrede", "speakingonbehalfof"),
        /**
         * Whether a registration or a speaker's slot stands: "Withdrawn", "Cancelled" take the row out. Named exactly
         * only ("Badge status" is a check-in column).
         */
        STATUS("status", "registrationstate", "registrationstatus", "participationstatus", "speakerstatus",
                "slotstatus", "statut", "statutdelinscription", "estadodelainscripcion"),
        /** The delegate's gender as the list states it ("Gender", "Sex (F/M)", "Sexe (F/H)"): see GenderColumn. */
        GENDER("gender", "sex", "sexe", "sexo", "genre", "genero", "geschlecht");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private final Map<Column, Integer> index;
    private final int size;
    private final List<String> header;

    private Columns(Map<Column, Integer> index, List<String> header) {
        this.index = index;
        this.size = header.size();
        this.header = header;
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
            byWords(header, index, taken);
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

    /**
     * The words that name a column inside a longer header ("Party/Organization", "Title / Position", "Badge pickup",
     * "Summary of statement", "Reunión"), tried only for the columns no header names exactly, from the most specific
     * column to the most general, and only in a row where some header is named exactly (so that a row of values, "State
     * of Palestine", "First Secretary", is not read as a header). A header goes to the first column one of its words names, or to none: "Jefe/a de
     * delegación" is the head of delegation, never the delegation; "Title / Position" is a position, as the honorific
     * column is never recognised by the ambiguous "title" alone.
     */
    private static final List<Map.Entry<Column, Set<String>>> WORDS = List.of(
            Map.entry(Column.GENDER, Set.of("gender", "sex", "sexe", "sexo", "genre", "genero", "geschlecht")),
            Map.entry(Column.HEAD, Set.of("hod", "head", "heads", "chef", "cheffe", "jefe", "jefa")),
            Map.entry(Column.DELEGATION_TYPE, Set.of("type", "category", "categorie", "categoria")),
            Map.entry(Column.CHECKED_IN, Set.of("badge", "badges", "checkin", "checked", "attended",
                    "attendance", "pickup", "collected", "retire", "recogida", "recogido", "present", "retirada",
                    "retirado", "remis", "remise", "entregada", "entregado")),
            Map.entry(Column.MEETING, Set.of("meeting", "reunion", "symbol", "cote", "simbolo")),
            Map.entry(Column.TEXT, Set.of("statement", "statements", "summary", "text", "content",
                    "declaration", "intervention", "resume", "resumen")),
            Map.entry(Column.SPEAKER, Set.of("speaker", "orateur", "oradora", "orador")),
            Map.entry(Column.TITLE, Set.of("salutation", "honorific", "civilite", "civility", "tratamiento",
                    "prefix", "courtesy")),
            Map.entry(Column.FIRST_NAME, Set.of("first", "given", "forename", "forenames", "prenom",
                    "prenoms")),
            Map.entry(Column.LAST_NAME, Set.of("surname", "family", "apellido", "apellidos")),
            Map.entry(Column.POSITION, Set.of("position", "function", "fonction", "cargo", "job",
                    "designation")),
            Map.entry(Column.DELEGATION, Set.of("delegation", "delegacion", "country", "countries", "pays",
                    "pais", "party", "parties", "state", "organization", "organisation", "organizacion", "entity")));

    /** Words that, with a word for the delegation, name a person's role in it ("Role in delegation"): the head column. */
    private static final Set<String> ROLE = Set.of("role", "roles", "function", "fonction", "funcion", "status",
            "statut", "rol", "papel", "capacity", "qualite");
    private static final Set<String> DELEGATION_WORDS = Set.of("delegation", "delegacion", "del");

    private static void byWords(List<String> header, Map<Column, Integer> index, Set<Integer> taken) {
        for (int i = 0; i < header.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            Set<String> words = words(header.get(i));
            if (!index.containsKey(Column.HEAD) && words.stream().anyMatch(ROLE::contains)
                    && words.stream().anyMatch(DELEGATION_WORDS::contains)) {
                index.put(Column.HEAD, i);
                taken.add(i);
                continue;
            }
            for (Map.Entry<Column, Set<String>> entry : WORDS) {
                if (words.stream().anyMatch(entry.getValue()::contains)) {
                    if (!index.containsKey(entry.getKey())) {
                        index.put(entry.getKey(), i);
                        taken.add(i);
                    }
                    break;
                }
            }
        }
    }

    private static Set<String> words(String header) {
        Set<String> words = new HashSet<>();
        for (String word : folded(header).replace("check-in", "checkin")
                .replace("check in", "checkin").split("[^a-z]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String key(String header) {
        return folded(header).replaceAll("[^a-z]", "");
    }

    /** The header in lower case, without accents or a byte-order mark. */
    private static String folded(String header) {
        String text = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return text.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    boolean has(Column column) {
        return index.containsKey(column);
    }

    int recognised() {
        return index.size();
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
