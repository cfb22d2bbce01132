package org.rapporteur.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the stored facts of all current inputs for export, one input at a time (each query reads one source through
 * its table's primary key), so that the export's memory does not grow with the archive. Each stored record has one
 * column list and one mapper here.
 */
public class FactReader implements FactSource {

    private static final String MEETING = "SELECT source, meeting_id, body, session_number, report_symbol, "
            + "report_status, job_number, start_date, end_date, dates_provisional, venue FROM meeting_report";
    private static final RowMapper<StoredFacts.Meeting> MEETING_ROW = (rs, i) -> new StoredFacts.Meeting(
            rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5),
            rs.getString(6), rs.getString(7), date(rs.getDate(8)), date(rs.getDate(9)), rs.getBoolean(10),
            rs.getString(11));
    private static final String ATTENDANCE = "SELECT source, seq, paragraph, category, capacity, count_value, basis, "
            + "provisional, named, sentence_index FROM attendance_count";
    private static final RowMapper<StoredFacts.Attendance> ATTENDANCE_ROW = (rs, i) -> new StoredFacts.Attendance(
            rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getInt(6),
            rs.getString(7), rs.getBoolean(8), rs.getInt(9), rs.getInt(10));
    private static final String PARTICIPATION = "SELECT source, seq, paragraph, role, entity_code, entity_name, "
            + "entity_type, regional_group, name_as_written, person, on_behalf_of, capacity, provisional, "
            + "sentence_index FROM participation";
    private static final RowMapper<StoredFacts.Participant> PARTICIPATION_ROW = (rs, i) ->
            new StoredFacts.Participant(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getString(11), rs.getString(12), rs.getBoolean(13), rs.getInt(14), "");
    private static final String FINDING = "SELECT kind, source, seq, location, severity, code, message "
            + "FROM data_quality";
    private static final RowMapper<StoredFacts.QualityFinding> FINDING_ROW = (rs, i) ->
            new StoredFacts.QualityFinding(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7));
    private static final String POSITION = "SELECT source, seq, paragraph, sentence_index, sentence, topic, stance, "
            + "quantifier, weight, attributed_entity_code, rule_id, cue_words, on_behalf_of, confidence FROM position_fact";
    private static final RowMapper<StoredFacts.PositionRow> POSITION_ROW = (rs, i) -> new StoredFacts.PositionRow(
            rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12),
            rs.getString(13), rs.getBigDecimal(14).doubleValue());
    private static final String REVIEW = "SELECT source, paragraph, sentence_index, sentence, reason, quantifier, weight, "
            + "attributed_entity_code, on_behalf_of FROM review_sentence";
    private static final RowMapper<StoredFacts.ReviewRow> REVIEW_ROW = (rs, i) -> new StoredFacts.ReviewRow(
            rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getInt(7), rs.getString(8), rs.getString(9));
    /**
     * A list's or statements file's meeting as its reader gave it: the names joined, strongest first, where the row
     * stores several (meeting_names, V11), else the one name of meeting_symbol.
     */
    private static final String MEETING_NAMES = "CASE WHEN meeting_names = '' THEN meeting_symbol ELSE meeting_names END";
    private static final String DELEGATE = "SELECT source, line, " + MEETING_NAMES + ", delegation_as_written, entity_code, "
            + "entity_name, entity_type, regional_group, delegation_type, title, first_name, last_name, "
            + "position_title, gender, head_of_delegation, checked_in FROM delegate";
    private static final RowMapper<StoredFacts.DelegateRow> DELEGATE_ROW = (rs, i) -> new StoredFacts.DelegateRow(
            rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
            rs.getString(13), rs.getString(14), rs.getBoolean(15), (Boolean) rs.getObject(16));
    private static final String STATEMENT = "SELECT source, line, " + MEETING_NAMES + ", speaker_as_written, speaker_code, "
            + "speaker_name, speaker_type, speaker_group, behalf_code, behalf_name, behalf_type FROM statement_row";
    private static final RowMapper<StoredFacts.StatementRow> STATEMENT_ROW = (rs, i) -> new StoredFacts.StatementRow(
            rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));

    private final JdbcTemplate jdbc;

    public FactReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredFacts.Meeting> meetings() {
        return jdbc.query(MEETING + " ORDER BY source", MEETING_ROW);
    }

    @Override
    public List<SourceSymbol> delegateSymbols() {
        return jdbc.query("SELECT source, " + MEETING_NAMES + " FROM delegate GROUP BY source, " + MEETING_NAMES + " "
                        + "ORDER BY source, MIN(line)",
                (rs, i) -> new SourceSymbol(rs.getString(1), rs.getString(2)));
    }

    @Override
    public List<SourceSymbol> statementSymbols() {
        return jdbc.query("SELECT source, " + MEETING_NAMES + " FROM statement_row GROUP BY source, " + MEETING_NAMES + " "
                        + "ORDER BY source, MIN(line)",
                (rs, i) -> new SourceSymbol(rs.getString(1), rs.getString(2)));
    }

    @Override
    public List<StoredFacts.Attendance> attendance(String source) {
        return jdbc.query(ATTENDANCE + " WHERE source = ? ORDER BY seq", ATTENDANCE_ROW, source);
    }

    @Override
    public List<StoredFacts.Participant> participation(String source) {
        return jdbc.query(PARTICIPATION + " WHERE source = ? ORDER BY seq", PARTICIPATION_ROW, source);
    }

    @Override
    public List<StoredFacts.PositionRow> positions(String source) {
        return jdbc.query(POSITION + " WHERE source = ? ORDER BY seq", POSITION_ROW, source);
    }

    @Override
    public List<StoredFacts.ReviewRow> review(String source) {
        return jdbc.query(REVIEW + " WHERE source = ? ORDER BY seq", REVIEW_ROW, source);
    }

    @Override
    public List<StoredFacts.DelegateRow> delegates(String source) {
        return jdbc.query(DELEGATE + " WHERE source = ? ORDER BY line", DELEGATE_ROW, source);
    }

    @Override
    public java.util.Map<Integer, String> paragraphs(String source) {
        java.util.Map<Integer, String> text = new java.util.HashMap<>();
        jdbc.query("SELECT paragraph_number, paragraph_text FROM report_paragraph WHERE source = ?",
                (RowCallbackHandler) rs -> text.put(rs.getInt(1), rs.getString(2)), source);
        return text;
    }

    @Override
    public List<StoredFacts.StatementRow> statements(String source) {
        return jdbc.query(STATEMENT + " WHERE source = ? ORDER BY line", STATEMENT_ROW, source);
    }

    @Override
    public void findings(Consumer<StoredFacts.QualityFinding> each) {
        jdbc.query(FINDING + " ORDER BY kind, source, seq",
                (RowCallbackHandler) rs -> each.accept(FINDING_ROW.mapRow(rs, 0)));
    }

    /** Findings over the current inputs: the inputs with an error, the warnings and the errors. */
    public FindingCounts findingCounts() {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT CASE WHEN severity = 'ERROR' THEN source END), "
                        + "COUNT(CASE WHEN severity = 'WARNING' THEN 1 END), "
                        + "COUNT(CASE WHEN severity = 'ERROR' THEN 1 END) FROM data_quality",
                (rs, i) -> new FindingCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * @param rejectedInputs inputs with at least one ERROR finding
     * @param warnings       WARNING findings
     * @param errors         ERROR findings
     */
    public record FindingCounts(long rejectedInputs, long warnings, long errors) {
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
