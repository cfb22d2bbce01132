package org.rapporteur.tables;

import java.util.function.Function;

/**
 * positions-by-entity.csv: one row per meeting, entity, topic and stance where the text names the speaker, with the
 * sources (file#paragraph, ;-separated) behind it. A statement made on behalf of a group counts for the group, and
 * spoken_by names the speakers.
 */
public record EntityPositionRow(String meetingId, String entityCode, EntityCodes codes, String entityName, String topic,
                                String stance, int mentions, String spokenBy, String sources) {

    public static final TableDef<EntityPositionRow> TABLE = TableDef.of("positions-by-entity",
            "one row per meeting, entity, topic and stance where the text names the speaker", Column.class);

    /** The columns of positions-by-entity.csv, in order, with what each holds. */
    public enum Column implements TableColumn<EntityPositionRow> {
        MEETING_ID("the meeting: its body series and session number (UNODC/CCPCJ/EG.4#5), else the report symbol, "
                + "else the file name", EntityPositionRow::meetingId),
        ENTITY_CODE("ISO 3166-1 alpha-3 for States, the reference tables' acronym for organisations (CoE, EU, "
                + "INTERPOL) and groups (G77); empty for a name no table knows", EntityPositionRow::entityCode),
        ISO2(EntityCodes.ISO2_MEANING, row -> row.codes().iso2()),
        M49("UN M49 numeric code for States (384); empty otherwise", row -> row.codes().m49()),
        CODE_SYSTEM("what entity_code is: ISO3, ACRONYM (an organisation), GROUP (a negotiating or regional group); "
                + "empty without a code", row -> row.codes().codeSystem()),
        ENTITY_NAME("the UN official short name (\"Iran (Islamic Republic of)\"), or the organisation's full name",
                EntityPositionRow::entityName),
        TOPIC("the topic", EntityPositionRow::topic),
        STANCE("FOR, AGAINST or NEUTRAL", EntityPositionRow::stance),
        MENTIONS("positions the text credits to the entity (a group for what was said on its behalf); where the report "
                + "and a statements file both record the meeting, the larger of their two tallies, never their sum "
                + "(they record the same statements)",
                EntityPositionRow::mentions),
        SPOKEN_BY("for a group, the States that spoke on its behalf (entity codes, separated by ;); empty otherwise",
                EntityPositionRow::spokenBy),
        SOURCES("the paragraphs behind them (file#paragraph, separated by ;)", EntityPositionRow::sources);

        private final String meaning;
        private final Function<EntityPositionRow, Object> value;

        Column(String meaning, Function<EntityPositionRow, Object> value) {
            this.meaning = meaning;
            this.value = value;
        }

        @Override
        public String meaning() {
            return meaning;
        }

        @Override
        public Object value(EntityPositionRow row) {
            return value.apply(row);
        }
    }
}
