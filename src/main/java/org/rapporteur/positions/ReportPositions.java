package org.rapporteur.positions;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.participants.Statement;
import org.rapporteur.participants.StatementsFile;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.Paragraph;
import org.rapporteur.report.SentenceSplitter;

/**
 * The positions of a whole report. Only the deliberations are read: chapters on the introduction, the organization of
 * the meeting, attendance and the adoption of the report recount mandates and procedure, not views.
 *
 * @param positions the positions, in paragraph and sentence order
 * @param review    the sentences to look at
 */
public record ReportPositions(List<SentencePosition> positions, List<ReviewSentence> review) {

    private static final List<String> PROCEDURAL_CHAPTERS = List.of("introduction", "organization", "organisation",
            "adoption of the report", "attendance", "opening", "documentation", "election");

    public static final ReportPositions NONE = new ReportPositions(List.of(), List.of());

    public static ReportPositions of(MeetingReport report, PositionClassifier classifier) {
        List<SentencePosition> positions = new ArrayList<>();
        List<ReviewSentence> review = new ArrayList<>();
        String body = report.symbol() == null ? "" : report.symbol().series();
        for (Paragraph paragraph : report.paragraphs()) {
            if (isProcedural(paragraph)) {
                continue;
            }
            List<String> sentences = SentenceSplitter.split(paragraph.text());
            List<SentenceResult> results = classifier.classifyAll(sentences, body);
            for (int i = 0; i < sentences.size(); i++) {
                SentenceResult result = results.get(i);
                for (Position position : result.positions()) {
                    positions.add(new SentencePosition(paragraph.number(), i + 1, sentences.get(i), position));
                }
                if (!result.reviewReason().isEmpty()) {
                    review.add(ReviewSentence.of(paragraph.number(), i + 1, sentences.get(i), result));
                }
            }
        }
        return new ReportPositions(List.copyOf(positions), List.copyOf(review));
    }

    /**
     * The positions of individual statements: each statement's sentences classified with the codebook, and every
     * position credited to the delegation that spoke and, where it spoke for a group, to that group too. The paragraph is the statement's
     * line in its file; the quantifier is the speaker as written, weight 1.
     */
    public static ReportPositions of(StatementsFile statements, PositionClassifier classifier) {
        List<SentencePosition> positions = new ArrayList<>();
        List<ReviewSentence> review = new ArrayList<>();
        for (Statement statement : statements.statements()) {
            List<String> sentences = SentenceSplitter.split(statement.text());
            List<SentenceResult> results = classifier.classifyAll(sentences,
                    statement.meetingSymbol() == null ? ""
                            : org.rapporteur.participants.MeetingSymbols.strongest(statement.meetingSymbol())
                                    .toUpperCase().replace('_', '/'));
            String speaker = code(statement.speaker());
            String group = statement.onBehalfOf() == null ? "" : code(statement.onBehalfOf());
            for (int i = 0; i < sentences.size(); i++) {
                SentenceResult result = results.get(i);
                for (Position p : result.positions()) {
                    positions.add(new SentencePosition(statement.line(), i + 1, sentences.get(i), new Position(
                            p.topic(), p.stance(), statement.speakerAsWritten(), 1, speaker, group, p.rule(),
                            p.cueWords(), p.confidence())));
                }
                if (!result.reviewReason().isEmpty()) {
                    review.add(new ReviewSentence(statement.line(), i + 1, sentences.get(i), result.reviewReason(),
                            statement.speakerAsWritten(), 1, speaker, group));
                }
            }
        }
        return new ReportPositions(List.copyOf(positions), List.copyOf(review));
    }

    private static String code(org.rapporteur.reference.Entity entity) {
        return entity.code().isEmpty() ? entity.name() : entity.code();
    }

    static boolean isProcedural(Paragraph paragraph) {
        if (paragraph.chapter() == null) {
            return false;
        }
        String title = paragraph.chapter().title().toLowerCase();
        return PROCEDURAL_CHAPTERS.stream().anyMatch(title::contains);
    }
}
