package org.rapporteur.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.rapporteur.export.LinkedValue;

/**
 * participation-matrix/&lt;series&gt;.csv, one per body series: one row per entity that took part in the series, grouped
 * by regional group (in the UN's order of the groups, then everyone without one); one column per meeting of the
 * series (in date order) holding what the entity did there, in role order ("PANELLIST;STATEMENT"). In the workbook
 * each such cell links to the entity's first row for that meeting in the participation sheet.
 *
 * @param cells per meeting column: the roles, or "" where the entity took no part
 * @param links per meeting column: the entity's first participation row there (0-based), or -1
 */
public record MatrixRow(String entityCode, EntityCodes codes, String entityName, String entityType,
                        String regionalGroup, List<String> cells, int[] links) {

    /** The folder of the matrices, and the start of their tables' names. */
    public static final String NAME = "participation-matrix";
    /** The file name of the matrix of meetings with no body series. */
    static final String NO_SERIES = "no-series";

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    /**
     * The matrix of a body series over its meetings: the entity's columns, then one column per meeting. Its file is
     * named after the series ("UNODC/CCPCJ/EG.4" gives {@code participation-matrix/UNODC_CCPCJ_EG.4.csv}), its sheet
     * "matrix UNODC_CCPCJ_EG.4".
     *
     * @param series the body series, "" for meetings of none
     */
    public static TableDef<MatrixRow> table(String series, List<String> meetingIds) {
        List<TableColumn<MatrixRow>> columns = new ArrayList<>(Arrays.asList(Column.values()));
        for (int i = 0; i < meetingIds.size(); i++) {
            columns.add(new MeetingColumn(meetingIds.get(i), i));
        }
        String file = series.isEmpty() ? NO_SERIES : series.replaceAll("[/\\\\:*?\"<>|\\s]", "_");
        return new TableDef<>(NAME + "/" + file, "matrix " + file, "one file per body series, one row per entity "
                + "taking part in it, grouped by regional group, one column per meeting of the series", columns);
    }

    /** Whether a table is a participation matrix. */
    public static boolean isMatrix(TableDef<?> table) {
        return table.name().startsWith(NAME + "/");
    }

    /** The entity's columns. */
    public enum Column implements TableColumn<MatrixRow> {
        ENTITY_CODE(ParticipationRow.Column.ENTITY_CODE.meaning(), MatrixRow::entityCode),
        ISO2(ParticipationRow.Column.ISO2.meaning(), row -> row.codes().iso2()),
        M49(ParticipationRow.Column.M49.meaning(), row -> row.codes().m49()),
        CODE_SYSTEM(ParticipationRow.Column.CODE_SYSTEM.meaning(), row -> row.codes().codeSystem()),
        ENTITY_NAME(ParticipationRow.Column.ENTITY_NAME.meaning(), MatrixRow::entityName),
        ENTITY_TYPE(ParticipationRow.Column.ENTITY_TYPE.meaning(), MatrixRow::entityType),
        REGIONAL_GROUP(ParticipationRow.Column.REGIONAL_GROUP.meaning(), MatrixRow::regionalGroup);

        private final String meaning;
        private final Function<MatrixRow, Object> value;

        Column(String meaning, Function<MatrixRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(MatrixRow row) {
            return value.apply(row);
        }
    }

    /** A meeting's column: its header is the meeting's id. */
    record MeetingColumn(String meetingId, int index) implements TableColumn<MatrixRow> {

        @Override
        public String header() {
            return meetingId;
        }

        @Override
        public String meaning() {
            return "what the entity did at meeting " + meetingId + ", in role order (PANELLIST;STATEMENT); empty "
                    + "where it took no part";
        }

        @Override
        public Object value(MatrixRow row) {
            String roles = row.cells().get(index);
            int link = row.links()[index];
            return link < 0 || roles.isEmpty() ? roles : new LinkedValue(roles, ParticipationRow.TABLE.name(), link);
        }
    }
}
