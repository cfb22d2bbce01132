package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.NameResolver;

/**
 * Parses the plain text of a UN meeting report into a {@link MeetingReport}: the facts it states and the problems
 * found. It never throws on bad content: a text that is no report gives a report with a NOT_A_REPORT finding.
 *
 * <p>The stages: {@link PageCleaner} (page furniture out) → {@link ParagraphAssembler} (chapters, sections,
 * paragraphs) → {@link MeetingFactsExtractor} (symbol, session, dates, venue) → {@link AttendanceExtractor} and
 * {@link ParticipantExtractor} (who attended, spoke and led) → agenda and placeholders. Thread-safe: all state is
 * local to one call.
 */
public final class ReportParser {

    private static final Pattern AGENDA_INTRO = Pattern.compile(
            "adopted\\s+the\\s+following\\s+(?:provisional\\s+|revised\\s+)?agenda", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA_ITEM = Pattern.compile("^(\\d{1,2})\\.\\s+(.+?)[.:;]?$");
    private static final Pattern AGENDA_SUB_ITEM = Pattern.compile("^\\(([a-z]{1,3})\\)\\s+(.+?)[.:;]?$");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]]{1,80})\\]");

    private final NameResolver resolver;

    public ReportParser(NameResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param source the input's name, used in messages and source references
     * @param text   the whole text of the report
     */
    public MeetingReport parse(String source, String text) {
        List<Finding> findings = new ArrayList<>();
        List<String> raw = PageCleaner.rawLines(text);
        List<SourceLine> lines = PageCleaner.clean(raw);
        ParagraphAssembler.Assembly assembly = ParagraphAssembler.assemble(lines);
        findings.addAll(assembly.findings());
        List<Paragraph> paragraphs = assembly.paragraphs();

        MeetingFactsExtractor factsExtractor =
                new MeetingFactsExtractor(source, raw, assembly.frontMatter(), paragraphs);
        MeetingFacts facts = factsExtractor.extract();
        if (facts.symbol() == null && paragraphs.size() < 2) {
            return rejected(source, lines.isEmpty()
                    ? "The file has no text"
                    : "Neither a document symbol nor numbered paragraphs: this is not a UN meeting report");
        }
        findings.addAll(factsExtractor.findings());

        EntityNames names = new EntityNames(resolver, findings);
        AttendanceExtractor.Attendance attendance = new AttendanceExtractor(names, findings).extract(paragraphs);
        List<Participation> participation = new ArrayList<>(ServicingSecretariat.withoutItsStatements(
                new ParticipantExtractor(names, findings, facts.sessionNumber(),
                        facts.startDate() == null ? null : facts.startDate().getYear()).extract(paragraphs),
                ServicingSecretariat.of(assembly.frontMatter(), facts.symbol() == null ? null : facts.symbol().text(),
                        resolver::resolve).or(() -> ServicingSecretariat.namedIn(paragraphs, resolver::resolve))));
        participation.addAll(attendance.represented());
        findings.addAll(placeholders(paragraphs, findings));
        SentenceOfFact sentences = new SentenceOfFact(paragraphs);
        List<Participation> traced = sentences.of(participation);

        return new MeetingReport(source, facts.symbol(), facts.status(), facts.jobNumber(), facts.sessionNumber(),
                facts.startDate(), facts.endDate(), facts.datesProvisional(), facts.venue(), paragraphs,
                agenda(paragraphs), sentences.counts(attendance.counts(), traced), traced, List.copyOf(findings));
    }

    private static MeetingReport rejected(String source, String reason) {
        FindingCode code = reason.startsWith("The file has no text") ? FindingCode.EMPTY_FILE : FindingCode.NOT_A_REPORT;
        return new MeetingReport(source, null, ReportStatus.UNKNOWN, "", null, null, null, false, "", List.of(),
                List.of(), List.of(), List.of(), List.of(Finding.inFile(code, reason)));
    }

    /** True when parsing found the input unusable as a whole (its findings include an ERROR). */
    public static boolean isRejected(MeetingReport report) {
        return report.findings().stream().anyMatch(f -> f.severity() == org.rapporteur.quality.Severity.ERROR);
    }

    private static List<AgendaItem> agenda(List<Paragraph> paragraphs) {
        List<AgendaItem> items = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!AGENDA_INTRO.matcher(p.text()).find()) {
                continue;
            }
            String number = null;
            for (String line : p.text().split("\n")) {
                Matcher item = AGENDA_ITEM.matcher(line.strip());
                Matcher sub = AGENDA_SUB_ITEM.matcher(line.strip());
                if (item.matches()) {
                    number = item.group(1);
                    items.add(new AgendaItem(number, item.group(2).strip()));
                } else if (sub.matches() && number != null) {
                    items.add(new AgendaItem(number + " (" + sub.group(1) + ")", sub.group(2).strip()));
                }
            }
            if (!items.isEmpty()) {
                break;
            }
        }
        return List.copyOf(items);
    }

    private static String around(String text, int at) {
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 60)));
        return text.substring(from, Math.min(text.length(), at + 5)).strip().replace('\n', ' ');
    }

    /** Placeholders outside lists (lists report their own) and bracketed provisional values, one finding each. */
    private static List<Finding> placeholders(List<Paragraph> paragraphs, List<Finding> found) {
        java.util.Map<String, Integer> flagged = new java.util.HashMap<>();
        found.stream().filter(f -> f.code() == FindingCode.PLACEHOLDER).forEach(f -> flagged.merge(f.location(), 1, Integer::sum));
        List<Finding> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Matcher m = BRACKETED.matcher(p.text());
            while (m.find()) {
                String inside = m.group(1).strip();
                if (NameListSplitter.PLACEHOLDER.matcher("[" + inside + "]").matches()) {
                    Finding f = Finding.inParagraph(p.number(), FindingCode.PLACEHOLDER,
                            "Placeholder still to be filled in: \"" + ParagraphAssembler.abbreviate(
                                    around(p.text(), m.start())) + "\"");
                    if (flagged.getOrDefault(f.location(), 0) > 0) {
                        flagged.merge(f.location(), -1, Integer::sum);
                    } else {
                        out.add(f);
                    }
                    continue;
                }
                out.add(Finding.inParagraph(p.number(), FindingCode.PROVISIONAL_VALUE,
                        "Provisional value of a draft: \"" + m.group() + "\""));
            }
        }
        return out;
    }
}
