package org.rapporteur.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.rapporteur.inputs.FileStat;
import org.rapporteur.inputs.InputFacts;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.inputs.ReadOutcome;
import org.rapporteur.participants.Delegate;
import org.rapporteur.participants.MeetingSymbols;
import org.rapporteur.participants.ParticipantList;
import org.rapporteur.participants.Statement;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.positions.ReportPositions;
import org.rapporteur.positions.ReviewSentence;
import org.rapporteur.positions.SentencePosition;
import org.rapporteur.quality.Finding;
import org.rapporteur.report.AgendaItem;
import org.rapporteur.report.AttendanceCount;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.Paragraph;
import org.rapporteur.report.Participation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes and reads the facts of inputs. Each write replaces everything an input said before, so a rerun after a crash
 * or of a changed input never duplicates a fact; callers run each write in one transaction.
 */
public class FactStore {

    private static final String[] FACT_TABLES = {
            "meeting_report", "report_paragraph", "agenda_item", "attendance_count", "participation", "position_fact",
            "review_sentence", "delegate", "statement_row"};

    private final JdbcTemplate jdbc;

    public FactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<InputRecord> inputs(InputKind kind) {
        return jdbc.query("SELECT source, sha256, fingerprint, rejected FROM input_document WHERE kind = ? "
                        + "ORDER BY source",
                (rs, i) -> new InputRecord(kind, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4)), kind.folder());
    }

    /**
     * Every stored input with its content hash, the code that read it and its file's stat when hashed, in one query:
     * what a run compares the input folder with (one look-up per file would cost a query each).
     */
    public Map<String, KnownInput> knownInputs() {
        Map<String, KnownInput> known = new HashMap<>();
        jdbc.query("SELECT kind, source, sha256, fingerprint, file_size, file_modified FROM input_document", rs -> {
            long size = rs.getLong(5);
            boolean hasSize = !rs.wasNull();
            long modified = rs.getLong(6);
            boolean hasModified = !rs.wasNull();
            known.put(KnownInput.key(rs.getString(1), rs.getString(2)), new KnownInput(rs.getString(3),
                    rs.getString(4), hasSize && hasModified ? new FileStat(size, modified) : null));
        });
        return known;
    }

    /**
     * A stored input as a run compares it with its file.
     *
     * @param sha256      its content hash when read
     * @param fingerprint the code that read it
     * @param stat        its file's size and time when hashed; null when not known
     */
    public record KnownInput(String sha256, String fingerprint, FileStat stat) {

        /** The key of {@link #knownInputs()}: kind (its folder) and source. */
        public static String key(InputKind kind, String source) {
            return key(kind.folder(), source);
        }

        static String key(String kindFolder, String source) {
            return kindFolder + "/" + source;
        }
    }

    /** Records the stat of an input's file as it was when its content was hashed; null forgets it. */
    public void recordStat(InputKind kind, String source, FileStat stat) {
        jdbc.update("UPDATE input_document SET file_size = ?, file_modified = ? WHERE kind = ? AND source = ?",
                stat == null ? null : stat.size(), stat == null ? null : stat.modifiedNanos(), kind.folder(), source);
    }

    /**
     * Replaces what an input said with what reading it gave: its facts and findings, or, when it was rejected, its
     * findings alone. One call per input; the caller runs it in one transaction.
     *
     * @param fingerprint the version of the code that read it ({@link InputRecord#fingerprint})
     */
    public void replace(InputKind kind, String source, String fingerprint, ReadOutcome outcome) {
        // an input never stored has nothing to forget: a look-up per kind instead of a delete per table (a first
        // run's every input). Facts are stored by source with their input_document row, in one transaction; the
        // kinds are all asked, as a report's source ("participants/x.txt" in a subfolder) may be another kind's
        if (isStored(source)) {
            retire(kind, source);
        }
        boolean rejected = outcome instanceof ReadOutcome.Rejected;
        jdbc.update("INSERT INTO input_document (kind, source, sha256, fingerprint, rejected) VALUES (?, ?, ?, ?, ?)",
                kind.folder(), source, outcome.sha256(), fingerprint, rejected);
        insertFindings(kind, source, outcome.findings());
        if (outcome instanceof ReadOutcome.Read read) {
            InputFacts facts = read.facts();
            if (facts instanceof InputFacts.OfReport report) {
                insertReport(source, report.report(), report.positions());
            } else if (facts instanceof InputFacts.OfList list) {
                insertList(source, list.list());
            } else if (facts instanceof InputFacts.OfStatements statements) {
                insertStatements(source, statements.statements(), statements.positions());
            }
        }
    }

    private void insertReport(String source, MeetingReport report, ReportPositions positions) {
        jdbc.update("INSERT INTO meeting_report (source, meeting_id, body, session_number, report_symbol, "
                        + "report_status, job_number, start_date, end_date, dates_provisional, venue) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                source, truncate(report.meetingId(), 400),
                report.symbol() == null ? null : truncate(report.symbol().series(), 300),
                report.sessionNumber(), report.symbol() == null ? null : truncate(report.symbol().text(), 300),
                report.status().name(), truncate(report.jobNumber(), 40), date(report.startDate()),
                date(report.endDate()), report.datesProvisional(), truncate(report.venue(), 300));
        jdbc.batchUpdate("INSERT INTO report_paragraph (source, paragraph_number, chapter_heading, section_heading, "
                        + "agenda_item, paragraph_text) VALUES (?, ?, ?, ?, ?, ?)",
                rows(report.paragraphs(), (Paragraph p, int i) -> new Object[] {source, p.number(),
                        p.chapter() == null ? null : truncate(p.chapter().toString(), 1000),
                        p.section() == null ? null : truncate(p.section().toString(), 1000),
                        truncate(p.agendaItem(), 40), truncate(p.text(), 200000)}));
        jdbc.batchUpdate("INSERT INTO agenda_item (source, seq, item_number, title) VALUES (?, ?, ?, ?)",
                rows(report.agenda(), (AgendaItem a, int i) -> new Object[] {source, i, truncate(a.number(), 40),
                        truncate(a.title(), 2000)}));
        jdbc.batchUpdate("INSERT INTO attendance_count (source, seq, category, capacity, paragraph, count_value, "
                        + "basis, provisional, named, sentence_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(report.attendance(), (AttendanceCount a, int i) -> new Object[] {source, i, a.category().name(),
                        name(a.capacity()), a.paragraph(), a.count(), a.basis().name(), a.provisional(), a.named(),
                        a.sentence()}));
        jdbc.batchUpdate("INSERT INTO participation (source, seq, paragraph, role, entity_code, entity_name, "
                        + "entity_type, regional_group, name_as_written, person, on_behalf_of, category, capacity, "
                        + "provisional, sentence_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(report.participation(), (Participation p, int i) -> new Object[] {source, i, p.paragraph(),
                        p.role().name(), truncate(p.entity().code(), 100), truncate(p.entity().name(), 1000),
                        p.entity().type().name(), truncate(p.entity().regionalGroup(), 100),
                        truncate(p.nameAsWritten(), 2000), truncate(p.person(), 500), truncate(p.onBehalfOf(), 1000),
                        p.category() == null ? null : p.category().name(), name(p.capacity()), p.provisional(),
                        p.sentence()}));
        insertPositions(source, positions);
    }

    private void insertPositions(String source, ReportPositions positions) {
        jdbc.batchUpdate("INSERT INTO position_fact (source, seq, paragraph, sentence_index, sentence, topic, stance, "
                        + "quantifier, weight, attributed_entity_code, rule_id, cue_words, on_behalf_of, confidence) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(positions.positions(), (SentencePosition sp, int i) -> new Object[] {source, i, sp.paragraph(),
                        sp.sentenceIndex(), truncate(sp.sentence(), 20000), sp.position().topic(),
                        sp.position().stance().name(), truncate(sp.position().quantifier(), 1000),
                        sp.position().weight(), truncate(sp.position().attributedEntityCode(), 100),
                        truncate(sp.position().rule(), 200),
                        truncate(sp.position().cueWords(), 1000), truncate(sp.position().onBehalfOf(), 100),
                        java.math.BigDecimal.valueOf(sp.position().confidence()).setScale(2,
                                java.math.RoundingMode.HALF_UP)}));
        jdbc.batchUpdate("INSERT INTO review_sentence (source, seq, paragraph, sentence_index, sentence, reason, "
                        + "quantifier, weight, attributed_entity_code, on_behalf_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(positions.review(), (ReviewSentence r, int i) -> new Object[] {source, i, r.paragraph(),
                        r.sentenceIndex(), truncate(r.sentence(), 20000), truncate(r.reason(), 200),
                        truncate(r.quantifier(), 1000), r.weight(), truncate(r.speaker(), 100),
                        truncate(r.onBehalfOf(), 100)}));
    }

    /** Records that the run {@code runId} (a job execution id) read this input. */
    public void markRead(InputKind kind, String source, long runId) {
        jdbc.update("UPDATE input_document SET read_in_run = ?, read_at = ? WHERE kind = ? AND source = ?", runId,
                readAtNow(), kind.folder(), source);
    }

    /**
     * Records that the run {@code runId} read this input and its file's stat when hashed ({@link #recordStat}), in
     * one statement: a first run stores every input, and each statement is a round trip to the database.
     */
    public void markRead(InputKind kind, String source, long runId, FileStat stat) {
        jdbc.update("UPDATE input_document SET read_in_run = ?, read_at = ?, file_size = ?, file_modified = ? "
                        + "WHERE kind = ? AND source = ?", runId, readAtNow(), stat.size(), stat.modifiedNanos(),
                kind.folder(), source);
    }

    private static String readAtNow() {
        return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** Every current input with its hash, whether it is rejected, the run that last read it (0 when unknown) and when. */
    public List<InputStatus> inputStatuses() {
        return jdbc.query("SELECT kind, source, sha256, rejected, read_in_run, read_at FROM input_document "
                        + "ORDER BY kind, source",
                (rs, i) -> new InputStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getLong(5), rs.getString(6) == null ? "" : rs.getString(6)));
    }

    /**
     * A hash of every current input as stored: kind, source, content hash, the fingerprint of the code that read it,
     * whether it was rejected and when it was read. Equal digests mean equal stored facts (they are made from the
     * inputs' content by that code).
     */
    public String inputsDigest() {
        MessageDigest digest = sha256();
        jdbc.query("SELECT kind, source, sha256, fingerprint, rejected, read_at FROM input_document "
                + "ORDER BY kind, source", rs -> {
            for (int column = 1; column <= 6; column++) {
                digest.update(String.valueOf(rs.getString(column)).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** An input as the manifest of a run lists it; {@code readAt} is when its current content was read (ISO, UTC). */
    public record InputStatus(String kind, String source, String sha256, boolean rejected, long readInRun,
                              String readAt) {
    }

    private void insertList(String source, ParticipantList list) {
        jdbc.batchUpdate("INSERT INTO delegate (source, line, meeting_symbol, meeting_names, delegation_as_written, "
                        + "entity_code, entity_name, entity_type, regional_group, delegation_type, title, first_name, "
                        + "last_name, position_title, gender, head_of_delegation, checked_in) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(list.delegates(), (Delegate d, int i) -> new Object[] {source, d.line(),
                        truncate(MeetingSymbols.strongest(d.meetingSymbol()), 300), namesColumn(d.meetingSymbol()),
                        truncate(d.delegationAsWritten(), 1000),
                        truncate(d.entity().code(), 100), truncate(d.entity().name(), 1000),
                        d.entity().type().name(), truncate(d.entity().regionalGroup(), 100),
                        truncate(d.delegationType(), 200), truncate(d.title(), 200), truncate(d.firstName(), 300),
                        truncate(d.lastName(), 300), truncate(d.position(), 1000), d.gender().name(),
                        d.headOfDelegation(), d.checkedIn()}));
    }

    private void insertStatements(String source, StatementsFile statements, ReportPositions positions) {
        jdbc.batchUpdate("INSERT INTO statement_row (source, line, meeting_symbol, meeting_names, speaker_as_written, "
                        + "speaker_code, speaker_name, speaker_type, speaker_group, behalf_code, behalf_name, behalf_type) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(statements.statements(), (Statement st, int i) -> new Object[] {source, st.line(),
                        truncate(MeetingSymbols.strongest(st.meetingSymbol()), 300), namesColumn(st.meetingSymbol()),
                        truncate(st.speakerAsWritten(), 1000),
                        truncate(st.speaker().code(), 100), truncate(st.speaker().name(), 1000),
                        st.speaker().type().name(), truncate(st.speaker().regionalGroup(), 100),
                        st.onBehalfOf() == null ? "" : truncate(st.onBehalfOf().code(), 100),
                        truncate(st.behalfName(), 1000),
                        st.onBehalfOf() == null ? "" : st.onBehalfOf().type().name()}));
        insertPositions(source, positions);
    }

    /** Whether an input of any kind with this source is stored (by the primary key, one kind at a time). */
    private boolean isStored(String source) {
        for (InputKind any : InputKind.values()) {
            Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM input_document WHERE kind = ? AND source = ?",
                    Integer.class, any.folder(), source);
            if (stored != null && stored > 0) {
                return true;
            }
        }
        return false;
    }

    /** Forgets an input and everything it said. */
    public void retire(InputKind kind, String source) {
        for (String table : FACT_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE source = ?", source);
        }
        jdbc.update("DELETE FROM data_quality WHERE kind = ? AND source = ?", kind.folder(), source);
        jdbc.update("DELETE FROM input_document WHERE kind = ? AND source = ?", kind.folder(), source);
    }

    private void insertFindings(InputKind kind, String source, List<Finding> findings) {
        jdbc.batchUpdate("INSERT INTO data_quality (kind, source, seq, location, severity, code, message) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows(findings, (Finding f, int i) -> new Object[] {kind.folder(), source, i, truncate(f.location(), 200),
                        f.severity().name(),
                        f.code().name(), truncate(f.message(), 4000)}));
    }

    /** Fits a text to its column: hostile or broken inputs must cost a shortened value, never the run. */
    private static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /** The widest meeting_names a row stores (V11). */
    static final int MEETING_NAMES_WIDTH = 2000;

    /**
     * The meeting_names column of a file's meeting as the reader joined its names ({@link MeetingSymbols#ALTERNATIVES}):
     * all of them, strongest first, as many whole names as fit; '' where there is one name (meeting_symbol holds it).
     */
    static String namesColumn(String joined) {
        List<String> names = joined == null ? List.of() : MeetingSymbols.names(joined);
        if (names.size() < 2) {
            return "";
        }
        StringBuilder kept = new StringBuilder(truncate(names.get(0), 300));
        for (String name : names.subList(1, names.size())) {
            if (kept.length() + MeetingSymbols.ALTERNATIVES.length() + name.length() > MEETING_NAMES_WIDTH) {
                break;
            }
            kept.append(MeetingSymbols.ALTERNATIVES).append(name);
        }
        return kept.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static Date date(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private interface RowMapper<T> {
        Object[] map(T item, int index);
    }

    private static <T> List<Object[]> rows(List<T> items, RowMapper<T> mapper) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(mapper.map(items.get(i), i));
        }
        return rows;
    }
}
