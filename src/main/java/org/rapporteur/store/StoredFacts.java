package org.rapporteur.store;

import java.time.LocalDate;
import java.util.List;

/** The facts of all current inputs as read back for export; one record type per table. */
public record StoredFacts(List<Meeting> meetings, List<Attendance> attendance, List<Participant> participation,
                          List<QualityFinding> findings, List<PositionRow> positions, List<ReviewRow> review,
                          List<DelegateRow> delegates, List<StatementRow> statements) {

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
                              String cueWords) {
    }

    /** One sentence of one report to review. */
    public record ReviewRow(String source, int paragraph, int sentenceIndex, String sentence, String reason) {
    }

    /** One report's meeting facts. */
    public record Meeting(String source, String meetingId, String body, Integer sessionNumber, String reportSymbol,
                          String reportStatus, String jobNumber, LocalDate startDate, LocalDate endDate,
                          boolean datesProvisional, String venue) {
    }

    /** One attendance count of one report. */
    public record Attendance(String source, int paragraph, String category, int count, boolean provisional) {
    }

    /** One participation row of one report. */
    public record Participant(String source, int seq, int paragraph, String role, String entityCode, String entityName,
                              String entityType, String regionalGroup, String nameAsWritten, String person,
                              String onBehalfOf, boolean provisional) {
    }

    /** One data-quality finding of one input. */
    public record QualityFinding(String kind, String source, int seq, String location, String severity, String code,
                                 String message) {
    }
}
