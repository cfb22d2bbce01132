package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.text.GuardedPattern;

/**
 * Statements as reports list them: "Statements were made by experts of the following States: …", "the Ad Hoc
 * Committee heard general statements by the representatives of …", "A statement was made by the observer for the State
 * of Palestine", "The Executive Director of UN-Women and a representative of UNFPA also made statements", with their
 * "on behalf of" attributions. A list may join parts with their own headings: "by the observer for the European Union
 * and by the observers for the following intergovernmental organizations: …".
 */
final class StatementLists {

    static final GuardedPattern STATEMENTS_BY = GuardedPattern.compile(
            // "the Committee heard statements from …", "received interventions from …": the speakers after "from"
            "\\b(?:heard|received)\\s+(?:[\\w-]+\\s+){0,3}?(?:statements?|interventions?|presentations?)\\s+from\\s+(.+)$"
                    + "|\\b(?:(?:statements?|interventions?|rights?\\s+of\\s+reply)\\s+(?:(?:in|of|on|under)\\s+[^.;:]{1,60}?\\s+)?(?:was|were)\\s+"
                    + "(?:(?:also|further|then|subsequently|likewise)\\s+)*(?:made|delivered|given|exercised)"
                    + "|(?:heard|noted|received)\\s+(?:[\\w-]+\\s+){0,3}?(?:statements?|interventions?)(?:\\s+made)?"
                    // "questions were put to the panellists by the representatives of …": an interactive dialogue's
                    + "|questions\\s+(?:was|were)\\s+(?:(?:also|further|then)\\s+)?(?:put|asked|posed|addressed))"
                    // "…were made under agenda item 3, \"General exchange of views\", by …": the item between
                    + "\\s+(?:[^:]{0,90}?\\s)??by\\s*:?\\s+(.+)$"
                    // "national reports were presented by the representatives of A, B and C": they spoke to present them
                    + "|\\breports?\\s+(?:was|were)\\s+(?:also\\s+)?presented\\s+by\\s+((?:the\\s+)?(?:representatives?"
                    + "|delegations?)\\s+of\\s+.+)$",
            Pattern.CASE_INSENSITIVE);
    /** ", including on behalf of A, B and C" after a number of speakers: the groups some of them spoke for. */
    private static final Pattern INCLUDING_ON_BEHALF = Pattern.compile(",?\\s+including\\s+(?:statements?\\s+)?on\\s+behalf"
            + "\\s+of\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** "His introduction was followed by statements from Australia, Japan …, and by the observer for Türkiye". */
    private static final GuardedPattern FOLLOWED_BY_STATEMENTS = GuardedPattern.compile("\\bfollowed\\s+by\\s+(?:[\\w-]+\\s+)"
            + "{0,2}?statements?\\s+(?:from|by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** "… made statements on behalf of the Group of 77 and China": the group a list's speakers spoke for, at its end. */
    private static final Pattern BEHALF_AT_END = Pattern.compile("on\\s+behalf\\s+of\\s+(.+?)[.)]?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "… the following members and associate members made statements: …", "The following Member States spoke: …",
     * "the following observers took the floor: …": the heading before the verb.
     */
    private static final GuardedPattern FOLLOWING_MADE = GuardedPattern.compile("\\b[Tt]he\\s+following\\s+([^:]{2,200}?)\\s+"
            + "(?:(?:also|further|then)\\s+)?(?:(?:made|delivered)\\s+(?:\\w+\\s+)?statements?|spoke|took\\s+the\\s+floor"
            + "|intervened)\\s*:\\s*(.+)$");
    /**
     * "Statements were made on behalf of the Group of 77 and China by the representative of Iraq; on behalf of …":
     * the group first, then its speaker. Rewritten as "the representative of Iraq (on behalf of …)".
     */
    private static final Pattern BEHALF_THEN_SPEAKER = Pattern.compile("^(?:and\\s+)?on\\s+behalf\\s+of\\s+(.+?)\\s+"
            + "by\\s+((?:the|an?)\\s+(?:" + SpeakerRoles.ROLE + ")\\s+(?:of|for|from)\\s+.+)$", Pattern.CASE_INSENSITIVE);
    private static final GuardedPattern INVERTED = GuardedPattern.compile("\\b(?:statements?|a\\s+statement|interventions?|an\\s+"
            + "intervention)\\s+(?:was|were)\\s+"
            + "(?:(?:also|further)\\s+)?(?:made|delivered)\\s+(on\\s+behalf\\s+of\\s+.+)$", Pattern.CASE_INSENSITIVE);
    /**
     * "… were made on behalf of the Arab Group (by Oman), the Alliance of Small Island States (by Fiji) and …": each
     * group, then its speaker in brackets after "by". One item; the items are joined by commas and "and".
     */
    private static final Pattern GROUP_THEN_SPEAKER_IN_BRACKETS = Pattern.compile("\\G(?:\\s*,)?\\s*(?:and\\s+)?(?:on\\s+behalf"
            + "\\s+of\\s+)?(?:the\\s+)?([^()]+?)\\s*\\(\\s*by\\s+((?:the|an?)\\s+(?:" + SpeakerRoles.ROLE + ")\\s+(?:of|for|from)"
            + "\\s+[^()]+|[^()]+)\\)", Pattern.CASE_INSENSITIVE);
    /** "On behalf of the African States, the representative of Kenya made a statement.": the group before the speaker. */
    private static final Pattern BEHALF_FIRST = Pattern.compile("^On\\s+behalf\\s+of\\s+([^,]+?),\\s+((?:the|an?)\\s+"
            + "(?:" + SpeakerRoles.ROLE + ")\\s+(?:of|for|from)\\s+.+?)\\s+((?:also\\s+)?(?:made|delivered)\\s+(?:a\\s+|an\\s+)?"
            + "(?:\\w+\\s+)?statements?\\b.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER_MADE = Pattern.compile(
            "^(?:The|A|An)\\s+(?i:" + SpeakerRoles.ROLE + "|" + SpeakerRoles.TITLE + ")\\s+(?:of|for|from)\\s+(.+?)\\s+"
                    + "(?:(?:also|further|then|subsequently|likewise)\\s+)?(?:made|delivered)\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?statements?\\b(.*)$");
    /**
     * "In the ensuing discussion, the representatives of Kenya, Morocco and [Senegal] made statements", "During the
     * dialogue, ministers and heads of delegation of … made statements": an opening clause, then several speakers.
     */
    private static final Pattern AFTER_A_CLAUSE = Pattern.compile("^(?:In|At|During|After|Following)\\b[^,]{0,100},\\s+"
            + "((?:the\\s+)?(?:representatives|delegations|observers|(?:ministers\\s+and\\s+)?heads\\s+of\\s+delegations?)"
            + "\\s+(?:of|for)\\s+.+?)\\s+(?:also\\s+)?(?:made|delivered)\\s+statements\\.?$");
    /**
     * States or organisations named as the subject of "made statements", "delivered a joint statement", "delivered
     * interventions" or "took the floor", after an opening clause or not, without a role word; taken only where every name of the subject is a known entity or an
     * organisation by its own words ("Coalition", "Network", …), and one at least is known.
     */
    private static final Pattern NAMES_MADE = Pattern.compile("^(?:(?:In|At|During|After|Following|Under|Before"
            + "|On)\\b[^,]{0,100},\\s+)?((?:[Tt]he\\s+)?\\p{Lu}[^;:]*?)\\s+(?:(?:also|then|further|subsequently)\\s+)?"
            + "(?:(?:made|delivered|gave|presented)\\s+(?:a\\s+|an\\s+)?(?:joint\\s+|general\\s+|opening\\s+|closing\\s+)?"
            + "(?:statements?|interventions?)\\b|took\\s+the\\s+floor)(?:\\s+on\\s+behalf\\s+of\\s+([^,;]+?))?"
            // "… also took the floor in the working groups": where, in lower-case words
            + "(?:\\s+(?:in|at|during|under)\\s+(?:the\\s+)?[\\p{Ll}\\s-]{1,60}?)?"
            // ", urging States to …": what the statement said, after it
            + "(?:,\\s+\\p{Ll}+ing\\b[^;]*)?\\s*\\.?$");
    /**
     * "Also speaking in the debate were the representatives of Mongolia and Panama", "Speaking in the general
     * discussion were …": the speakers after the verb.
     */
    private static final Pattern SPEAKING_WERE = Pattern.compile("^(?:Also\\s+)?[Ss]peaking\\s+(?:also\\s+)?(?:(?:in|at"
            + "|during|on|under)\\s+[^,;:]{1,80}?\\s+)?(?:were|was)\\s+(?:also\\s+)?(.+?)\\.?$");
    /** The words that make a name an organisation's, whether or not the tables know it. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("\\b(?:Coalition|Network|Organi[sz]ation|Association"
            + "|Federation|Council|Alliance|Foundation|Institute|Committee|Union|Forum|Society|Movement|Centre|Center"
            + "|Agency|Programme|Fund|Commission|Secretariat|Bank|Campaign)\\b");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b" + SpeakerRoles.ROLE + "\\s+(?:of|for|from)\\b");
    private static final Pattern AS_DID = Pattern.compile(
            ",?\\s+as\\s+did\\s+(?:the\\s+)?(?:representatives?|observers?|experts?|delegations?)\\s+(?:of|for)\\s+(.+)$");
    /**
     * ", and by the observers for …", ", and from the observer for …": the start of another part of the list, with a
     * heading of its own.
     */
    private static final Pattern AND_BY = Pattern.compile("(?:,\\s*|;\\s*|\\s+)(?:and|as\\s+well\\s+as)\\s+(?:by|from)\\s+");
    private static final Pattern ONE_SPEAKER_FOR_SEVERAL = Pattern.compile("^(?:The|A|An)\\s+(?:representative|observer"
            + "|delegation|delegate)\\s+(?:of|for)\\s+([^,;()]+),\\s+(?:(?:also|speaking)\\s+){1,2}on\\s+behalf\\s+of\\s+"
            + "((?:(?!\\b(?:representatives?|observers?|delegations?)\\b)[^;()])+?),\\s+(?:(?:also|further|then)\\s+)?"
            + "(?:made|delivered)\\s+(?:a|an)\\b");
    /**
     * "the representative of Peru, on behalf of Chile, Ecuador and Peru": one speaker of a list's part and the States it
     * spoke for, its own among them.
     */
    private static final Pattern ONE_SPEAKER_PART = Pattern.compile("^((?:the\\s+)?(?:representative|observer|delegation"
            + "|delegate)\\s+(?:of|for)\\s+([^,;()]+)),\\s+(?:speaking\\s+)?(?:also\\s+)?on\\s+behalf\\s+of\\s+([^;]+)$",
            Pattern.CASE_INSENSITIVE);
    /** "…; the representative of Namibia …", "…, and the representative of Jordan made …": another speaker's clause. */
    private static final Pattern NEXT_SPEAKER_CLAUSE = Pattern.compile("(?:;|,\\s+and)\\s+(?=the\\s+(?:representative"
            + "|observer|delegation)\\s+(?:of|for)\\s+[^;]*?\\b(?:made|delivered)\\s+(?:a|an)\\s+(?:\\w+\\s+)?statement\\b)");
    private static final Pattern AFTER_THE_LIST = Pattern.compile("(?:,\\s+on\\s+(?!behalf\\b)(?:the\\s+)?\\p{Ll}[^;]*)?(?:;\\s+(?:these"
            + "|this|which|they|it)\\b.*)?$");
    /**
     * ", in its capacity as permanent observer", ", speaking as an observer", between a speaker and its verb: no speaker
     * of its own.
     */
    private static final Pattern IN_ITS_CAPACITY = Pattern.compile(",\\s*(?:speaking\\s+)?(?:in\\s+its\\s+capacity\\s+as|as\\s+an?)"
            + "\\s+[^,]+$");
    /**
     * "… were made by: (a) the representative of Egypt, …; (b) …; and (c) …" (or "a)", "b)"): the letters of a list's items run into
     * one sentence, after its colon and each semicolon; no part of a name.
     */
    private static final Pattern INLINE_LETTER = Pattern.compile("([:;]\\s*(?:and\\s+)?)\\(?(?:[a-z]|[ivx]{1,5})\\)\\s+");
    private final EntityNames names;
    private final StatementItems items;

    StatementLists(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.items = new StatementItems(names, findings);
    }

    /** The statements of a sentence that lists them; empty when the sentence is no statement list. */
    Optional<List<Participation>> statements(int paragraph, String text) {
        // "X made a statement on behalf of A; the representative of Y, …, also made a statement": two sentences in one
        String[] clauses = NEXT_SPEAKER_CLAUSE.split(text);
        if (clauses.length > 1) {
            List<Participation> all = new ArrayList<>();
            for (String clause : clauses) {
                Optional<List<Participation>> each = statementsOfOne(paragraph,
                        Character.toUpperCase(clause.charAt(0)) + clause.substring(1));
                if (each.isEmpty() || each.get().isEmpty()) {
                    return statementsOfOne(paragraph, text);
                }
                all.addAll(each.get());
            }
            return Optional.of(all);
        }
        return statementsOfOne(paragraph, text);
    }

    private Optional<List<Participation>> statementsOfOne(int paragraph, String text) {
        String sentence = text.indexOf(')') < 0 ? text : INLINE_LETTER.matcher(text).replaceAll("$1");
        Matcher first = BEHALF_FIRST.matcher(sentence.strip());
        if (first.matches()) {
            sentence = first.group(2) + " " + first.group(3).replaceFirst("[.]$", "") + " on behalf of " + first.group(1)
                    + ".";
            sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }
        Matcher following = FOLLOWING_MADE.matcher(sentence);
        if (following.find()) {
            return Optional.of(items.rows(paragraph, following.group(1) + ": " + following.group(2)));
        }
        Matcher inverted = INVERTED.matcher(sentence);
        if (inverted.find()) {
            // "made on behalf of the Group of 77 and China by the representative of Iraq; on behalf of …"
            List<String> pieces = CountItems.splitOutsideBrackets(inverted.group(1).replaceFirst("[.]$", ""), ";");
            if (pieces.stream().allMatch(piece -> BEHALF_THEN_SPEAKER.matcher(piece.strip()).matches())) {
                List<Participation> out = new ArrayList<>();
                for (String piece : pieces) {
                    Matcher m = BEHALF_THEN_SPEAKER.matcher(piece.strip());
                    if (m.matches()) {
                        out.addAll(items.rows(paragraph, m.group(2).replaceAll("[.,]+$", "") + " (on behalf of "
                                + m.group(1).replaceFirst("^(?i)the\\s+", "") + ")"));
                    }
                }
                return Optional.of(out);
            }
            String groups = inverted.group(1).replaceFirst("[.]$", "").strip();
            Matcher each = GROUP_THEN_SPEAKER_IN_BRACKETS.matcher(groups);
            List<Participation> out = new ArrayList<>();
            int end = 0;
            while (each.find()) {
                out.addAll(items.rows(paragraph, each.group(2).strip() + " (on behalf of " + each.group(1).strip() + ")"));
                end = each.end();
            }
            if (end > 0 && groups.substring(end).isBlank()) {
                return Optional.of(out);
            }
        }
        String listed = listAfterTheVerb(sentence);
        if (listed != null) {
            List<Participation> out = new ArrayList<>();
            if (GenericSpeakers.isCounted(listed) && StatementItems.topLevelColon(listed) < 0) {
                // "by representatives of 14 Parties, including on behalf of A, B and C": no speaker named, but the
                // groups they spoke for
                Matcher groups = INCLUDING_ON_BEHALF.matcher(listed);
                return Optional.of(groups.find() ? items.groupsSpokenFor(paragraph, groups.group(1)) : out);
            }
            for (String part : parts(listed)) {
                // "by the representative of Chile, on behalf of Argentina, Brazil and Chile, and by …": one speaker,
                // every name after "on behalf of" spoken for
                Matcher one = ONE_SPEAKER_PART.matcher(part.strip());
                // only where the speaker's own State is among them: "…, on behalf of the Group of 77 and China,
                // Mexico and Japan" may go on with other speakers
                out.addAll(items.rows(paragraph, one.matches() && !one.group(3).contains("(")
                        && ownStateAmong(one.group(2), one.group(3).replaceAll("[,.]+$", ""))
                        ? one.group(1) + " (on behalf of " + one.group(3).replaceAll("[,.]+$", "") + ")" : part));
            }
            return Optional.of(out);
        }
        Matcher afterAClause = AFTER_A_CLAUSE.matcher(sentence.strip());
        if (afterAClause.matches()) {
            return Optional.of(items.rows(paragraph, afterAClause.group(1)));
        }
        Matcher made = SPEAKER_MADE.matcher(sentence);
        if (made.find()) {
            String tail = made.group(2);
            Matcher asDid = AS_DID.matcher(tail);
            // the role word is part of the match: give it back to the list, whose items each name their role
            // "The observer for the European Union, in its capacity as observer, made a statement on behalf of …"
            String speakers = IN_ITS_CAPACITY.matcher(made.group(1).replaceFirst("\\s*,\\s*$", "")).replaceFirst("");
            String saidOf = "";
            Matcher kind = StatementItems.APPOSITIVE.matcher(speakers);
            if (kind.find()) {
                saidOf = speakers.substring(kind.start());
                speakers = speakers.substring(0, kind.start());
            }
            Matcher one = ONE_SPEAKER_FOR_SEVERAL.matcher(made.group());
            if (one.find() && !speakers.contains("(")) {
                // "The representative of Denmark, speaking also on behalf of Iceland, Norway and Sweden, delivered …":
                // one speaker, so every name after "on behalf of" is spoken for
                speakers = one.group(1) + " (on behalf of " + one.group(2) + ")";
            }
            String list = sentence.substring(0, made.start(1)).replaceFirst("^(?:The|A|An)\\s+", "the ") + speakers;
            if (asDid.find()) {
                List<Participation> both = new ArrayList<>(items.rows(paragraph, list + saidOf));
                both.addAll(items.rows(paragraph, asDid.group(1)));
                return Optional.of(both);
            }
            Matcher behalf = BEHALF_AT_END.matcher(tail);
            return Optional.of(items.rows(paragraph, list + (behalf.find() ? " (on behalf of " + behalf.group(1)
                    + ")" : "") + saidOf));
        }
        Matcher named = NAMES_MADE.matcher(sentence.strip());
        // "the representatives of A and B then took the floor": speakers with their role are read as running text
        if (named.matches() && allKnown(named.group(1)) && !(named.group().contains("took the floor")
                && ROLE_WORD.matcher(named.group(1)).find())) {
            return Optional.of(items.rows(paragraph, named.group(1) + (named.group(2) != null
                    ? " (on behalf of " + named.group(2) + ")" : "")));
        }
        return Optional.empty();
    }

    /**
     * Whether the speaker's own State is one of the names of a list, as a whole name: "Niger" is not among "Nigeria and
     * Ghana", nor "Sudan" among "South Sudan and Kenya". Names compare by the entity they resolve to, else as written.
     */
    private boolean ownStateAmong(String speaker, String list) {
        Optional<String> code = names.resolve(speaker.strip()).map(e -> e.code()).filter(c -> !c.isEmpty());
        String bare = speaker.strip().replaceFirst("^(?i)the\\s+", "");
        return new NameListSplitter(names::isKnownAsWritten).split(list).stream()
                .filter(item -> !item.placeholder())
                .anyMatch(item -> code.isPresent()
                        ? code.equals(names.resolve(item.name().strip()).map(e -> e.code()))
                        : item.name().strip().replaceFirst("^(?i)the\\s+", "").equalsIgnoreCase(bare));
    }

    /** True when every name of a list is a known entity as written (with its "on behalf of" bracket, if any). */
    private boolean allKnown(String list) {
        List<NameListSplitter.Item> split = new NameListSplitter(names::isKnownAsWritten).split(list);
        return !split.isEmpty() && split.stream().allMatch(item -> !item.placeholder()
                && (names.isKnownAsWritten(item.name()) || ORGANISATION_WORD.matcher(item.name()).find()))
                && split.stream().anyMatch(item -> names.isKnownAsWritten(item.name()));
    }

    /**
     * The speakers after "statements were made by", "heard statements by" or "from", "followed by statements from",
     * "Also speaking were"; or null.
     */
    private static String listAfterTheVerb(String sentence) {
        Matcher by = STATEMENTS_BY.matcher(sentence);
        if (by.find()) {
            String list = by.group(1) != null ? by.group(1) : by.group(2) != null ? by.group(2) : by.group(3);
            return withoutTheTopic(list);
        }
        Matcher followed = FOLLOWED_BY_STATEMENTS.matcher(sentence);
        if (followed.find()) {
            return withoutTheTopic(followed.group(1));
        }
        Matcher speaking = SPEAKING_WERE.matcher(sentence.strip());
        return speaking.matches() ? withoutTheTopic(speaking.group(1)) : null;
    }

    /**
     * The list without what the sentence says after it: the topic of the statements (", on the implementation of
     * …") and a clause of its own after a semicolon ("; these statements are set out in annex 9").
     */
    private static String withoutTheTopic(String list) {
        return AFTER_THE_LIST.matcher(list).replaceFirst("");
    }

    /** Cuts "… and by the observers for the following …: …" into its parts, outside brackets. */
    private static List<String> parts(String tail) {
        List<String> parts = new ArrayList<>();
        Matcher m = AND_BY.matcher(tail);
        int start = 0;
        while (m.find()) {
            if (depth(tail, m.start()) == 0) {
                parts.add(tail.substring(start, m.start()));
                start = m.end();
            }
        }
        parts.add(tail.substring(start));
        return parts;
    }

    private static int depth(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
        }
        return depth;
    }
}
