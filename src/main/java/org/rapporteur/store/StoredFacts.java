package org.rapporteur.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stored facts held in memory, one record type per table: what {@link FactReader} reads from the database, given
 * directly (for tests of the export without a database). Its {@link FactSource} view filters the lists per source.
 */
public record StoredFacts(List<Meeting> meetings, List<Attendance> attendance, List<Participant> participation,
                          List<QualityFinding> findings, List<PositionRow> positions, List<ReviewRow> review,
                          List<DelegateRow> delegates, List<StatementRow> statements) implements FactSource {

    public StoredFacts {
        meetings = List.copyOf(meetings);
        attendance = List.copyOf(attendance);
        participation = List.copyOf(participation);
        findings = List.copyOf(findings);
        positions = List.copyOf(positions);
        review = List.copyOf(review);
        delegates = List.copyOf(delegates);
        statements = List.copyOf(statements);
    }

    /** One person of one list of participants (personal data: names go only to output/restricted/). */
    public record DelegateRow(String source, int line, String meetingSymbol, String delegationAsWritten,
                              String entityCode, String entityName, String entityType, String regionalGroup,
                              String delegationType, String title, String firstName, String lastName, String position,
                              String gender, boolean headOfDelegation, Boolean checkedIn) {
    }

    /** One statement of one statements file; its positions are position rows with paragraph = line. */
    public record StatementRow(String source, int line, String meetingSymbol, String speakerAsWritten,
                               String speakerCode, String speakerName, String speakerType, String speakerGroup,
                               String behalfCode, String behalfName, String behalfType) {
    }

    /** One position of one sentence of one report. */
    public record PositionRow(String source, int seq, int paragraph, int sentenceIndex, String sentence, String topic,
                              String stance, String quantifier, int weight, String attributedEntityCode, String rule,
                              String cueWords, String onBehalfOf, double confidence) {
    }

    /** One sentence of one report to review. */
    public record ReviewRow(String source, int paragraph, int sentenceIndex, String sentence, String reason,
                            String quantifier, int weight, String attributedEntityCode, String onBehalfOf) {
    }

    /** One report's meeting facts. */
    public record Meeting(String source, String meetingId, String body, Integer sessionNumber, String reportSymbol,
                          String reportStatus, String jobNumber, LocalDate startDate, LocalDate endDate,
                          boolean datesProvisional, String venue) {
    }

    /**
     * One attendance count of one report, as printed; {@code capacity} is "" where the report names none, {@code basis}
     * PRINTED (the report prints the number), APPROXIMATE ("more than 600"), LIST (counted from its list) or
     * PLACEHOLDER (a draft's "[…]": {@code count} means nothing); {@code named} how many of them the report names;
     * {@code sentence} the sentence of the paragraph that gives it, from 1, 0 where no one sentence does.
     */
    public record Attendance(String source, int seq, int paragraph, String category, String capacity, int count,
                             String basis, boolean provisional, int named, int sentence) {
    }

    /**
     * One participation row of one report (or of a list or statements file, whose line is its {@code paragraph});
     * {@code capacity} is "" where the report names none; {@code sentence} the sentence of the paragraph it comes
     * from, from 1, 0 where no one sentence holds it or the input has no sentences; {@code alsoIn} the other inputs
     * that record the same statement (file#line, separated by ;), "" where none.
     */
    public record Participant(String source, int seq, int paragraph, String role, String entityCode, String entityName,
                              String entityType, String regionalGroup, String nameAsWritten, String person,
                              String onBehalfOf, String capacity, boolean provisional, int sentence, String alsoIn) {

        /** A row of an input without sentences (a list's or statements file's line), recorded by no other. */
        public Participant(String source, int seq, int paragraph, String role, String entityCode, String entityName,
                           String entityType, String regionalGroup, String nameAsWritten, String person,
                           String onBehalfOf, String capacity, boolean provisional) {
            this(source, seq, paragraph, role, entityCode, entityName, entityType, regionalGroup, nameAsWritten,
                    person, onBehalfOf, capacity, provisional, 0, "");
        }

        /** The same row, the statement also recorded at {@code where} (file#line). */
        public Participant alsoIn(String where) {
            return new Participant(source, seq, paragraph, role, entityCode, entityName, entityType, regionalGroup,
                    nameAsWritten, person, onBehalfOf, capacity, provisional, sentence,
                    alsoIn.isEmpty() ? where : alsoIn + ";" + where);
        }
    }

    /** One data-quality finding of one input. */
    public record QualityFinding(String kind, String source, int seq, String location, String severity, String code,
                                 String message) {
    }

    @Override
    public List<Meeting> meetings() {
        return meetings.stream().sorted(Comparator.comparing(Meeting::source)).toList();
    }

    @Override
    public List<SourceSymbol> delegateSymbols() {
        return symbols(delegates.stream().sorted(Comparator.comparing(DelegateRow::source)
                .thenComparingInt(DelegateRow::line)).map(d -> new SourceSymbol(d.source(), d.meetingSymbol())));
    }

    @Override
    public List<SourceSymbol> statementSymbols() {
        return symbols(statements.stream().sorted(Comparator.comparing(StatementRow::source)
                .thenComparingInt(StatementRow::line)).map(s -> new SourceSymbol(s.source(), s.meetingSymbol())));
    }

    private static List<SourceSymbol> symbols(Stream<SourceSymbol> inLineOrder) {
        return inLineOrder.distinct().toList();
    }

    @Override
    public List<Attendance> attendance(String source) {
        return attendance.stream().filter(a -> a.source().equals(source))
                .sorted(Comparator.comparingInt(Attendance::seq)).toList();
    }

    @Override
    public List<Participant> participation(String source) {
        return participation.stream().filter(p -> p.source().equals(source))
                .sorted(Comparator.comparingInt(Participant::seq)).toList();
    }

    @Override
    public List<PositionRow> positions(String source) {
        return positions.stream().filter(p -> p.source().equals(source))
                .sorted(Comparator.comparingInt(PositionRow::seq)).toList();
    }

    @Override
    public List<ReviewRow> review(String source) {
        return review.stream().filter(r -> r.source().equals(source)).toList();
    }

    @Override
    public List<DelegateRow> delegates(String source) {
        return delegates.stream().filter(d -> d.source().equals(source))
                .sorted(Comparator.comparingInt(DelegateRow::line)).toList();
    }

    @Override
    public List<StatementRow> statements(String source) {
        return statements.stream().filter(s -> s.source().equals(source))
                .sorted(Comparator.comparingInt(StatementRow::line)).toList();
    }

    @Override
    public void findings(Consumer<QualityFinding> each) {
        findings.stream().sorted(Comparator.comparing(QualityFinding::kind).thenComparing(QualityFinding::source)
                .thenComparingInt(QualityFinding::seq)).forEach(each);
    }
}
