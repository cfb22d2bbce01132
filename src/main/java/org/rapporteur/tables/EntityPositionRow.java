package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions-by-entity.csv: one row per meeting, entity, topic and stance where the text names the speaker, with the
 * sources ({@code file#paragraph}, {@code ;}-separated) behind it.
 */
public record EntityPositionRow(String meetingId, String entityCode, String entityName, String topic, String stance,
                                int mentions, String sources) {

    public static final TableDef<EntityPositionRow> TABLE = TableDef.of("positions-by-entity", Column.class);

    public enum Column implements TableColumn<EntityPositionRow> {
        MEETING_ID(EntityPositionRow::meetingId),
        ENTITY_CODE(EntityPositionRow::entityCode),
        ENTITY_NAME(EntityPositionRow::entityName),
        TOPIC(EntityPositionRow::topic),
        STANCE(EntityPositionRow::stance),
        MENTIONS(EntityPositionRow::mentions),
        SOURCES(EntityPositionRow::sources);

        private final Function<EntityPositionRow, Object> value;

        Column(Function<EntityPositionRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(EntityPositionRow row) {
            return value.apply(row);
        }
    }
}
