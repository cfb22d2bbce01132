package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.rapporteur.reference.EntityType;
import org.rapporteur.report.Role;
import org.rapporteur.store.StoredFacts;

/**
 * The builder of one body series' participation matrix: fed the participation rows of the series' meetings in order,
 * it keeps per entity only (meeting, roles, first participation row) as three ints, so that the matrices of an archive
 * take a few bytes per cell; its rows are grouped by regional group (in the UN's order of the groups, then everyone
 * without one), within a group in entity type and UN order.
 */
final class Matrix {

    private static final Comparator<String> UN_ORDER = UnOrder.names();
    private static final Role[] ROLES = Role.values();

    /** An entity as first met, and its cells: (meeting, role bits, first participation row) triples. */
    private static final class Entity {
        final MeetingPart.Cell first;
        int[] cells = new int[12];
        int size;

        Entity(MeetingPart.Cell first) {
            this.first = first;
        }

        void add(int meeting, int roles, int row) {
            if (size > 0 && cells[size - 3] == meeting) {
                cells[size - 2] |= roles;
                return;
            }
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, cells.length * 2);
            }
            cells[size++] = meeting;
            cells[size++] = roles;
            cells[size++] = row;
        }
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Lookups lookups;

    Matrix(Lookups lookups) {
        this.lookups = lookups;
    }

    /**
     * Notes a meeting's cells (column {@code meeting}, from 0, meetings fed in order), their rows counted from
     * {@code firstRow}, the meeting's first participation row.
     */
    void add(int meeting, List<MeetingPart.Cell> cells, int firstRow) {
        for (MeetingPart.Cell c : cells) {
            entities.computeIfAbsent(EntityKey.of(c.code(), c.type(), c.name()), k -> new Entity(c))
                    .add(meeting, c.roles(), firstRow + c.row());
        }
    }

    /** A meeting's cells from its participation, in order: one per entity, its roles, its first row. */
    static List<MeetingPart.Cell> cells(List<StoredFacts.Participant> participation) {
        Map<String, MeetingPart.Cell> cells = new LinkedHashMap<>();
        for (int row = 0; row < participation.size(); row++) {
            StoredFacts.Participant p = participation.get(row);
            int bit = 1 << Role.valueOf(p.role()).ordinal();
            int at = row;
            cells.merge(EntityKey.of(p.entityCode(), p.entityType(), p.entityName()),
                    new MeetingPart.Cell(p.entityCode(), p.entityType(), p.entityName(), p.regionalGroup(), bit, at),
                    (a, b) -> new MeetingPart.Cell(a.code(), a.type(), a.name(), a.group(), a.roles() | b.roles(),
                            a.row()));
        }
        return List.copyOf(cells.values());
    }

    /** The rows over {@code meetings} columns (every meeting fed), grouped by regional group. */
    List<MatrixRow> rows(int meetings) {
        List<MatrixRow> rows = new ArrayList<>();
        entities.values().stream()
                .sorted(Comparator.comparingInt((Entity e) -> groupRank(e.first.group()))
                        .thenComparing(e -> EntityType.valueOf(e.first.type()))
                        .thenComparing(e -> e.first.name(), UN_ORDER))
                .forEach(e -> {
                    List<String> cells = new ArrayList<>(java.util.Collections.nCopies(meetings, ""));
                    int[] links = new int[meetings];
                    Arrays.fill(links, -1);
                    for (int i = 0; i < e.size; i += 3) {
                        cells.set(e.cells[i], roles(e.cells[i + 1]));
                        links[e.cells[i]] = e.cells[i + 2];
                    }
                    MeetingPart.Cell p = e.first;
                    rows.add(new MatrixRow(p.code(), lookups.codes(p.code(), p.type()),
                            p.name(), p.type(), p.group(), cells, links));
                });
        return rows;
    }

    private static int groupRank(String group) {
        int at = WorkbookFigures.REGIONAL_GROUPS.indexOf(group == null ? "" : group);
        return at < 0 ? WorkbookFigures.REGIONAL_GROUPS.size() : at;
    }

    private static String roles(int bits) {
        StringJoiner joined = new StringJoiner(";");
        for (Role role : ROLES) {
            if ((bits & (1 << role.ordinal())) != 0) {
                joined.add(role.name());
            }
        }
        return joined.toString();
    }
}
