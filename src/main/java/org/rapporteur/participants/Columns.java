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

    enum Column {
        TITLE("title", "salutation", "honorific", "prefix", "civility"),
        FIRST_NAME("firstname", "givenname", "forename", "firstnames", "prenom"),
        LAST_NAME("lastname", "surname", "familyname", "nom", "name", "fullname"),
        POSITION("position", "function", "jobtitle", "designation", "role", "post"),
        DELEGATION("delegation", "country", "organization", "organisation", "entity", "delegationname",
                "countryorganization", "countryorganisation", "memberstate", "institution"),
        DELEGATION_TYPE("delegationtype", "participanttype", "type", "category", "entitytype", "delegationcategory"),
        CHECKED_IN("checkedin", "checkin", "attended", "present", "badgecollected", "registered"),
        MEETING("meeting", "meetingsymbol", "symbol", "event", "session", "reportsymbol"),
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

    /** The columns a header row names; unrecognised headers are ignored. */
    static Columns of(List<String> header) {
        Map<Column, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = key(header.get(i));
            for (Column column : Column.values()) {
                if (column.names.contains(key) && !index.containsKey(column)) {
                    index.put(column, i);
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
