package org.rapporteur.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known participants: UN Member States and observer States, intergovernmental organisations, negotiating groups
 * and United Nations entities, read from four CSV tables. The defaults ship inside the jar, so the product never
 * needs the shared folder at run time; a user may point to a copy of their own, or add a table (e.g. of NGOs).
 *
 * <p>Loading checks everything a lookup relies on: row shape, unique codes, and no name claimed by two entities.
 * A failure is an {@link IllegalStateException} naming file, line and reason: the tables are part of the product,
 * so a bad row is a packaging error to fix, not an input problem to report and skip.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ReferenceData {

    static final String IGOS = "igos.csv";
    static final String GROUPS = "groups.csv";
    static final String UN_ENTITIES = "un-entities.csv";
    static final String NGOS = "ngos.csv";
    private static final String CLASSPATH_FOLDER = "/reference/";

    private final List<NamedEntity> rows;
    private final Map<String, Entity> byCode;
    private final NameIndex index;

    private ReferenceData(List<NamedEntity> rows) {
        this.rows = List.copyOf(rows);
        this.byCode = codes(this.rows);
        this.index = new NameIndex(this.rows);
    }

    /** The tables shipped in the jar under {@code /reference/}. */
    public static ReferenceData loadDefault() {
        return load(file -> {
            InputStream stream = ReferenceData.class.getResourceAsStream(CLASSPATH_FOLDER + file);
            if (stream == null) {
                throw new IllegalStateException("classpath:" + CLASSPATH_FOLDER + file + " is missing from the jar");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        }, "classpath:" + CLASSPATH_FOLDER);
    }

    /**
     * A folder holding the five tables under their usual names ({@code un-member-states.csv}, {@code igos.csv},
     * {@code groups.csv}, {@code un-entities.csv}, {@code ngos.csv}), UTF-8.
     *
     * @throws UncheckedIOException when a file cannot be opened
     */
    public static ReferenceData load(Path folder) {
        return load(file -> {
            try {
                return Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open " + folder.resolve(file), e);
            }
        }, folder + "/");
    }

    private static ReferenceData load(Opener opener, String location) {
        List<NamedEntity> rows = new ArrayList<>();
        rows.addAll(StateTable.read(location + StateTable.FILE, opener.open(StateTable.FILE)));
        rows.addAll(NameTable.read(location + IGOS, opener.open(IGOS), NameTable.IGO_HEADER, EntityType.IGO));
        rows.addAll(NameTable.read(location + GROUPS, opener.open(GROUPS), NameTable.HEADER, EntityType.GROUP));
        rows.addAll(NameTable.read(location + UN_ENTITIES, opener.open(UN_ENTITIES), NameTable.HEADER,
                EntityType.UN_ENTITY));
        rows.addAll(NameTable.read(location + NGOS, opener.open(NGOS), NameTable.HEADER, EntityType.NGO));
        return new ReferenceData(rows);
    }

    /**
     * These entities plus those of one more table with the header {@code code,name,aliases}, all of {@code type}.
     * Reads and closes {@code table}.
     *
     * @param source the table's name for messages, e.g. its file name
     * @throws IllegalArgumentException for a State type: States need the columns of the States table
     * @throws IllegalStateException    for a malformed row, a code already used, or a name already claimed
     */
    public ReferenceData withTable(String source, Reader table, EntityType type) {
        if (type == EntityType.MEMBER_STATE || type == EntityType.OBSERVER_STATE) {
            throw new IllegalArgumentException("States need the columns of " + StateTable.FILE + ", not " + type);
        }
        List<NamedEntity> more = new ArrayList<>(rows);
        more.addAll(NameTable.read(source, table, NameTable.HEADER, type));
        return new ReferenceData(more);
    }

    /** Member States and observer States, in table order. */
    public List<Entity> states() {
        return rows.stream().map(NamedEntity::entity)
                .filter(e -> e.type() == EntityType.MEMBER_STATE || e.type() == EntityType.OBSERVER_STATE)
                .toList();
    }

    /**
     * Every entity: States, then organisations, groups, United Nations entities, non-governmental organisations and
     * added tables.
     */
    public List<Entity> all() {
        return rows.stream().map(NamedEntity::entity).toList();
    }

    /** The entity with exactly this code (ISO3 for States, e.g. "IRN"; the table's code otherwise, e.g. "CoE"). */
    public Optional<Entity> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    NameIndex index() {
        return index;
    }

    private static Map<String, Entity> codes(List<NamedEntity> rows) {
        Map<String, NamedEntity> seen = new LinkedHashMap<>();
        for (NamedEntity row : rows) {
            NamedEntity previous = seen.putIfAbsent(row.entity().code(), row);
            if (previous != null) {
                throw new IllegalStateException("the code '" + row.entity().code() + "' is used by both "
                        + previous.describe() + " and " + row.describe());
            }
        }
        Map<String, Entity> codes = new LinkedHashMap<>();
        seen.forEach((code, row) -> codes.put(code, row.entity()));
        return Collections.unmodifiableMap(codes);
    }

    /** Opens one table by file name; the reader is closed by the table reader. */
    @FunctionalInterface
    private interface Opener {
        Reader open(String file);
    }
}
