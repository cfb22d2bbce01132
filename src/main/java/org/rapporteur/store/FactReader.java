package org.rapporteur.store;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the stored facts of all current inputs, in a stable order, for export. */
public class FactReader {

    private final JdbcTemplate jdbc;

    public FactReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public StoredFacts readAll() {
        return new StoredFacts(
                jdbc.query("SELECT source, meeting_id, body, session_number, report_symbol, report_status, job_number, "
                                + "start_date, end_date, dates_provisional, venue FROM meeting_report ORDER BY source",
                        (rs, i) -> new StoredFacts.Meeting(rs.getString(1), rs.getString(2), rs.getString(3),
                                (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                date(rs.getDate(8)), date(rs.getDate(9)), rs.getBoolean(10), rs.getString(11))),
                jdbc.query("SELECT source, paragraph, category, count_value, provisional FROM attendance_count "
                                + "ORDER BY source, category",
                        (rs, i) -> new StoredFacts.Attendance(rs.getString(1), rs.getInt(2), rs.getString(3),
                                rs.getInt(4), rs.getBoolean(5))),
                jdbc.query("SELECT source, seq, paragraph, role, entity_code, entity_name, entity_type, regional_group, "
                                + "name_as_written, person, on_behalf_of, provisional FROM participation "
                                + "ORDER BY source, seq",
                        (rs, i) -> new StoredFacts.Participant(rs.getString(1), rs.getInt(2), rs.getInt(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12))),
                jdbc.query("SELECT kind, source, seq, location, severity, code, message FROM data_quality "
                                + "ORDER BY kind, source, seq",
                        (rs, i) -> new StoredFacts.QualityFinding(rs.getString(1), rs.getString(2), rs.getInt(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))),
                jdbc.query("SELECT source, seq, paragraph, sentence_index, sentence, topic, stance, quantifier, weight, "
                                + "attributed_entity_code, rule_id, cue_words FROM position_fact ORDER BY source, seq",
                        (rs, i) -> new StoredFacts.PositionRow(rs.getString(1), rs.getInt(2), rs.getInt(3),
                                rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getInt(9), rs.getString(10), rs.getString(11), rs.getString(12))),
                jdbc.query("SELECT source, paragraph, sentence_index, sentence, reason FROM review_sentence "
                                + "ORDER BY source, seq",
                        (rs, i) -> new StoredFacts.ReviewRow(rs.getString(1), rs.getInt(2), rs.getInt(3),
                                rs.getString(4), rs.getString(5))),
                jdbc.query("SELECT source, line, meeting_symbol, delegation_as_written, entity_code, entity_name, "
                                + "entity_type, regional_group, delegation_type, title, first_name, last_name, "
                                + "position_title, gender, head_of_delegation, checked_in FROM delegate "
                                + "ORDER BY source, line",
                        (rs, i) -> new StoredFacts.DelegateRow(rs.getString(1), rs.getInt(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                                rs.getString(13), rs.getString(14), rs.getBoolean(15),
                                (Boolean) rs.getObject(16))),
                jdbc.query("SELECT source, line, meeting_symbol, speaker_as_written, speaker_code, speaker_name, "
                                + "speaker_type, speaker_group, behalf_code, behalf_name, behalf_type FROM statement_row "
                                + "ORDER BY source, line",
                        (rs, i) -> new StoredFacts.StatementRow(rs.getString(1), rs.getInt(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11))));
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
