package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;

/**
 * Who led and who spoke on a panel: panellists ("Lu Chuanying (China); …"), officers ("opened by André Rypl (Brazil),
 * …, in his role as Chair", "Vice-Chairs: A (Tunisia); B (Croatia)"), States elected to an office ("elected the
 * representatives of Kenya, Latvia and Uruguay as Vice-Chairs", "Vice-Chairs: Kenya, Latvia and Uruguay"), and
 * Co-Chairs. An officer of another session ("Chair of the Commission at its eleventh session", "elected … as Chair
 * of the thirteenth session") is not this session's officer.
 */
final class OfficersAndPanellists {

    private static final GuardedPattern PANEL = GuardedPattern.compile(
            "\\b(?:panell?ists?|panel\\s+discussion|moderated\\s+by|facilitated\\s+by|presentations?\\s+(?:(?:was|were)"
                    + "\\s+(?:made|given|delivered)\\s+)?by|keynote|presenters?|following\\s+(?:experts|speakers)\\s*:)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final GuardedPattern OFFICER_CUE = GuardedPattern.compile(
            "\\b(?:opened\\s+by|chaired\\s+by|presided\\s+over\\s+by|" + OfficeWords.UNDER_CHAIR + "|"
                    + "elected|Chair\\w*|Co-Chair\\w*|Vice-\\w+|Rapporteur|President|Bureau)\\b");
    private static final Pattern LABEL = Pattern.compile("(" + OfficeWords.OFFICE + ")\\s*:\\s*$");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:(?:H\\.\\s?E\\.|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Prof\\.|Ambassador)"
            + "\\s+)+");
    /**
     * "Ambassador Leilani Navarro-Santos of the Philippines": a person and the State they represent without a bracket;
     * read as "Leilani Navarro-Santos (the Philippines)" where the words after "of" are a State.
     */
    private static final Pattern AMBASSADOR_OF = Pattern.compile("\\bAmbassador\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}'’.\\-]*){0,5})\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’\\-]*)){0,6}?)"
            + "(?=\\s*[,.;]|\\s+(?:as|and|to|in|was|were|who|served|presided)\\b|$)");
    /** "… presented the report of the Working Group …": the chair of a body reporting to this one. */
    private static final Pattern REPORT_OF_ANOTHER_BODY = Pattern.compile("(?i)\\b(?:presented|introduced|submitted)\\s+"
            + "(?:the|its|a)\\s+(?:\\w+\\s+)?report\\s+of\\b");
    /**
     * "The senior officials segment elected …", "the Committee of the Whole elected …": a part's officers. (A working
     * group's own report says "The Working Group elected": its own Chair.)
     */
    private static final Pattern PART_ELECTED = Pattern.compile("(?i)\\b(?:segment|Committee\\s+of\\s+the\\s+Whole)\\s+"
            + "(?:also\\s+)?(?:elected|appointed)\\b");
    /** A person's name; "?" or U+FFFD may stand for letters a file's encoding lost ("Kova?evi?"). */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^[\\p{Lu}?\\uFFFD][\\p{L}'’.\\-?\\uFFFD]*(?:\\s+(?:[\\p{Lu}?\\uFFFD][\\p{L}'’.\\-?\\uFFFD]*|de|da|das|do|dos|del|"
                    + "della|di|van|von|der|den|ten|ter|bin|binti|al|el|la|le|du|y)){1,6}$");
    /**
     * "elected by acclamation Mariela Andrade Cevallos, Permanent Representative of Ecuador to the United Nations
     * Office …, as its Chair-Rapporteur": an officer named with the State they represent instead of a bracket.
     */
    private static final Pattern ELECTED_REPRESENTATIVE = Pattern.compile("\\belected\\s+(?:by\\s+acclamation\\s+)?"
            + "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+(?:the\\s+)?(?:Deputy\\s+)?(?:Permanent\\s+"
            + "Representative|Ambassador|Representative)\\s+of\\s+(.+?)(?:\\s+to\\s+[^,]+)?,\\s+as\\s+(?:its\\s+)?"
            + "(Chair[\\p{L}-]*|Vice-Chair[\\p{L}-]*|Rapporteur|President|Vice-President)\\b");
    private static final Pattern AS_OFFICE = Pattern.compile("\\bas\\s+(?:its\\s+|the\\s+)?(?:Co-Chairs?|Chair(?:person|man"
            + "|woman)?(?:-Rapporteur)?|Vice-Chair(?:person|man|woman)?s?|Rapporteur|President|Vice-Presidents?)\\b");
    /** "moderated by X (UNICEF)": who led the panel is no panellist. */
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(?:moderated|facilitated|(?:co-)?chaired)\\s+by\\s+"
            + "[^,;()]{0,60}$");
    private static final Pattern PREVIOUS_OFFICE = Pattern.compile("^\\s*\\)?\\s*as\\s+(?:its\\s+|the\\s+)?"
            + "[\\p{L}-]+(?:\\s+of\\s+the\\s+[\\p{L} ]+?)?\\s*(?:,\\s*)?(?:and\\s+)?");

    private final EntityNames names;
    private final List<Finding> findings;
    private final Integer sessionNumber;
    private final Integer year;
    private final StatesInOffice states;
    private final OfficersWithoutCountry withoutCountry;

    /**
     * @param sessionNumber the session the report is about, or null where it does not say
     * @param year          the year the meeting began, or null: tells "the 2026 Meeting" from this one
     */
    OfficersAndPanellists(EntityNames names, List<Finding> findings, Integer sessionNumber, Integer year) {
        this.names = names;
        this.findings = findings;
        this.sessionNumber = sessionNumber;
        this.year = year;
        this.states = new StatesInOffice(names);
        this.withoutCountry = new OfficersWithoutCountry(names);
    }

    /** The panellists or officers a sentence names; none when it names none. */
    List<Participation> find(int paragraph, String text) {
        String sentence = withAmbassadorsBracketed(paragraph, text);
        List<Participation> out = new ArrayList<>();
        if (PANEL.matcher(sentence).find()) {
            out.addAll(persons(paragraph, sentence, true));
        } else if (OFFICER_CUE.matcher(sentence).find()) {
            out.addAll(persons(paragraph, sentence, false));
            out.addAll(electedRepresentatives(paragraph, sentence));
            out.addAll(states.find(paragraph, sentence, this::ofAnotherSession));
            out.addAll(withoutCountry.find(paragraph, sentence, this::ofAnotherSession));
        }
        return out;
    }

    /** A person named as Chair in one place and as opening the meeting in another is one Chair, not also an officer. */
    static List<Participation> once(List<Participation> people) {
        List<Participation> out = new ArrayList<>();
        for (Participation p : people) {
            boolean outranked = p.role() == Role.OFFICER && !p.person().isEmpty() && people.stream().anyMatch(o ->
                    o.role() == Role.CHAIR && o.person().equals(p.person()) && o.entity().equals(p.entity()));
            boolean repeated = out.stream().anyMatch(o -> o.role() == p.role() && o.person().equals(p.person())
                    && o.entity().equals(p.entity()));
            if (!outranked && !repeated) {
                out.add(p);
            }
        }
        return out;
    }

    private String withAmbassadorsBracketed(int paragraph, String sentence) {
        Matcher m = AMBASSADOR_OF.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean state = names.resolve(m.group(2)).filter(e -> e.type() == EntityType.MEMBER_STATE
                    || e.type() == EntityType.OBSERVER_STATE).isPresent();
            m.appendReplacement(out, Matcher.quoteReplacement(state ? m.group(1) + " (" + m.group(2) + ")" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when the words after an officer's name give the office of another session than this one. */
    private boolean ofAnotherSession(String officeWords) {
        return OfficeWords.ofAnotherSession(officeWords, sessionNumber);
    }

    // ---- persons ------------------------------------------------------------------------------------------------

    private List<Participation> electedRepresentatives(int paragraph, String sentence) {
        List<Participation> out = new ArrayList<>();
        Matcher m = ELECTED_REPRESENTATIVE.matcher(sentence);
        while (m.find()) {
            Optional<Entity> state = names.known(paragraph, m.group(2));
            if (state.isPresent()) {
                String office = m.group(3).toLowerCase(Locale.ROOT);
                Role role = office.startsWith("vice") || office.equals("rapporteur") ? Role.OFFICER : Role.CHAIR;
                out.add(new Participation(paragraph, role, state.get(), m.group(2), m.group(1), "", null, null, false));
            }
        }
        return out;
    }

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
                    // "Vice-Chairs: A (Tunisia); B (Croatia)": a semicolon between names keeps the label
                    String own = before.contains(";") ? before.substring(before.lastIndexOf(';') + 1) : before;
                    String inherited = !before.contains(";") || lastName(own).equals(own.strip()) ? label : "";
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
     * @param inherited the office label ("Vice-Chairs") of the previous person in a run, or ""
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
        Optional<Entity> entity = names.known(paragraph, inside);
        if (entity.isEmpty()) {
            if (!looksLikeCountryOrOrganisation(inside)) {
                return label;
            }
            entity = Optional.of(names.entity(paragraph, inside, EntityType.UNKNOWN));
        }
        String own = segment.contains(";") ? segment.substring(segment.lastIndexOf(';') + 1) : segment;
        if (panel && (titledBefore(own, candidate, sentence) || LED_BY.matcher(own).find())) {
            return label; // "Ade Bello, Professor of Law, University of Lagos (Nigeria)": PanellistsByTitle's
        }
        // "X (Italy) as Chair, and Y (Singapore) and Z (Morocco) as Vice-Chairs": the previous person's "as Chair" is
        // not Y's office, and Y's is the next "as …" of the sentence
        own = PREVIOUS_OFFICE.matcher(own).replaceFirst("");
        String office = after;
        String officeWords = after;
        if (!AS_OFFICE.matcher(after).find()) {
            int at = sentence.indexOf(candidate);
            Matcher next = AS_OFFICE.matcher(at < 0 ? "" : sentence.substring(at));
            if (next.find()) {
                office = next.group();
                int end = nextSeparator(sentence, at + next.end());
                officeWords = sentence.substring(at + next.start(), Math.min(end, at + next.end() + 60));
            }
        }
        Role role = panel ? Role.PANELLIST : OfficeWords.role(label, own, office, sentence, out.isEmpty());
        // "elected X (Algeria) as Chairperson for the 2025–2027 biennium, whose term would begin at the end of the
        // present session": the next Chair, wherever the sentence says so after the person
        int named = sentence.indexOf(candidate);
        boolean laterTerm = named >= 0 && OfficeWords.LATER_TERM.matcher(sentence.substring(named)).find();
        if (role == null || !panel && (laterTerm || ofAnotherSession(officeWords)
                || OfficeWords.ANOTHER_SESSION.matcher(own).find()
                || OfficeWords.apposedOfAnotherSession(own, sessionNumber)
                || OfficeWords.sentenceOfAnotherSession(sentence, sessionNumber, year))) {
            return label;
        }
        if (role == Role.CHAIR && REPORT_OF_ANOTHER_BODY.matcher(sentence).find()) {
            return label; // "The Chair of the Working Group on …, X (Brazil), presented the report of the Working Group"
        }
        if (role == Role.CHAIR && PART_ELECTED.matcher(sentence).find()) {
            role = Role.OFFICER; // the Chair of a segment or a committee of the whole: an officer of the session
        }
        if (NameResolver.hasLostLetters(candidate)) {
            findings.add(Finding.inParagraph(paragraph, FindingCode.UNREADABLE_NAME, "The name of the "
                    + role.name().toLowerCase(Locale.ROOT) + " \"" + candidate + "\" has letters lost to the file's "
                    + "encoding (\"?\" where a letter was): kept as written; save the file as UTF-8"));
        }
        out.add(new Participation(paragraph, role, entity.get(), inside.strip(), candidate, "", null, null,
                NameListSplitter.PLACEHOLDER.matcher(candidate).find()));
        return label;
    }

    // what comes before a person's name in a segment, compiled once (lastName runs for every segment)
    private static final Pattern LEADING_CONNECTOR = Pattern.compile(
            "^(?i)(?:and|by|the following panell?ists|panell?ists?)\\s+");
    private static final Pattern UP_TO_BY = Pattern.compile("^.*\\bby\\s+");
    private static final Pattern UP_TO_VERB = Pattern.compile(
            "^.*\\b(?:were|was|included|including|namely|(?:re-)?elected|appointed|designated|confirmed"
            + "|nominated|(?:nomination|election|appointment)\\s+of)\\s+");
    private static final Pattern ACCLAMATION = Pattern.compile("^(?i)acclamation\\s+");
    private static final Pattern UP_TO_UNDER_CHAIR = Pattern.compile("(?i)^.*\\b" + OfficeWords.UNDER_CHAIR + "\\s+");

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
        s = LEADING_CONNECTOR.matcher(s).replaceFirst("");
        s = UP_TO_BY.matcher(s).replaceFirst("").strip();
        // "panellists were X (Serbia)", "the speakers included X (Chile)", "the working group elected X (Peru)"
        s = UP_TO_VERB.matcher(s).replaceFirst("")
                .strip();
        s = ACCLAMATION.matcher(s).replaceFirst("").strip(); // "elected by acclamation Maria Rossi (Italy)"
        s = UP_TO_UNDER_CHAIR.matcher(s).replaceFirst("").strip();
        s = HONORIFIC.matcher(s).replaceFirst("");
        return PERSON_NAME.matcher(s).matches() ? s : "";
    }

    /**
     * Whether the person of a semicolon-separated panel item is named before a title ("Ade Bello, Professor of Law,
     * University of Lagos (Nigeria)"): the words before the bracket are then the title's end, no person.
     */
    private static boolean titledBefore(String own, String candidate, String sentence) {
        int comma = own.indexOf(',');
        if (comma < 0 || sentence.indexOf(';') < 0) {
            return false;
        }
        String first = lastName(own.substring(0, comma));
        return !first.isEmpty() && !first.equals(candidate);
    }

    private static boolean looksLikeCountryOrOrganisation(String inside) {
        return inside.length() < 80 && Character.isUpperCase(inside.strip().isEmpty() ? 'x' : inside.strip().charAt(0))
                && !inside.matches(".*\\d.*");
    }
}
