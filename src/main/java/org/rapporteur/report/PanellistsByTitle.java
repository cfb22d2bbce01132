package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.text.GuardedPattern;

/**
 * Panellists named with their title instead of a bracketed country: "the panellists were: Amal Haddad, Minister of
 * Labour of Jordan; Piotr Nowak, Director of Statistics, Central Statistical Office of Poland; Ruth Kim, Senior
 * Adviser, World Health Organization". The person is the name before the first comma; the State or organisation is the
 * longest known name that ends the title ("… of Jordan", "… World Health Organization"). An item with a bracket is left
 * to the bracketed form; an item whose title ends in no known name is kept, its organisation as written (the title's
 * last comma-separated part) with an UNKNOWN_ENTITY finding, never guessed and never dropped.
 */
final class PanellistsByTitle {

    /**
     * "the panellists were:", "the following panellists:", "panellists included:", "The panel comprised (the following
     * speakers:)", "held
     * interactive dialogues with the following experts:",
     * "Presentations were made by":
     * the list after them.
     */
    private static final GuardedPattern LIST = GuardedPattern.compile(
            "\\b(?:panell?ists(?:\\s+(?:were|included|was\\s+composed\\s+of)"
            + "\\s*:?|\\s*:)|panel\\s+(?:comprised|consisted\\s+of|was\\s+composed\\s+of|included)"
            // "The panel comprised the following speakers:"
            + "(?:\\s+the\\s+following(?:\\s+[\\p{L}-]+){0,2}\\s*:|\\s*:?)"
            + "|dialogues?\\s+with\\s+(?:the\\s+)?following\\s+experts\\s*:|presentations?\\s+(?:(?:was|were)\\s+(?:made|given"
            + "|delivered)\\s+)?by(?:\\s+the\\s+following(?:\\s+[\\p{L}-]+){1,2})?\\s*:?)\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /**
     * The other ways a panel's speakers are introduced once a sentence is about a panel, a dialogue or a keynote: the
     * following speakers, experts or presenters, whatever verb comes before or after them ("featured the following
     * speakers:", "in which the following speakers took part:", "the following experts made presentations:"),
     * "with the participation of", "addresses were given by", and the person who delivered a keynote.
     */
    private static final GuardedPattern IN_A_PANEL = GuardedPattern.compile(
            "\\b(?:following\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:speakers|experts|panell?ists|presenters|discussants|resource"
            + "\\s+persons)\\b[^:;.()]{0,60}?:|with\\s+the\\s+participation\\s+of\\s*:?|(?:addresses|remarks|contributions|"
            + "presentations|statements)\\s+(?:were\\s+)?(?:made|given|delivered)\\s+by\\s*:?|(?:keynote|opening|introductory)"
            // a title in quotation marks may hold a colon: "a keynote address entitled “…: …” was delivered by"
            + "\\s+(?:address|speech|lecture|presentation|remarks)\\b(?:[^;:“”\"]|“[^”]{0,200}”|\"[^\"]{0,200}\"){0,200}?"
            + "\\b(?:delivered|given|made)\\s+by"
            // "followed by a panel discussion with Ms. A, Chief Economist, …, and Mr. B, …"
            + "|panel\\s+(?:discussion|debate|dialogue)\\s+with(?:\\s+the\\s+following(?:\\s+[\\p{L}-]+){0,2})?\\s*:?)"
            + "\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** "…, University of Lagos (Nigeria)": a title that ends in the bracketed State or organisation. */
    private static final Pattern KEYNOTE = Pattern.compile("(?i)\\bkeynote\\b");
    private static final Pattern FINAL_STOP = Pattern.compile("[.]$");
    private static final Pattern BRACKET_AT_END = Pattern.compile("^(.*?)\\s*\\(([^()]+(?:\\([^()]*\\))?)\\)$");
    private static final Pattern PERSON = Pattern.compile("^(?:and\\s+)?(?:(?:" + Honorifics.PROFESSOR + "|" + Honorifics.PROF + "\\.?)\\s+)?((?:"
            + Honorifics.any(Honorifics.ENGLISH) + "\\.?\\s+)?" + "\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*"
            + "|de|da|del|van|von|bin|al|el|la|le)){1,5}),\\s+(.+)$");
    private static final String HONORIFIC = Honorifics.any(Honorifics.ENGLISH, Honorifics.PROF) + "\\.?\\s+\\p{Lu}";
    /** The comma (and "and") before the next person's honorific: where one item of a titled list ends. */
    private static final Pattern HONORIFIC_ITEM = Pattern.compile(",?\\s+and\\s+(?=" + HONORIFIC + ")|,\\s+(?=" + HONORIFIC + ")");
    private static final Pattern HONORIFIC_START = Pattern.compile(HONORIFIC);
    private static final int LONGEST_NAME = 10;
    private static final Pattern FOREIGN_OF = Pattern.compile("de|del|du|des|di|da|do|dos");
    private final EntityNames names;
    private final NationalBodies nationalBodies;

    PanellistsByTitle(EntityNames names) {
        this.names = names;
        this.nationalBodies = new NationalBodies(names);
    }

    List<Participation> find(int paragraph, String sentence) {
        List<Participation> out = new ArrayList<>();
        Matcher list = LIST.matcher(sentence);
        String items;
        // "The panellists were Mr. A, Director, B Authority (Ghana), and Ms. C, …": apart by honorifics as by semicolons
        if (list.find() && (list.group(1).indexOf(';') >= 0 || byHonorific(list.group(1)).size() >= 2)) {
            items = list.group(1);
        } else {
            Matcher other = IN_A_PANEL.matcher(sentence);
            if (!PanelSentences.introducePanellists(sentence) || !other.find()) {
                return out;
            }
            // one person is a list too after a keynote; after the other words, persons one after another
            items = other.group(1);
            if (items.indexOf(';') < 0 && !KEYNOTE.matcher(sentence).find() && byHonorific(items).size() < 2) {
                return out;
            }
        }
        String bare = FINAL_STOP.matcher(items).replaceAll("");
        List<String> each = bare.indexOf(';') < 0 && byHonorific(bare).size() >= 2 ? byHonorific(bare)
                : List.of(bare.split(";"));
        for (String item : each) {
            Matcher m = PERSON.matcher(item.strip());
            if (!m.matches()) {
                continue;
            }
            if (item.contains("(")) {
                // "Olumide Ade, Professor of Law, University of Lagos (Nigeria)": the bracket names the State
                Matcher bracket = BRACKET_AT_END.matcher(m.group(2).strip());
                if (bracket.matches() && !bracket.group(1).contains("(")) {
                    String inside = bracket.group(2).strip();
                    Entity entity = names.known(paragraph, inside)
                            .orElseGet(() -> names.entity(paragraph, inside, EntityType.UNKNOWN));
                    out.add(new Participation(paragraph, Role.PANELLIST, entity, inside, m.group(1), "", null,
                            null, false));
                }
                continue;
            }
            Optional<String> written = endingName(m.group(2)).or(() -> stateOfANationalBody(m.group(2)));
            Optional<Entity> entity = written.flatMap(name -> names.known(paragraph, name));
            if (entity.isPresent()) {
                out.add(new Participation(paragraph, Role.PANELLIST, entity.get(), written.get(), m.group(1), "",
                        null, null, false));
            } else {
                // never a dropped name: the panellist is kept with the organisation as written (the title's last
                // comma-separated part, or the whole title), reported as unknown, not guessed
                String organisation = unknownOrganisation(m.group(2));
                out.add(new Participation(paragraph, Role.PANELLIST,
                        names.entity(paragraph, organisation, EntityType.UNKNOWN), organisation, m.group(1), "",
                        null, null, false));
            }
        }
        return out;
    }

    /** Whether a sentence lists panellists after "The panellists were" each starting with an honorific, two or more. */
    static boolean listedByHonorific(String sentence) {
        Matcher list = LIST.matcher(sentence);
        return list.find() && byHonorific(list.group(1)).size() >= 2;
    }

    /**
     * "Ms. A, Chief Economist, X Bank, and Mr. B, Principal Secretary, Y (Kenya)": persons whose titles hold commas,
     * each starting with an honorific; the items, or one item where the honorifics do not start every one.
     */
    static List<String> byHonorific(String items) {
        List<String> parts = List.of(HONORIFIC_ITEM.split(items.strip()));
        return parts.size() >= 2 && parts.stream().allMatch(p -> HONORIFIC_START.matcher(p.strip()).lookingAt())
                ? parts : List.of(items);
    }

    /** "Coordinator, Rural Youth Alliance" → "Rural Youth Alliance"; a title without a comma stays whole. */
    static String unknownOrganisation(String title) {
        String t = title.strip().replaceFirst("^and\\s+", "");
        int comma = t.lastIndexOf(',');
        return comma < 0 ? t : t.substring(comma + 1).strip();
    }

    /** "Commissioner, Japan Fair Trade Commission" → Japan; "Director, Statistics Norway" → Norway. */
    private Optional<String> stateOfANationalBody(String title) {
        return nationalBodies.state(unknownOrganisation(title));
    }

    /** The longest known name that ends the title: "Minister of Labour of Jordan" → Jordan. */
    private Optional<String> endingName(String title) {
        String[] words = title.strip().split("\\s+");
        for (int k = Math.max(0, words.length - LONGEST_NAME); k < words.length; k++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)).replaceFirst("^,\\s*", "");
            if (!tail.isEmpty() && Character.isUpperCase(tail.charAt(0)) && names.isKnownAsWritten(tail)) {
                // "Lieutenant Governor of American Samoa": a known name inside a longer one is not what ends the title
                // "Research Professor at El Colegio de México": an institution's name in its own language ends so
                boolean insideLongerName = k > 0 && (Character.isUpperCase(words[k - 1].charAt(0))
                        && !words[k - 1].endsWith(",") || k > 1 && FOREIGN_OF.matcher(words[k - 1]).matches()
                        && Character.isUpperCase(words[k - 2].charAt(0)));
                return insideLongerName ? Optional.empty() : Optional.of(tail);
            }
        }
        return Optional.empty();
    }
}
