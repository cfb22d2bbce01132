package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An export table: its name ({@code <name>.csv}), its sheet's name in the workbook, what one row is, and its columns,
 * in order.
 *
 * @param <R> the table's row record
 */
public record TableDef<R>(String name, String sheet, String rowIs, List<TableColumn<R>> columns) {

    public TableDef {
        columns = List.copyOf(columns);
    }

    /** A table whose columns are the constants of an enum, in declaration order, and whose sheet has its name. */
    public static <R, C extends Enum<C> & TableColumn<R>> TableDef<R> of(String name, String rowIs,
                                                                         Class<C> columns) {
        return new TableDef<>(name, name, rowIs, Arrays.asList(columns.getEnumConstants()));
    }

    public List<String> header() {
        return columns.stream().map(TableColumn::header).toList();
    }

    /** One row's cell values, in column order. */
    public List<Object> values(R row) {
        List<Object> values = new ArrayList<>(columns.size());
        for (TableColumn<R> column : columns) {
            values.add(column.value(row));
        }
        return values;
    }
}
