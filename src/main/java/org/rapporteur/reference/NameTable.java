package org.rapporteur.reference;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table of code, name and aliases: organisations, groups and United Nations entities all have this shape,
 * only the column names of {@code igos.csv} differ. The code is a name too ("UNODC", "EU"), so it is a lookup key.
 */
final class NameTable {

    /** Header of the tables we write ourselves, and of tables a user adds. */
    static final List<String> HEADER = List.of("code", "name", "aliases");
    /** Header of the shared {@code igos.csv}, kept as received. */
    static final List<String> IGO_HEADER = List.of("short_name", "full_name", "aliases");

    private NameTable() {
    }

    /**
     * Reads and closes {@code reader}; see {@link TableReader#read}.
     *
     * @param header {@link #HEADER} or {@link #IGO_HEADER}: code, name and aliases columns, in that order
     * @param type   the type of every entity in the table
     */
    static List<NamedEntity> read(String source, Reader reader, List<String> header, EntityType type) {
        return TableReader.read(source, reader, header, row -> toEntity(row, header, type));
    }

    private static NamedEntity toEntity(TableRow row, List<String> header, EntityType type) {
        String code = row.required(header.get(0)).strip();
        String name = row.required(header.get(1)).strip();
        List<String> names = new ArrayList<>();
        names.add(name);
        names.add(code);
        names.addAll(row.list(header.get(2)));
        return new NamedEntity(new Entity(code, name, type, ""), names, row.origin());
    }
}
