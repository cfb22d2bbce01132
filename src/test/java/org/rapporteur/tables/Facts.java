package org.rapporteur.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.store.StoredFacts;

/** Stored facts written for a test, one fact at a time, with plain defaults for what a test does not care about. */
final class Facts {

    final List<StoredFacts.Meeting> meetings = new ArrayList<>();
    final List<StoredFacts.Attendance> attendance = new ArrayList<>();
    final List<StoredFacts.Participant> participation = new ArrayList<>();
    final List<StoredFacts.QualityFinding> findings = new ArrayList<>();
    final List<StoredFacts.PositionRow> positions = new ArrayList<>();
    final List<StoredFacts.ReviewRow> review = new ArrayList<>();
    final List<StoredFacts.DelegateRow> delegates = new ArrayList<>();
    final List<StoredFacts.StatementRow> statements = new ArrayList<>();

    StoredFacts build() {
        return new StoredFacts(meetings, attendance, participation, findings, positions, review, delegates,
                statements);
    }

    /** A report of a meeting: series "EG", symbol {@code EG/<year>/<n>}. */
    Facts report(String source, String meetingId, String status, LocalDate start) {
        meetings.add(new StoredFacts.Meeting(source, meetingId, "EG", meetingId.hashCode() % 9, "EG/" + source,
                status, "V.1", start, start == null ? null : start.plusDays(2), false, "Vienna"));
        return this;
    }

    /** A final report of a meeting of another body series. */
    Facts seriesReport(String source, String meetingId, String body, LocalDate start) {
        meetings.add(new StoredFacts.Meeting(source, meetingId, body, 1, body + "/" + source, "FINAL", "", start,
                start, false, ""));
        return this;
    }

    Facts report(String source, String meetingId, String symbol) {
        meetings.add(new StoredFacts.Meeting(source, meetingId, "EG", 1, symbol, "FINAL", "", null, null, false,
                ""));
        return this;
    }

    Facts counted(String source, int paragraph, String category, int count) {
        return counted(source, paragraph, category, "", count, "PRINTED");
    }

    Facts counted(String source, int paragraph, String category, String capacity, int count, String basis) {
        attendance.add(new StoredFacts.Attendance(source, attendance.size(), paragraph, category, capacity, count,
                basis, false, 0, 0));
        return this;
    }

    Facts state(String source, String role, String code, String name, String group) {
        participation.add(new StoredFacts.Participant(source, participation.size(), 10, role, code, name,
                "MEMBER_STATE", group, name, "", "", "", false));
        return this;
    }

    /** A statement the report records of a State, in a paragraph and sentence of its own. */
    Facts spoke(String source, int paragraph, int sentence, String code, String name) {
        participation.add(new StoredFacts.Participant(source, participation.size(), paragraph, "STATEMENT", code,
                name, "MEMBER_STATE", "African States", name, "", "", "", false, sentence, ""));
        return this;
    }

    Facts entity(String source, String role, String code, String name, String type) {
        participation.add(new StoredFacts.Participant(source, participation.size(), 11, role, code, name, type, "",
                name, "", "", "", false));
        return this;
    }

    Facts delegate(String source, int line, String symbol, String code, String name, String first, String last,
                   String gender) {
        delegates.add(new StoredFacts.DelegateRow(source, line, symbol, name, code, name, "MEMBER_STATE",
                "African States", "", "", first, last, "", gender, false, null));
        return this;
    }

    Facts statement(String source, int line, String symbol, String code, String name) {
        statements.add(new StoredFacts.StatementRow(source, line, symbol, name, code, name, "MEMBER_STATE",
                "African States", "", "", ""));
        return this;
    }

    Facts position(String source, int paragraph, int sentence, String topic, String stance, int weight,
                   String entity) {
        positions.add(new StoredFacts.PositionRow(source, positions.size(), paragraph, sentence,
                "Sentence " + paragraph + "." + sentence, topic, stance, "Some speakers", weight, entity, "RULE", "", "",
                0.9));
        return this;
    }

    /** A position the classifier is unsure of: {@code confidence} below 0.5, its sentence also to review. */
    Facts unsurePosition(String source, int paragraph, int sentence, String topic, String stance, int weight,
                         double confidence) {
        positions.add(new StoredFacts.PositionRow(source, positions.size(), paragraph, sentence,
                "Sentence " + paragraph + "." + sentence, topic, stance, "Some speakers", weight, "", "MODEL", "", "",
                confidence));
        return this;
    }

    /** A position of a named speaker speaking for a group. */
    Facts groupPosition(String source, int paragraph, int sentence, String topic, String stance, String speaker,
                        String group) {
        positions.add(new StoredFacts.PositionRow(source, positions.size(), paragraph, sentence,
                "Sentence " + paragraph + "." + sentence, topic, stance, speaker + " for " + group, 1, speaker,
                "RULE", "", group, 0.9));
        return this;
    }

    Facts toReview(String source, int paragraph, int sentence) {
        review.add(new StoredFacts.ReviewRow(source, paragraph, sentence, "Sentence " + paragraph + "." + sentence,
                "NO_STANCE", "Several speakers", 3, "", ""));
        return this;
    }

    Facts finding(String kind, String source, String severity, String code) {
        return finding(kind, source, "line 1", severity, code);
    }

    Facts finding(String kind, String source, String location, String severity, String code) {
        findings.add(new StoredFacts.QualityFinding(kind, source, findings.size(), location, severity, code, "m"));
        return this;
    }
}
