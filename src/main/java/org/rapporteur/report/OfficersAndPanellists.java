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

    private static final GuardedPattern OFFICER_CUE = GuardedPattern.compile(
            "\\b(?:opened\\s+by|chaired\\s+by|presided\\s+over\\s+by|(?:chaired|presided\\s+over)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:meeting"
                    + "|session)|" + OfficeWords.UNDER_CHAIR + "|"
                    + "elected|Chair\\w*|Co-Chair\\w*|Vice-\\w+|Rapporteur|President|Bureau)\\b");
    private static final Pattern LABEL = Pattern.compile("(" + OfficeWords.OFFICE + ")\\s*:\\s*$");
    /** "composed as follows: Co-Chairs, A (Nigeria), B (Norway); Rapporteur, C (Peru)": a label and a comma. */
    private static final Pattern LABEL_AND_COMMA = Pattern.compile("(?:^|[;:]\\s*)(?:and\\s+)?(" + OfficeWords.OFFICE
            + "),\\s+[^,;:()]*$");
    /** "… presented the report of the Working Group …": the chair of a body reporting to this one. */
    private static final Pattern REPORT_OF_ANOTHER_BODY = Pattern.compile("(?i)\\b(?:presented|introduced|submitted)\\s+"
            + "(?:the|its|a)\\s+(?:\\w+\\s+)?report\\s+of\\b");
    /**
     * "The senior officials segment elected …", "the Committee of the Whole elected …": a part's officers. (A working
     * group's own report says "The Working Group elected": its own Chair.)
     */
    private static final Pattern PART_ELECTED = Pattern.compile("(?i)\\b(?:segment|Committee\\s+of\\s+the\\s+Whole)\\s+"
            + "(?:also\\s+)?(?:elected|appointed)\\b");
    /** "the Drafting Committee was chaired by …": a committee of the session, whose Chair is an officer of it. */
    private static final Pattern PART_CHAIRED = Pattern.compile("(?i)\\b(?:drafting|credentials|general|main|steering"
            + "|budget)\\s+committee\\b[^.;()]{0,40}?\\b(?:was|had\\s+been|is|were)\\s+(?:co-)?(?:chaired|presided\\s+over|led)"
            + "\\s+by\\b");
    private static final Pattern AS_OFFICE = Pattern.compile("\\bas\\s+(?:its\\s+|the\\s+)?(?:Co-Chairs?|Chair(?:person|man"
            + "|woman)?(?:-Rapporteur)?|Vice-Chair(?:person|man|woman)?s?|Rapporteur|President|Vice-Presidents?)\\b");
    /** "moderated by X (UNICEF)", "moderated by the Vice-Chair, X (Poland)": who led the panel is no panellist. */
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(?:moderated|facilitated|(?:co-)?chaired)\\s+by\\s+"
            + "(?:the\\s+[^,;()]{1,40},\\s+)?[^,;()]{0,60}$");
    /** "moderated by A (UNEP) and B (Chile)", "co-facilitated by A (Ghana) and B (Denmark)": the second also led it. */
    private static final Pattern SECOND_LEADER = Pattern.compile("(?i)\\b(?:moderated|facilitated|(?:co-)?chaired|led)\\s+by\\s+"
            + "[^;()]{0,80}\\([^()]*(?:\\([^()]*\\))?[^()]*\\)\\s*,?\\s*and\\s+[^,;()]{0,60}$");
    /**
     * "The contact group on the budget was co-chaired by …", "informal consultations facilitated by …", "the work of its
     * expert group …, convened by …": those who lead a group the meeting sets up are not its officers.
     */
    private static final Pattern GROUP_LED_BY = Pattern.compile("(?i)\\b(?:(?:contact|drafting|informal|negotiating"
            + "|break-?out|spin-off|regional)\\s+groups?|(?:informal\\s+)?consultations|(?-i:working\\s+group\\s+(?:\\d+|[IVX]+)))"
            + "\\b[^.;]{0,120}?\\b(?:co-)?"
            + "(?:chaired|facilitated|led|convened)\\s+by\\b"
            // "noted the work of its expert group on …, convened by A (X), with B (Y) as Vice-Chair": that body's
            + "|\\bwork\\s+of\\s+(?:its|the)\\s+[^.;]{1,120}?,\\s*(?:co-)?(?:chaired|facilitated|led|convened|coordinated)"
            + "\\s+by\\b");
    /** What joins a second name to the first under one office: "and", an honorific. */
    private static final Pattern JOINED = Pattern.compile("(?i)\\s*,?\\s*and\\s+(?:"
            + Honorifics.any(Honorifics.ENGLISH, Honorifics.EXCELLENCY) + "\\.?\\s*|" + Honorifics.AMBASSADOR + "\\s*)?");
    /** "the Co-Chairs of the Working Group, A (X)": Co-Chairs in the plural, in apposition. */
    private static final Pattern CO_CHAIRS = Pattern.compile("\\bCo-Chair(?:person)?s\\b(?:\\s+of\\s+(?:the\\s+)?[^,;()]{1,80})?"
            + ",\\s+[^;()]{1,60}\\(");
    /**
     * ", who recalled the workplan adopted at its first meeting": a relative clause saying what the person did, not
     * which office the person holds (unlike ", who had been elected at …" or ", who served as …"); a session it names is
     * no session of the office.
     */
    private static final Pattern WHAT_THE_PERSON_DID = Pattern.compile("(?i),\\s+who\\s+(?!(?:was|were|is|are|had|has"
            + "|have|would|will|served|serves|continued|remained|also)\\b)\\p{Ll}+ed\\b.*$");
    private static final Pattern PREVIOUS_OFFICE = Pattern.compile("^\\s*\\)?\\s*as\\s+(?:its\\s+|the\\s+)?"
            + "[\\p{L}-]+(?:\\s+of\\s+the\\s+[\\p{L} ]+?)?\\s*(?:,\\s*)?(?:and\\s+)?");

    private final EntityNames names;
    private final List<Finding> findings;
    private final Integer sessionNumber;
    private final Integer year;
    private final StatesInOffice states;
    private final OfficersWithoutCountry withoutCountry;
    private final OfficersWithTheirState withState;
    private final OfficersInItems items;

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
        this.withState = new OfficersWithTheirState(names);
        this.items = new OfficersInItems(names);
    }

    /**
     * The panellists or officers a sentence names, read in its paragraph: a paragraph that elects members of another
     * body ("elected seven members of the Tribunal. … the following candidates were elected: …") makes no officers
     * of the persons it elects without an office.
     */
    List<Participation> find(int paragraph, String text, String paragraphText) {
        boolean membersOfABody = OfficeWords.electsMembersOfABody(paragraphText);
        String sentence = withState.withAmbassadorsBracketed(paragraph, text);
        List<Participation> out = new ArrayList<>();
        if (PanelSentences.introducePanellists(sentence)) {
            out.addAll(persons(paragraph, sentence, true, false));
        } else if (OFFICER_CUE.matcher(sentence).find() && !GROUP_LED_BY.matcher(sentence).find()) {
            out.addAll(persons(paragraph, sentence, false, membersOfABody));
            out.addAll(withState.electedRepresentatives(paragraph, sentence));
            out.addAll(states.find(paragraph, sentence, this::ofAnotherSession));
            out.addAll(withoutCountry.find(paragraph, sentence, this::ofAnotherSession));
            // "The session was chaired by the officers elected at the eighty-sixth session: …" serve at this one
            out.addAll(items.find(paragraph, sentence, words -> OfficeWords.ANOTHER_SESSION.matcher(words).find()
                    || OfficeWords.LATER_TERM.matcher(words).find()
                    || OfficeWords.sentenceOfAnotherSession(words, sessionNumber, year)));
        }
        return out;
    }

    /** True when the words after an officer's name give the office of another session than this one. */
    private boolean ofAnotherSession(String officeWords) {
        return OfficeWords.ofAnotherSession(officeWords, sessionNumber);
    }

    // ---- persons ------------------------------------------------------------------------------------------------

    private List<Participation> persons(int paragraph, String sentence, boolean panel, boolean membersOfABody) {
        List<Participation> out = new ArrayList<>();
        int depth = 0;
        int open = -1;
        int segmentStart = 0;
        String label = "";
        boolean afterAPerson = false;
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
                    if (afterAPerson) {
                        before = OfficeWords.withoutThePreviousPersonsOffice(before);
                    }
                    String inside = sentence.substring(open + 1, i);
                    int end = nextSeparator(sentence, i + 1);
                    String after = sentence.substring(i + 1, end);
                    // "Vice-Chairs: A (Tunisia); B (Croatia)": a semicolon between names keeps the label
                    String own = before.contains(";") ? before.substring(before.lastIndexOf(';') + 1) : before;
                    // (an honorific before the name is still the name alone: "Vice-Chairs: Mr. A (Guinea); Ms. B (Peru)")
                    String inherited = !before.contains(";")
                            || PersonNames.lastName(own).equals(PersonNames.withoutHonorific(own)) ? label : "";
                    int found = out.size();
                    if (panel && SECOND_LEADER.matcher(sentence.substring(0, open)).find()) {
                        afterAPerson = false; // "co-facilitated by A (Ghana) and B (Denmark)": B led it too
                        segmentStart = i + 1;
                        continue;
                    }
                    label = person(paragraph, sentence, before, inside, after, panel, membersOfABody, inherited, out);
                    afterAPerson = out.size() > found;
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
                          boolean membersOfABody, String inherited, List<Participation> out) {
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
        Matcher commaLabel = LABEL_AND_COMMA.matcher(before);
        if (commaLabel.find()) {
            label = commaLabel.group(1);
        }
        String candidate = PersonNames.lastName(segment);
        // "the Board thanked Sierra Leone (African States)": a State or organisation after the verb, no person
        if (candidate.isEmpty() || names.isKnownAsWritten(candidate)) {
            return label;
        }
        Optional<Entity> entity = names.known(paragraph, inside).or(() -> states.ofARegionalGroup(paragraph, inside));
        if (entity.isEmpty()) {
            if (!PersonNames.looksLikeCountryOrOrganisation(inside)) {
                return label;
            }
            entity = Optional.of(names.entity(paragraph, inside, EntityType.UNKNOWN));
        }
        String own = segment.contains(";") ? segment.substring(segment.lastIndexOf(';') + 1) : segment;
        if (panel && (PersonNames.titledBefore(own, candidate, sentence) || LED_BY.matcher(own).find())) {
            return label; // "Ade Bello, Professor of Law, University of Lagos (Nigeria)": PanellistsByTitle's
        }
        // "X (Italy) as Chair, and Y (Singapore) and Z (Morocco) as Vice-Chairs": the previous person's "as Chair" is
        // not Y's office, and Y's is the next "as …" of the sentence
        own = PREVIOUS_OFFICE.matcher(own).replaceFirst("");
        String office = after;
        String officeWords = WHAT_THE_PERSON_DID.matcher(after).replaceFirst("");
        if (!AS_OFFICE.matcher(after).find()) {
            int at = sentence.indexOf(candidate);
            Matcher next = AS_OFFICE.matcher(at < 0 ? "" : sentence.substring(at));
            if (next.find()) {
                office = next.group();
                int end = nextSeparator(sentence, at + next.end());
                officeWords = sentence.substring(at + next.start(), Math.min(end, at + next.end() + 60));
            }
        }
        if (!panel && OfficeWords.leftOffice(after)) {
            return label; // "Vice-Chair X (Bulgaria) had resigned in March": no officer of this session
        }
        Role role = panel ? Role.PANELLIST : OfficeWords.role(label, own, office, sentence, out.isEmpty(),
                membersOfABody);
        int at = sentence.indexOf(candidate);
        if (!panel && role == null && !out.isEmpty() && out.get(out.size() - 1).role() == Role.CHAIR
                && JOINED.matcher(own.replace(candidate, "")).matches() && at > 0
                && CO_CHAIRS.matcher(sentence.substring(0, at)).find()) {
            role = Role.OFFICER; // "opened at 10 a.m. on … by the Co-Chairs …, A (X) and B (Y)": B below, a Co-Chair
        }
        // "elected X (Algeria) as Chairperson for the 2025–2027 biennium, whose term would begin at the end of the
        // present session": the next Chair, wherever the sentence says so after the person
        int named = sentence.indexOf(candidate);
        boolean laterTerm = named >= 0 && OfficeWords.LATER_TERM.matcher(sentence.substring(named)).find();
        if (role == null || !panel && (laterTerm || ofAnotherSession(officeWords)
                || OfficeWords.ANOTHER_SESSION.matcher(own).find()
                || OfficeWords.apposedOfAnotherSession(own, sessionNumber)
                || OfficeWords.sentenceOfAnotherSession(named < 0 ? sentence : sentence.substring(0, named)
                        + WHAT_THE_PERSON_DID.matcher(sentence.substring(named)).replaceFirst(""), sessionNumber, year))) {
            return label;
        }
        if (role == Role.CHAIR && REPORT_OF_ANOTHER_BODY.matcher(sentence).find()) {
            return label; // "The Chair of the Working Group on …, X (Brazil), presented the report of the Working Group"
        }
        // "opened by the Co-Chairs of the Working Group, A (Norway) and B (Pakistan)": the second Co-Chair is joined to
        // the first by "and" alone, under the same plural office
        if (role == Role.OFFICER && !out.isEmpty() && out.get(out.size() - 1).role() == Role.CHAIR
                && JOINED.matcher(own.replace(candidate, "")).matches() && named > 0
                && CO_CHAIRS.matcher(sentence.substring(0, named)).find()) {
            role = Role.CHAIR;
        }
        if (role == Role.CHAIR && (PART_ELECTED.matcher(sentence).find() || PART_CHAIRED.matcher(sentence).find())) {
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
}
