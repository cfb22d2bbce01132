package org.rapporteur.inputs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.Paragraph;

/**
 * A paragraph that repeats an earlier one word for word (a report pasted twice, a paragraph copied a hundred times)
 * is left out of the report, so that what it says, and the positions it voices, count once; each repeated text gets
 * one DUPLICATE_PARAGRAPH finding at its first repeat. Short paragraphs ("Statements were made.") may recur
 * legitimately and are kept.
 */
final class RepeatedParagraphs {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Shorter paragraphs are never taken for repeats. */
    static final int MIN_CHARS = 60;
    private static final int NUMBERS_LISTED = 10;

    private RepeatedParagraphs() {
    }

    /** The report without repeated paragraphs, with a finding per repeated text; the report itself when none. */
    static MeetingReport dropRepeats(MeetingReport report) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<Integer, List<Integer>> repeats = new LinkedHashMap<>();
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph paragraph : report.paragraphs()) {
            String key = SPACES.matcher(paragraph.text().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            Integer earlier = key.length() < MIN_CHARS ? null : first.putIfAbsent(key, paragraph.number());
            if (earlier == null) {
                kept.add(paragraph);
            } else {
                repeats.computeIfAbsent(earlier, k -> new ArrayList<>()).add(paragraph.number());
            }
        }
        if (repeats.isEmpty()) {
            return report;
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        repeats.forEach((original, copies) -> findings.add(Finding.inParagraph(copies.get(0),
                FindingCode.DUPLICATE_PARAGRAPH, "Paragraph " + copies.get(0) + " repeats paragraph " + original
                        + " word for word" + (copies.size() > 1 ? ", as do " + (copies.size() - 1) + " more ("
                        + listed(copies.subList(1, copies.size())) + ")" : "") + ": read once, so that its positions "
                        + "count once")));
        return new MeetingReport(report.source(), report.symbol(), report.status(), report.jobNumber(),
                report.sessionNumber(), report.startDate(), report.endDate(), report.datesProvisional(), report.venue(),
                List.copyOf(kept), report.agenda(), report.attendance(), report.participation(),
                List.copyOf(findings));
    }

    private static String listed(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(NUMBERS_LISTED, numbers.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        return numbers.size() > NUMBERS_LISTED ? out + ", …" : out.toString();
    }
}
