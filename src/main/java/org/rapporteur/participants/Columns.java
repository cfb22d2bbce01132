package org.rapporteur.participants;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
                "fullname", "participantname", "participant", "nomcomplet", "nombrecompleto"),
        POSITION("position", "function", "jobtitle", "designation", "fonction", "cargo", "functiontitle", "role",
                "post"),
        DELEGATION("delegation", "delegationname", "delegacion", "country", "memberstate", "countryorganization",
                "countryorganisation", "organizationcountry", "organisationcountry", "pays", "pais", "entity",
                "organization", "organisation", "institution"),
        DELEGATION_TYPE("delegationtype", "participanttype", "entitytype", "delegationcategory", "type", "category"),
        CHECKED_IN("checkedin", "checkin", "checkedinat", "checkintime", "attended", "present", "badgecollected",
                "badgeprinted", "registered"),
        HEAD("headofdelegation", "hod", "chefdedelegation", "jefededelegacion", "isheadofdelegation"),
        MEETING("meeting", "meetingsymbol", "reportsymbol", "documentsymbol", "symbol"),
        // statements
        SPEAKER("speaker", "speakername", "delegationspeaking", "speakingfor"),
        TEXT("text", "statement", "statementtext", "content");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    private final Map<Column, Integer> index;
    private final int size;

    private Columns(Map<Column, Integer> index, int size) {
        this.index = index;
        this.size = size;
    }

    /**
     * The columns a header row names; unrecognised headers are ignored. Where several headers could be one column
     * ("Organization" and "Delegation", "Registered" and "Checked in"), the most specific name wins, wherever it stands.
     */
    static Columns of(List<String> header) {
        List<String> keys = header.stream().map(Columns::key).toList();
        Map<Column, Integer> index = new LinkedHashMap<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Column column : Column.values()) {
            for (String name : column.names) {
                int at = -1;
                for (int i = 0; i < keys.size(); i++) {
                    if (keys.get(i).equals(name) && !taken.contains(i)) {
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
        return new Columns(index, header.size());
    }

    static String key(String header) {
        String text = header == null ? "" : Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return text.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
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
