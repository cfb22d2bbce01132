package org.rapporteur.tables;

import java.util.function.Function;

/**
 * participation.csv: one row per thing an entity did at a meeting (chaired, sat on a panel, spoke, was named as
 * represented, was on the list of participants), in role order, then entity type, then UN order of the name; the
 * capacity the report names (party, signatory, observer, member of the body) is apart from the entity's type.
 */
public record ParticipationRow(String meetingId, String entityCode, String entityName, String entityType,
                               String regionalGroup, String role, String capacity, String nameAsWritten,
                               String person, String onBehalfOf, boolean provisional, String source) {

    public static final TableDef<ParticipationRow> TABLE = TableDef.of("participation", Column.class);

    public enum Column implements TableColumn<ParticipationRow> {
        MEETING_ID(ParticipationRow::meetingId),
        ENTITY_CODE(ParticipationRow::entityCode),
        ENTITY_NAME(ParticipationRow::entityName),
        ENTITY_TYPE(ParticipationRow::entityType),
        REGIONAL_GROUP(ParticipationRow::regionalGroup),
        ROLE(ParticipationRow::role),
        CAPACITY(ParticipationRow::capacity),
        NAME_AS_WRITTEN(ParticipationRow::nameAsWritten),
        PERSON(ParticipationRow::person),
        ON_BEHALF_OF(ParticipationRow::onBehalfOf),
        PROVISIONAL(ParticipationRow::provisional),
        SOURCE(ParticipationRow::source);

        private final Function<ParticipationRow, Object> value;

        Column(Function<ParticipationRow, Object> value) {
            this.value = value;
        }

        @Override
        public Object value(ParticipationRow row) {
            return value.apply(row);
        }
    }
}
