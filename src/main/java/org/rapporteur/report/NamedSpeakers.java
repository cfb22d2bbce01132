package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.text.GuardedPattern;

/**
 * Speakers the running text names: "The representative of the Bolivarian Republic of Venezuela emphasized …", "the
 * representatives of the Lao People's Democratic Republic and the Philippines described …", "The observer for the
 * State of Palestine, the representative of the World Health Organization and … also took the floor", "The
 * representative of Morocco, speaking on behalf of the Group of African States, underlined …".
 *
 * <p>Where the name ends is not marked in running text, so the longest run of words that is a known name is taken;
 * a name the reference tables do not know is left to the lists (no guess). The speakers must be followed by what
 * they did (a verb in the past tense), so that "in consultation with the representatives of X" is no statement;
 * representatives who chaired or moderated a part of the meeting ("co-chaired by the representatives of X and Y") made
 * no statement by it.
 */
final class NamedSpeakers {

    /** A word of a name: up to a space or stop; a full stop stays when no space follows ("U.S."). */
    private static final Pattern NAME_WORD = Pattern.compile("[^\\s,;:.]+(?:\\.(?=\\S))?");
    /** Run only on sentences that hold one of the words every match needs (most sentences name no speaker). */
    private static final GuardedPattern SPEAKER = GuardedPattern.compile("\\b(?:[Tt]he|[Aa]n?)\\s+(" + SpeakerRoles.ROLE
            + ")\\s+(?:of|for|from)\\s+");
    private static final Pattern NEXT_SPEAKER = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:[Tt]he|[Aa]n?)\\s+("
            + SpeakerRoles.ROLE + ")\\s+(?:of|for|from)\\s+)?");
    /** ", speaking on behalf of", ", also speaking on behalf of", ", speaking also on behalf of". */
    private static final Pattern BEHALF = Pattern.compile("^,?\\s*(?:(?:speaking|also)\\s+){0,2}on\\s+behalf\\s+of\\s+");
    /** "Speaking on behalf of the Group of African States, the delegation of Ghana welcomed …": the group first. */
    private static final Pattern LEADING_BEHALF = Pattern.compile("^(?:Speaking\\s+)?[Oo]n\\s+behalf\\s+of\\s+([^,;]+),\\s+");
    /** "Pakistan (on behalf of the Organization of Islamic Cooperation)": the group in brackets after the speaker. */
    private static final Pattern BRACKETED_BEHALF = Pattern.compile("^\\s*\\(\\s*(?:also\\s+)?(?:speaking\\s+)?on\\s+behalf"
            + "\\s+of\\s+(?:the\\s+)?([^()]+)\\)");
    /** "co-chaired by the representatives of Ecuador and Slovakia": they led a part of the meeting, no statement. */
    private static final Pattern LED_BY = Pattern.compile("(?i)\\b(?:co-)?(?:chaired|moderated|facilitated|presided\\s+over"
            + "|hosted)\\s+by\\s+$");
    /** ", in its capacity as observer,", ", a regional economic integration organization,": said of the speaker. */
    private static final Pattern APPOSITIVE = Pattern.compile("^,\\s*(?:in\\s+its\\s+capacity\\s+as\\s+[^,;]+"
            + "|an?\\s+[^,;()]*?\\borgani[sz]ation\\b[^,;()]*),");
    /** "… made a statement on behalf of …", "… spoke on behalf of …": the group, named after what the speaker did. */
    private static final Pattern BEHALF_AFTER_VERB = Pattern.compile("^\\s+(?:(?:an?|the|its|their)\\s+)?"
            + "(?:[\\p{Ll}-]+\\s+){0,2}?(?:statements?\\s+|remarks\\s+)?(?:,\\s*)?on\\s+behalf\\s+of\\s+");
    /** "the programme countries concerned, namely": the speakers described, then named. */
    private static final Pattern NAMELY = Pattern.compile("^(?:the\\s+)?\\p{Ll}[^,;:()]{0,80}?,?\\s+namely\\s+");
    private static final Pattern ITS_MEMBERS = Pattern.compile("^" + EntityNames.ITS_MEMBERS + "\\b");
    private static final Pattern AND_ITS_MEMBERS = Pattern.compile("^\\s+and\\s+" + EntityNames.ITS_MEMBERS + "\\b");
    private static final int LONGEST_NAME = 14;
    /** A name as running text writes it: capitalised words, lower-case joining words, no comma. */
    private static final Pattern UNKNOWN_NAME = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}"
            + "[\\p{L}'’.\\-]*|of|for|on|and|the|de|du|des|la|le|in)){0,10}$");

    private final EntityNames names;

    NamedSpeakers(EntityNames names) {
        this.names = names;
    }

    /** The statements of the speakers a sentence names, in order; none when it names no known speaker doing something. */
    List<Participation> find(int paragraph, String sentence) {
        List<Participation> out = new ArrayList<>(speakerFirst(paragraph, sentence));
        Matcher leading = LEADING_BEHALF.matcher(sentence);
        String leadingBehalf = leading.find() ? leading.group(1).strip() : "";
        Matcher m = SPEAKER.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            if (LED_BY.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                from = m.end();
                continue;
            }
            List<Participation> chain = new ArrayList<>();
            int at = m.end();
            boolean plural = m.group(1).endsWith("s");
            boolean unknownMember = false;
            Named last = null;
            String lastBehalf = "";
            while (true) {
                Optional<Named> named = longestName(sentence, at);
                Matcher namely = NAMELY.matcher(sentence.substring(at));
                if (named.isEmpty() && chain.isEmpty() && namely.find()) {
                    // "the representatives of the programme countries concerned, namely A, B and C, addressed …"
                    at += namely.end();
                    named = longestName(sentence, at);
                }
                if (named.isEmpty()) {
                    // "… and the observer for the Vienna NGO Committee on Drugs also took the floor": an unknown
                    // speaker at the end of the chain; the others still spoke if a verb follows it
                    unknownMember = !chain.isEmpty();
                    break;
                }
                at = named.get().end();
                String behalf = "";
                Matcher b = BEHALF.matcher(sentence.substring(at));
                Matcher bracketed = BRACKETED_BEHALF.matcher(sentence.substring(at));
                if (bracketed.find()) {
                    behalf = bracketed.group(1).strip();
                    at += bracketed.end();
                } else if (b.find()) {
                    Optional<Named> group = longestName(sentence, at + b.end());
                    int clauseEnd = SpeakerClauses.clauseEnd(sentence, at + b.end());
                    if (group.isPresent() && (clauseEnd < 0 || group.get().end() >= clauseEnd)) {
                        behalf = group.get().text();
                        at = group.get().end();
                        at += sentence.substring(at).startsWith(",") ? 1 : 0;
                    } else if (clauseEnd > 0 && SpeakerClauses.DID.matcher(sentence.substring(clauseEnd + 1)).find()) {
                        // ", on behalf of a group of Latin American and Caribbean States,", ", also on behalf of France
                        // and the Netherlands (Kingdom of the),": the clause as written, up to its comma
                        behalf = sentence.substring(at + b.end(), clauseEnd).strip().replaceFirst("^(?:a|an|the)\\s+", "");
                        at = clauseEnd + 1;
                    }
                }
                chain.add(statement(paragraph, named.get(), behalf));
                last = named.get();
                lastBehalf = behalf;
                Matcher appositive = APPOSITIVE.matcher(sentence.substring(at));
                if (appositive.find()) {
                    at += appositive.end();
                    break;
                }
                Matcher next = NEXT_SPEAKER.matcher(sentence.substring(at));
                if (!next.find() || (next.group(1) == null && !plural)) {
                    break;
                }
                plural = next.group(1) == null ? plural : next.group(1).endsWith("s");
                at += next.end();
            }
            Matcher did = SpeakerClauses.DID.matcher(sentence.substring(at));
            if (!chain.isEmpty() && did.find()) {
                String behalf = chain.size() == 1 && lastBehalf.isEmpty() ? behalfAfterVerb(sentence, at + did.end()) : "";
                behalf = behalf.isEmpty() && chain.size() == 1 && lastBehalf.isEmpty() ? leadingBehalf : behalf;
                if (!behalf.isEmpty()) {
                    chain.set(0, statement(paragraph, last, behalf));
                }
                out.addAll(chain);
            } else if (!chain.isEmpty() && unknownMember && SpeakerClauses.verbSoonAfter(sentence, at) >= 0) {
                // "…, and the observer for the Vienna NGO Committee on Drugs also took the floor": the last speaker's
                // name runs from its role to the verb; kept as written, reported as unknown
                String name = sentence.substring(at, at + SpeakerClauses.verbSoonAfter(sentence, at)).strip()
                        .replaceFirst("\\s+(?:also|further|then|both|each|again|likewise)$", "");
                if (UNKNOWN_NAME.matcher(name).matches()) {
                    Entity unknown = names.entity(paragraph, name, org.rapporteur.reference.EntityType.UNKNOWN);
                    chain.add(new Participation(paragraph, Role.STATEMENT, unknown, name, "", "", null, null, false));
                }
                out.addAll(chain);
            }
            from = Math.max(at, m.end());
        }
        return out;
    }

    /**
     * The group a speaker spoke for, named after the verb ("made a statement on behalf of the Group of African
     * States", "on behalf of its member States", "on behalf of the European Union and its member States"), or "".
     */
    private String behalfAfterVerb(String sentence, int at) {
        Matcher b = BEHALF_AFTER_VERB.matcher(sentence.substring(at));
        if (!b.find()) {
            return "";
        }
        int from = at + b.end();
        Matcher own = ITS_MEMBERS.matcher(sentence.substring(from));
        if (own.find()) {
            return own.group();
        }
        Optional<Named> group = longestName(sentence, from);
        if (group.isEmpty()) {
            return "";
        }
        Matcher members = AND_ITS_MEMBERS.matcher(sentence.substring(group.get().end()));
        return members.find() ? group.get().text() + members.group() : group.get().text();
    }

    /**
     * "Cyprus, on behalf of the European Union and its member States, expressed support …": a State or organisation
     * opening the sentence, the group it spoke for and what it did; none otherwise.
     */
    private List<Participation> speakerFirst(int paragraph, String sentence) {
        if (!sentence.contains("behalf")) {
            // BEHALF must follow the name: without its word no lead speaker is found, and the name is not looked for
            // (trying every word run at the start of every sentence was a tenth of the parser's time)
            return List.of();
        }
        Optional<Named> lead = longestName(sentence, 0);
        if (lead.isEmpty()) {
            return List.of();
        }
        Matcher b = BEHALF.matcher(sentence.substring(lead.get().end()));
        int clauseEnd = b.find() ? SpeakerClauses.clauseEnd(sentence, lead.get().end() + b.end()) : -1;
        if (clauseEnd < 0 || !SpeakerClauses.DID.matcher(sentence.substring(clauseEnd + 1)).find()) {
            return List.of();
        }
        return List.of(statement(paragraph, lead.get(), sentence.substring(lead.get().end() + b.end(), clauseEnd).strip()));
    }

    private Participation statement(int paragraph, Named named, String behalf) {
        Entity entity = named.entity();
        String behalfName = behalf.isEmpty() ? "" : names.behalfName(paragraph, behalf, entity);
        return new Participation(paragraph, Role.STATEMENT, entity, named.text(), "", behalfName, null, null, false);
    }

    /** A known name and where it ends in the sentence. */
    private record Named(String text, Entity entity, int end) {
    }

    /** The longest run of words from {@code at} that is a known name ("the Islamic Republic of Iran"). */
    private Optional<Named> longestName(String sentence, int at) {
        List<Integer> ends = new ArrayList<>();
        Matcher word = NAME_WORD.matcher(sentence);
        int start = at;
        while (ends.size() < LONGEST_NAME && word.find(start)) {
            if (!sentence.substring(start, word.start()).isBlank()) {
                break; // a comma or other stop between words ends the name
            }
            ends.add(word.end());
            start = word.end();
        }
        for (int k = ends.size() - 1; k >= 0; k--) {
            String text = sentence.substring(at, ends.get(k)).strip();
            if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
                continue;
            }
            Optional<Entity> entity = names.resolve(text);
            if (entity.isPresent() && names.isKnownAsWritten(text)) {
                return Optional.of(new Named(text, entity.get(), ends.get(k)));
            }
        }
        return Optional.empty();
    }
}
