package org.rapporteur.report;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;

/**
 * Speakers in a statement list who are no participant: officials of the United Nations' own organs speaking by title,
 * officials by the title of a mandate, the Chair of a body the tables do not know, a host Government's representative
 * welcoming the meeting, and how a statement reached the meeting (", by video message"). Each is replaced by a mark, so
 * that the separators around it still separate the other speakers.
 */
final class OfficialsByTitle {

    /** How a statement reached the meeting (", by video message", ", in writing"): no speaker either. */
    private static final Pattern MANNER = Pattern.compile(
            ",?\\s*(?:(?:by|via|through)\\s+(?:a\\s+)?(?:pre-?recorded\\s+)?(?:video|audio)[\\p{L} -]{0,20}|in\\s+writing)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Officials of the United Nations' own organs and Secretariat speaking by title ("the President of the General
     * Assembly", "the Vice-President of the Economic and Social Council", "the Under-Secretary-General for Economic
     * and Social Affairs", "the Secretary-General", "the President of the United Nations Environment Assembly"): they speak for no delegation, so they are no participant, and no
     * unknown name either.
     */
    private static final GuardedPattern UN_OFFICIAL = GuardedPattern.compile("(?:\\b(?:the|a)\\s+)?(?:(?:Vice-|Deputy\\s+)?President"
            + "|Chair(?:person)?)\\s+of\\s+the\\s+(?:General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council|Security"
            + "\\s+Council|Human\\s+Rights\\s+Council|Trusteeship\\s+Council)\\b|(?:\\b(?:the|an?)\\s+)?(?:Under|Assistant)"
            + "-Secretary-General\\s+for\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*)*"
            // a mandate after the title ("the Deputy High Commissioner for Human Rights"): the words name a topic,
            // not a participant; inside "the Office of the United Nations High Commissioner for …" it is an entity
            + "|(?:\\b(?:the|an?)\\s+)?(?<!\\bof\\s{1,3}the\\s{1,3})(?<!Nations\\s{1,3})(?:(?:Deputy|Assistant|Acting)\\s+)?(?:United\\s+Nations\\s+)?(?:High\\s+Commissioner"
            + "|Special\\s+Rapporteur|Special\\s+Representative|Special\\s+Envoy|Independent\\s+Expert)\\s+(?:for|on)\\s+"
            + "(?!the\\s)\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+|of\\s+)?\\p{Lu}[\\p{L}-]*)*"
            + "|(?:\\b(?:the|a)\\s+)?(?:Vice-)?President\\s+of\\s+the\\s+United\\s+Nations\\s+\\p{Lu}[\\p{L}-]*\\s+Assembly"
            + "(?:\\s+at\\s+its\\s+" + NumberWords.ORDINAL_REGEX + "\\s+session)?"
            // "the Secretary-General of the United Nations Conference on Trade and Development" heads an organisation
            + "|(?:\\b(?:the|a)\\s+)?(?:Deputy\\s+)?(?<![\\p{L}-])Secretary-General(?:\\s+of\\s+the\\s+United\\s+Nations"
            + "(?!\\s+\\p{Lu}))?(?![\\p{L}-]|\\s+of\\s)"
            // "the Secretary-General of the Congress", "… of the Sixteenth Conference": the meeting's own, by its short name
            + "|(?:\\b(?:the|a)\\s+)?(?:Deputy\\s+|Executive\\s+)?(?<![\\p{L}-])Secretary-General\\s+of\\s+the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:Congress"
            + "|Conference|Summit|Meeting)\\b(?!\\s+(?:on|of|for|to)\\b)");
    /**
     * The Chair of a treaty body or commission speaking by title ("the Chair of the Committee on the Rights of Persons
     * with Disabilities"): an official presiding over a body the tables do not know, no delegation. Where the tables
     * know the body ("the President of the International Narcotics Control Board"), its head speaks for it.
     */
    private static final Pattern BODY_CHAIR = Pattern.compile("(?:\\b(?:the|a)\\s+)?(?:Vice-)?(?:President|Chair(?:person"
            + "|man|woman)?)\\s+of\\s+(the\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}?(?:Committee|Commission|Council|Board|Court"
            + "|Tribunal|Forum|Mechanism|Working\\s+Group)(?:\\s+(?:on|for|of|against)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+"
            + "(?:(?:and|of|on|with|the|in|for)\\s+)*\\p{Lu}[\\p{L}-]*)*)?)");
    /** A person named before ", in her capacity as" an official taken out: that official too. */
    private static final Pattern IN_AN_OFFICIALS_CAPACITY = Pattern.compile("[^,;\uE001]*,\\s*in\\s+(?:her|his)\\s+"
            + "capacity\\s+as\\s+(?:the\\s+)?\uE001");
    /** "…, as", "…, in its capacity as" just before an office: the office is that of the speaker named before it. */
    private static final Pattern OFFICE_OF_THE_SPEAKER = Pattern.compile("(?i),\\s+(?:in\\s+(?:its|her|his)\\s+capacity\\s+)?"
            + "as\\s+(?:the\\s+)?(?:current\\s+)?$");
    /** "the Secretary-General (by video message)": how the statement reached the meeting, inside the list. */
    private static final Pattern BRACKETED_MANNER = Pattern.compile("(?i)\\s*\\((?:by|via|through)\\s+(?:a\\s+)?"
            + "(?:pre-?recorded\\s+)?(?:video|audio)[\\p{L} -]{0,20}\\)|\\s*\\(in\\s+writing\\)");
    /** Stands for an official taken out of a list, so that the separators around it still separate. */
    static final String OFFICIAL_MARK = "\uE001";

    /**
     * "the Minister of Planning of Togo, representing the host Government": the host welcomes the meeting, no
     * statement of a delegation.
     */
    private static final Pattern HOST = Pattern.compile("(?:\\b(?:the|a|an)\\s+)(?:(?!\\bthe\\b)[^,;])+?,\\s+(?:representing|on"
            + "\\s+behalf\\s+of)\\s+the\\s+host\\s+(?:Government|country|State)\\b");

    private static final Pattern FINAL_STOP = Pattern.compile("[.,]$");

    private OfficialsByTitle() {
    }

    /**
     * The list with its officials and manners of delivery taken out (each official replaced by a mark).
     *
     * @param isKnown whether the tables know a name as written: the head of a known body speaks for it
     */
    static String withoutOfficials(String list, Predicate<String> isKnown) {
        String text = BRACKETED_MANNER.matcher(list).replaceAll("");
        text = MANNER.matcher(FINAL_STOP.matcher(text).replaceAll("").strip()).replaceFirst("");
        text = HOST.matcher(text).replaceAll(OFFICIAL_MARK);
        // guarded: the guard's matcher on a text without the title's words would replace the whole text
        String withoutTitles = UN_OFFICIAL.mayMatch(text) ? UN_OFFICIAL.matcher(text).replaceAll(OFFICIAL_MARK) : text;
        // "the Director-General of X, in her capacity as Secretary-General of the Congress": the person speaks as the
        // official, whoever else she heads
        String withoutUnOfficials = IN_AN_OFFICIALS_CAPACITY.matcher(withoutTitles).replaceAll(OFFICIAL_MARK);
        // "Fiji, as Chair of the Working Group on …": the office of the State named before it, which is the speaker
        return BODY_CHAIR.matcher(withoutUnOfficials).replaceAll(body -> isKnown.test(body.group(1))
                || isKnown.test(body.group(1).substring(4))
                || OFFICE_OF_THE_SPEAKER.matcher(withoutUnOfficials.substring(0, body.start())).find()
                ? Matcher.quoteReplacement(body.group()) : OFFICIAL_MARK);
    }

    /** True when a list item is nothing but officials taken out. */
    static boolean onlyOfficials(String item) {
        return item.contains(OFFICIAL_MARK) && item.replace(OFFICIAL_MARK, "").replaceAll("(?i)\\band\\b|,", "").isBlank();
    }
}
