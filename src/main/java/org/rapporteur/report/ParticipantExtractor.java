package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Who spoke and who led: statement lists ("Statements were made by experts of the following States: …"), single
 * statements ("A statement was made by the observer for the State of Palestine"), "on behalf of" attributions,
 * panellists ("Lu Chuanying (China); …") and officers ("opened by André Rypl (Brazil), …, in his role as Chair").
 */
final class ParticipantExtractor {

    private static final Pattern STATEMENTS_BY = Pattern.compile(
            "\\bstatements?\\s+(?:was|were)\\s+(?:also\\s+)?(?:made|delivered)\\s+(?:[^:]{0,40}?\\s)?by\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER_MADE = Pattern.compile(
            "^(?:The|A|An)\\s+(?:representatives?|observers?|experts?|delegations?)\\s+(?:of|for)\\s+(.+?)\\s+"
                    + "(?:also\\s+)?(?:made|delivered)\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?statements?\\b(.*)$");
    private static final Pattern AS_DID = Pattern.compile(
            ",?\\s+as\\s+did\\s+(?:the\\s+)?(?:representatives?|observers?|experts?|delegations?)\\s+(?:of|for)\\s+(.+)$");
    private static final Pattern LIST_HEAD = Pattern.compile(
            "^(?:(?:the|an?)\\s+)?(?:representatives?|observers?|experts?|delegations?|members?|delegates?)\\s+(?:of|for|from)\\s+");
    private static final Pattern PANEL = Pattern.compile(
            "\\b(?:panell?ists?|panel\\s+discussion|moderated\\s+by|facilitated\\s+by|presentations?\\s+(?:was|were)"
                    + "\\s+(?:made|given|delivered)\\s+by|keynote|presenters?)\\b", Pattern.CASE_INSENSITIVE);
    /** "under the chairmanship of": the person who follows chaired. */
    private static final String UNDER_CHAIR = "under\\s+the\\s+(?:chair\\w*|presidency)\\s+of";
    private static final Pattern OFFICER_CUE = Pattern.compile(
            "\\b(?:opened\\s+by|chaired\\s+by|presided\\s+over\\s+by|" + UNDER_CHAIR + "|"
                    + "elected|Chair\\w*|Vice-\\w+|Rapporteur|President)\\b");
    private static final Pattern LABEL = Pattern.compile(
            "(Chair(?:person)?s?|Vice-Chair(?:person)?s?|President|Vice-Presidents?|Rapporteurs?)\\s*:\\s*$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:H\\.\\s?E\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Prof\\.)\\s+)+");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|das|do|dos|del|della|di|van|von|der|den|ten|ter|bin|binti|al|el|la|le|du|y)){1,6}$");

    private static final Pattern AS_OFFICE = Pattern.compile("\\bas\\s+(?:its\\s+|the\\s+)?(?:Chair(?:person|man|woman)?"
            + "(?:-Rapporteur)?|Vice-Chair(?:person|man|woman)?s?|Rapporteur|President|Vice-Presidents?)\\b");
    private static final Pattern PREVIOUS_OFFICE = Pattern.compile("^\\s*\\)?\\s*as\\s+(?:its\\s+|the\\s+)?"
            + "[\\p{L}-]+(?:\\s+of\\s+the\\s+[\\p{L} ]+?)?\\s*(?:,\\s*)?(?:and\\s+)?");

    private final EntityNames names;
    private final List<Finding> findings;
    private final NameListSplitter splitter;

    ParticipantExtractor(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.findings = findings;
        this.splitter = new NameListSplitter(names::isKnown);
    }

    List<Participation> extract(List<Paragraph> paragraphs) {
        List<Participation> statements = new ArrayList<>();
        List<Participation> people = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String sentence : SentenceSplitter.split(p.text())) {
                List<Participation> fromSentence = statements(p.number(), sentence);
                if (!fromSentence.isEmpty() || STATEMENTS_BY.matcher(sentence).find()) {
                    statements.addAll(fromSentence);
                    continue;
                }
                if (PANEL.matcher(sentence).find()) {
                    people.addAll(persons(p.number(), sentence, true));
                } else if (OFFICER_CUE.matcher(sentence).find()) {
                    people.addAll(persons(p.number(), sentence, false));
                }
            }
        }
        List<Participation> all = new ArrayList<>(officersOnce(people));
        all.addAll(statementsWithoutRepeats(statements));
        return all;
    }

    /** A person named as Chair in one place and as opening the meeting in another is one Chair, not also an officer. */
    private static List<Participation> officersOnce(List<Participation> people) {
        List<Participation> out = new ArrayList<>();
        for (Participation p : people) {
            boolean outranked = p.role() == Role.OFFICER && people.stream().anyMatch(o -> o.role() == Role.CHAIR
                    && o.person().equals(p.person()) && o.entity().equals(p.entity()));
            boolean repeated = out.stream().anyMatch(o -> o.role() == p.role() && o.person().equals(p.person())
                    && o.entity().equals(p.entity()));
            if (!outranked && !repeated) {
                out.add(p);
            }
        }
        return out;
    }

    // ---- statements -------------------------------------------------------------------------------------------

    private List<Participation> statements(int paragraph, String sentence) {
        Matcher by = STATEMENTS_BY.matcher(sentence);
        if (by.find()) {
            return statementList(paragraph, by.group(1));
        }
        Matcher made = SPEAKER_MADE.matcher(sentence);
        if (made.find()) {
            String tail = made.group(2);
            Matcher asDid = AS_DID.matcher(tail);
            if (asDid.find()) {
                List<Participation> both = new ArrayList<>(statementList(paragraph, made.group(1)));
                both.addAll(statementList(paragraph, asDid.group(1)));
                return both;
            }
            Matcher behalf = Pattern.compile("on\\s+behalf\\s+of\\s+(.+?)[.)]?$", Pattern.CASE_INSENSITIVE).matcher(tail);
            String list = made.group(1) + (behalf.find() ? " (on behalf of " + behalf.group(1) + ")" : "");
            return statementList(paragraph, list);
        }
        return List.of();
    }

    private List<Participation> statementList(int paragraph, String tail) {
        String text = tail.strip().replaceAll("[.]$", "");
        EntityType kind = EntityType.MEMBER_STATE;
        int colon = topLevelColon(text);
        if (colon >= 0) {
            kind = AttendanceExtractor.kindOf(AttendanceCategory.fromPhrase(text.substring(0, colon)));
            text = text.substring(colon + 1);
        } else {
            Matcher head = LIST_HEAD.matcher(text);
            if (head.find()) {
                text = text.substring(head.end());
            }
        }
        text = text.replaceFirst(",\\s*an?\\s+[^,()]*organi[sz]ation\\s*$", "");
        List<Participation> out = new ArrayList<>();
        if (text.strip().matches("(?i)(?:the\\s+)?secretariat")) {
            return out;
        }
        for (NameListSplitter.Item item : splitter.split(text)) {
            out.addAll(statement(paragraph, item, kind));
        }
        return out;
    }

    private List<Participation> statement(int paragraph, NameListSplitter.Item item, EntityType kind) {
        List<Participation> out = new ArrayList<>();
        String behalf = names.behalfName(paragraph, item.onBehalfOf());
        if (item.placeholder()) {
            findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER, item.onBehalfOf().isEmpty()
                    ? "The speakers are still a placeholder"
                    : "The speaker on behalf of " + item.onBehalfOf() + " is still a placeholder"));
        } else {
            Entity entity = names.entity(paragraph, item.name(), kind);
            out.add(new Participation(paragraph, Role.STATEMENT, entity, item.name(), "", behalf, null,
                    item.provisional()));
        }
        if (!item.onBehalfOf().isEmpty()) {
            Optional<Entity> group = names.resolve(item.onBehalfOf());
            if (group.isPresent()) {
                out.add(new Participation(paragraph, Role.STATEMENT, group.get(), item.onBehalfOf(), "", "", null,
                        item.placeholder() || item.provisional()));
            }
        }
        return out;
    }

    /** Duplicates inside one paragraph's list are flagged; a later paragraph naming the same speaker is not a mistake. */
    private List<Participation> statementsWithoutRepeats(List<Participation> statements) {
        List<Participation> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Participation> paragraphList = new ArrayList<>();
        int current = -1;
        for (Participation p : statements) {
            if (p.paragraph() != current) {
                out.addAll(dropSeen(names.withoutDuplicates(paragraphList), seen));
                paragraphList = new ArrayList<>();
                current = p.paragraph();
            }
            paragraphList.add(p);
        }
        out.addAll(dropSeen(names.withoutDuplicates(paragraphList), seen));
        return out;
    }

    private static List<Participation> dropSeen(List<Participation> list, List<String> seen) {
        List<Participation> out = new ArrayList<>();
        for (Participation p : list) {
            String key = (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code()) + "|" + p.onBehalfOf();
            if (!seen.contains(key)) {
                seen.add(key);
                out.add(p);
            }
        }
        return out;
    }

    private static int topLevelColon(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---- panellists and officers ------------------------------------------------------------------------------

    private List<Participation> persons(int paragraph, String sentence, boolean panel) {
        List<Participation> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        int segmentStart = 0;
        String label = "";
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    String before = sentence.substring(segmentStart, open);
                    String inside = sentence.substring(open + 1, i);
                    int end = nextSeparator(sentence, i + 1);
                    String after = sentence.substring(i + 1, end);
                    String inherited = before.contains(";") ? "" : label;
                    label = person(paragraph, sentence, before, inside, after, panel, inherited, out);
                    segmentStart = i + 1;
                }
            }
        }
        return out;
    }

    private static int nextSeparator(String sentence, int from) {
        int semicolon = sentence.indexOf(';', from);
        int bracket = sentence.indexOf('(', from);
        int end = sentence.length();
        if (semicolon >= 0) {
            end = Math.min(end, semicolon);
        }
        if (bracket >= 0) {
            end = Math.min(end, bracket);
        }
        return end;
    }

    /**
     * Adds the person named before a bracketed country, if it is one.
     *
     * @param inherited the office label ("Vice-Chairs") of the previous person in a comma-separated run, or ""
     * @return the office label in force after this person, for the next one
     */
    private String person(int paragraph, String sentence, String before, String inside, String after, boolean panel,
                          String inherited, List<Participation> out) {
        String label = inherited;
        String segment = before;
        int colon = before.lastIndexOf(':');
        if (colon >= 0) {
            Matcher l = LABEL.matcher(before.substring(0, colon + 1));
            if (l.find()) {
                label = l.group(1);
            }
            segment = before.substring(colon + 1);
        }
        String candidate = lastName(segment);
        if (candidate.isEmpty()) {
            return label;
        }
        Optional<Entity> entity = names.resolve(inside);
        if (entity.isEmpty()) {
            if (!looksLikeCountryOrOrganisation(inside)) {
                return label;
            }
            entity = Optional.of(names.entity(paragraph, inside, EntityType.UNKNOWN));
        }
        String own = segment.contains(";") ? segment.substring(segment.lastIndexOf(';') + 1) : segment;
        // "X (Italy) as Chair, and Y (Singapore) and Z (Morocco) as Vice-Chairs": the previous person's "as Chair" is
        // not Y's office, and Y's is the next "as …" of the sentence
        own = PREVIOUS_OFFICE.matcher(own).replaceFirst("");
        String office = after;
        if (!AS_OFFICE.matcher(after).find()) {
            int at = sentence.indexOf(candidate);
            Matcher next = AS_OFFICE.matcher(at < 0 ? "" : sentence.substring(at));
            if (next.find()) {
                office = next.group();
            }
        }
        Role role = panel ? Role.PANELLIST : officerRole(label, own, office, sentence, out.isEmpty());
        if (role == null) {
            return label;
        }
        out.add(new Participation(paragraph, role, entity.get(), inside.strip(), candidate, "", null,
                NameListSplitter.PLACEHOLDER.matcher(candidate).find()));
        return label;
    }

    /** The person's name: the text since the last separator, honorifics and list words removed. */
    private static String lastName(String segment) {
        String s = segment;
        for (String separator : new String[] {";", ",", " and ", ":"}) {
            int at = s.lastIndexOf(separator);
            if (at >= 0) {
                s = s.substring(at + separator.length());
            }
        }
        s = s.strip();
        s = s.replaceFirst("^(?i)(?:and|by|the following panell?ists|panell?ists?)\\s+", "");
        s = HONORIFIC.matcher(s).replaceFirst("");
        s = s.replaceFirst("^.*\\bby\\s+", "").strip();
        s = s.replaceFirst("^(?i)acclamation\\s+", "").strip(); // "elected by acclamation Maria Rossi (Italy)"
        s = s.replaceFirst("(?i)^.*\\b" + UNDER_CHAIR + "\\s+", "").strip();
        return PERSON_NAME.matcher(s).matches() ? s : "";
    }

    private static boolean looksLikeCountryOrOrganisation(String inside) {
        return inside.length() < 80 && Character.isUpperCase(inside.strip().isEmpty() ? 'x' : inside.strip().charAt(0))
                && !inside.matches(".*\\d.*");
    }

    private static Role officerRole(String label, String before, String after, String sentence, boolean first) {
        String title = (label + " " + after).toLowerCase(Locale.ROOT);
        String withoutVice = title.replaceAll("vice-\\w+", "");
        if (withoutVice.matches(".*\\b(chair|chairperson|chairman|chairwoman|president)\\b.*")) {
            return Role.CHAIR;
        }
        if (title.matches(".*\\b(vice-\\w+|rapporteur|officer|bureau|member of the bureau)\\b.*")) {
            return Role.OFFICER;
        }
        String lead = before.toLowerCase(Locale.ROOT).replaceAll("vice-\\w+", "");
        if (lead.matches(".*\\b(chair|chairperson|chairman|chairwoman|president)\\b.*")) {
            return Role.CHAIR;
        }
        String s = sentence.toLowerCase(Locale.ROOT);
        if (first && (s.contains("chaired by") || s.contains("presided over by")
                || s.matches("(?s).*\\b" + UNDER_CHAIR + "\\b.*"))) {
            return Role.CHAIR;
        }
        if (s.contains("opened by") || s.contains("elected")) {
            return Role.OFFICER;
        }
        return null;
    }
}
