package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.store.StoredFacts;

/** The export tables built in memory: every row each table received, in order, as the records themselves. */
final class TableRows implements TableOutput {

    private final Map<String, List<Object>> rows = new LinkedHashMap<>();
    private final Map<String, TableDef<?>> tables = new LinkedHashMap<>();
    private final Map<String, Audience> audiences = new LinkedHashMap<>();
    private WorkbookFigures figures;

    private static final Lookups REFERENCE = Lookups.of(ReferenceData.loadDefault(),
            Map.of("NEW_INSTRUMENT", "A new international instrument on cybercrime"));

    /** Builds every table from these facts, without overrides; an entity's name is its code. */
    static TableRows of(StoredFacts facts) {
        return of(facts, PositionOverrides.NONE, Function.identity());
    }

    /** The codes beside a State's code, from the reference tables. */
    static EntityCodes state(String iso3) {
        return REFERENCE.codes(iso3, "MEMBER_STATE");
    }

    static TableRows of(StoredFacts facts, PositionOverrides overrides, Function<String, String> names) {
        TableRows out = new TableRows();
        Lookups lookups = new Lookups(names, REFERENCE.types(), REFERENCE.countries(), REFERENCE.bodies(),
                REFERENCE.topicLabels());
        try {
            out.figures = new ExportTables(facts, overrides, lookups).write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public <R> RowSink<R> open(TableDef<R> table, Audience audience) {
        List<Object> list = new ArrayList<>();
        rows.put(table.name(), list);
        tables.put(table.name(), table);
        audiences.put(table.name(), audience);
        return list::add;
    }

    @SuppressWarnings("unchecked")
    <R> List<R> rows(TableDef<R> table) {
        return (List<R>) rows.get(table.name());
    }

    /** A table's rows as its CSV cells would hold them, header first. */
    List<List<Object>> values(String table) {
        @SuppressWarnings("unchecked")
        TableDef<Object> def = (TableDef<Object>) tables.get(table);
        List<List<Object>> out = new ArrayList<>();
        out.add(new ArrayList<>(def.header()));
        rows.get(table).forEach(r -> out.add(def.values(r)));
        return out;
    }

    List<String> tableNames() {
        return List.copyOf(rows.keySet());
    }

    Audience audience(String table) {
        return audiences.get(table);
    }

    WorkbookFigures figures() {
        return figures;
    }
}
