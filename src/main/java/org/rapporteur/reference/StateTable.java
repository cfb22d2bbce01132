package org.rapporteur.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code un-member-states.csv}: Member States with their regional group, and the two observer States, which
 * belong to no group. The codes are checked for shape because a shifted or mistyped cell would otherwise turn into a
 * wrong fact in every export.
 */
final class StateTable {

    static final String FILE = "un-member-states.csv";
    static final List<String> HEADER =
            List.of("iso3", "m49", "un_name", "un_name_in_text", "regional_group", "status", "aliases");

    /** The five UN regional groups, spelt as in the table. */
    static final Set<String> REGIONAL_GROUPS = Set.of("African States", "Asia-Pacific States",
            "Eastern European States", "Latin American and Caribbean States", "Western European and other States");

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern M49 = Pattern.compile("[0-9]{3}");

    private StateTable() {
    }

    /** Reads and closes {@code reader}; see {@link TableReader#read}. */
    static List<NamedEntity> read(String source, Reader reader) {
        return TableReader.read(source, reader, HEADER, StateTable::toEntity);
    }

    private static NamedEntity toEntity(TableRow row) {
        String iso3 = checked(row, "iso3", ISO3, "three upper-case letters");
        checked(row, "m49", M49, "three digits");
        String name = row.required("un_name");
        EntityType type = type(row);
        String group = row.text("regional_group");
        if (type == EntityType.MEMBER_STATE && !REGIONAL_GROUPS.contains(group)) {
            throw row.malformed("regional_group '" + group + "' is not one of " + REGIONAL_GROUPS);
        }
        if (type == EntityType.OBSERVER_STATE && !group.isEmpty()) {
            throw row.malformed("an observer State belongs to no regional group, found '" + group + "'");
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        if (!row.text("un_name_in_text").isBlank()) {
            names.add(row.text("un_name_in_text"));
        }
        names.addAll(row.list("aliases"));
        return new NamedEntity(new Entity(iso3, name, type, group), names, row.origin());
    }

    private static EntityType type(TableRow row) {
        String status = row.required("status");
        return switch (status) {
            case "member" -> EntityType.MEMBER_STATE;
            case "observer" -> EntityType.OBSERVER_STATE;
            default -> throw row.malformed("status '" + status + "' is neither member nor observer");
        };
    }

    private static String checked(TableRow row, String column, Pattern shape, String description) {
        String value = row.required(column);
        if (!shape.matcher(value).matches()) {
            throw row.malformed(column + " '" + value + "' is not " + description);
        }
        return value;
    }
}
