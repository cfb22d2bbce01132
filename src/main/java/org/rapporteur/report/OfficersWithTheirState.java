package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Officers named with the State they represent instead of a bracket: "Ambassador Leilani Navarro-Santos of the
 * Philippines", "elected … Mariela Andrade Cevallos, Permanent Representative of Ecuador to …, as its Chair".
 */
final class OfficersWithTheirState {

    /**
     * "Ambassador Leilani Navarro-Santos of the Philippines", "Ms. Ana Ruiz of Colombia": a person and the State they
     * represent without a bracket, after a title or honorific; read as "Leilani Navarro-Santos (the Philippines)" where
     * the words after "of" are a State.
     */
    private static final Pattern AMBASSADOR_OF = Pattern.compile("(?:\\b" + Honorifics.AMBASSADOR + "|(?<![\\p{L}.])(?:" + Honorifics.EXCELLENCY + "\\.|"
            + Honorifics.any(Honorifics.ENGLISH) + "\\.?))\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}"
            + "[\\p{L}'’.\\-]*){0,5})\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’\\-]*)){0,6}?)"
            + "(?=\\s*[,.;]|\\s+(?:as|and|to|in|was|were|who|served|presided)\\b|$)");
    /**
     * "elected A (Peru) and B of Chile as Vice-Chairs", "and Mr C, of Ghana, as Rapporteur": a person elected with the
     * State after "of" and before the office, no title needed.
     */
    private static final Pattern ELECTED_OF_STATE = Pattern.compile("((?:\\b(?:elected|appointed|and)|:)(?:\\s+by\\s+acclamation)?"
            + ",?\\s+)(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,4}),?\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’\\-]*"
            + "(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’\\-]*)){0,6}?),?(?=\\s+as\\s+(?:its\\s+|the\\s+)?\\p{Lu}"
            // "…: A of Viet Nam and B of Fiji, Vice-Chairs; and C of Chile, Rapporteur": the office after a comma
            + "|,\\s+(?:(?:First|Second|Third)\\s+)?" + OfficeWords.OFFICE + "\\b|\\s+and\\s+\\p{Lu})");
    private static final Pattern TITLED = Pattern.compile("\\b" + Honorifics.any(Honorifics.AMBASSADOR, Honorifics.EXCELLENCY, Honorifics.ENGLISH) + "\\b");
    private static final String STATE_WORDS = "(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’\\-]*)){0,6}?)";
    private static final String HONORIFIC = "(?:" + Honorifics.any(Honorifics.ENGLISH, Honorifics.PROF) + "\\.?\\s+)?";
    private static final String PERSON = "(?:(?:" + Honorifics.AMBASSADOR + "|" + Honorifics.EXCELLENCY + "\\.|" + Honorifics.any(Honorifics.ENGLISH)
            + "\\.)\\s+)*(" + "\\p{Lu}[\\p{L}'’.\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5})";
    /**
     * "Vice-Chairs: Chile (represented by Mr. Pablo Rojas Ibáñez)", "Chair: Kenya, represented by its Permanent
     * Representative …, Ambassador Wanjiru Kamau": a State elected to an office and the person who holds it for it.
     */
    private static final Pattern REPRESENTED_BY = Pattern.compile("(?<=^|[:,;]\\s|\\sand\\s)" + STATE_WORDS
            + "(?:\\s*\\(\\s*represented\\s+by\\s+" + PERSON + "\\s*\\)|,\\s+represented\\s+by\\s+[^,;()\\n]{3,120}?,\\s+"
            + PERSON + "(?=\\s*(?:$|[;.\\n]|,\\s+(?!represented))|\\s+(?:(?:First|Second|Third)\\s+)?\\p{Lu}[\\p{L}-]*\\s*:))");

    /**
     * "elected by acclamation Mariela Andrade Cevallos, Permanent Representative of Ecuador to the United Nations
     * Office …, as its Chair-Rapporteur": an officer named with the State they represent instead of a bracket.
     */
    private static final Pattern ELECTED_REPRESENTATIVE = Pattern.compile("\\belected\\s+(?:by\\s+acclamation\\s+)?"
            + "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+(?:the\\s+)?(?:Deputy\\s+)?(?:Permanent\\s+"
            + "Representative|Ambassador|Representative)\\s+of\\s+(.+?)(?:\\s+to\\s+[^,]+)?,\\s+as\\s+(?:its\\s+)?"
            + "(Chair[\\p{L}-]*|Vice-Chair[\\p{L}-]*|Rapporteur|President|Vice-President)\\b");

    /**
     * "elected by acclamation the Permanent Representative of Bangladesh to the United Nations Office at Geneva, Farhana
     * Kabir Chowdhury, as Chair-Rapporteur": the title and State first, then the person.
     */
    private static final Pattern ELECTED_TITLE_FIRST = Pattern.compile("\\belected\\s+(?:by\\s+acclamation\\s+)?"
            + "(?:the\\s+)?(?:Deputy\\s+)?(?:Permanent\\s+Representative|Ambassador|Representative)\\s+of\\s+([^,]+?)"
            + "(?:\\s+to\\s+[^,]+)?,\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+as\\s+(?:its\\s+)?"
            + "(Chair[\\p{L}-]*|Vice-Chair[\\p{L}-]*|Rapporteur|President|Vice-President)\\b");
    /**
     * "elected Somchai Wattanapong, Permanent Secretary of the Ministry of Justice of Thailand, as Chair": a person
     * elected with any title that ends in the State (or names a national body), the office after it.
     */
    private static final Pattern ELECTED_WITH_TITLE = Pattern.compile("\\belected\\s+(?:by\\s+acclamation\\s+)?" + HONORIFIC
            + "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+(?:the\\s+)?([^,;()]{3,200}?),\\s+as\\s+"
            + "(?:its\\s+|the\\s+)?(Chair[\\p{L}-]*|Vice-Chair[\\p{L}-]*|Rapporteur|President|Vice-President)\\b");
    /**
     * "Kossi Agbeko, Minister of Planning of Togo, presided over the meeting", "Ms Ana Ruiz, Director, Food Safety,
     * Health Canada, chaired the session": a person named with a title that ends in a State or names a national body,
     * presiding (also for a State elected to the Chair: "… chaired the meeting on behalf of the Chair").
     */
    private static final Pattern PRESIDED_WITH_TITLE = Pattern.compile("^" + HONORIFIC + "(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+"
            + "\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+([^;()]{3,200}?),\\s+(?:chaired|presided\\s+over)\\s+the"
            + "\\s+(?:[Mm]eeting|[Ss]ession)\\b");
    /** "…, assisted by Mr Kofi Owusu, Deputy Director, Ghana Food Authority, as Co-Chair": the Chair's Co-Chair. */
    private static final Pattern ASSISTED_BY = Pattern.compile("\\bassisted\\s+by\\s+" + HONORIFIC + "(\\p{Lu}[\\p{L}'’.\\-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+([^;()]{3,200}?),\\s+as\\s+(?:its\\s+|the\\s+)?(Co-Chair\\w*"
            + "|Vice-Chair\\w*)\\b");
    /**
     * "The session was chaired by Khalid Nasser, Director-General of the Statistics Office of Oman", "The meetings were
     * presided over by X, Minister of … of Uruguay, in her capacity as Chair": who presided, with a title ending in the
     * State (a State chairing by rotation, or elected to the Chair, presides through them).
     */
    private static final Pattern CHAIRED_BY_TITLED = Pattern.compile("\\b(?:chaired|presided\\s+over)\\s+by\\s+(\\p{Lu}"
            + "[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){1,5}),\\s+((?!Vice-)[^,;()]{3,160}?\\bof\\s+[^,;()]+?)\\s*(?:[,;.]|$)");
    private static final Pattern OF = Pattern.compile("\\bof\\s+");

    private final EntityNames names;
    private final NationalBodies nationalBodies;

    OfficersWithTheirState(EntityNames names) {
        this.names = names;
        this.nationalBodies = new NationalBodies(names);
    }

    /**
     * The sentence with "Ambassador X of Y", "Y (represented by X)" and "Y, represented by …, X" written "X (Y)" where
     * Y is a State.
     */
    String withAmbassadorsBracketed(int paragraph, String sentence) {
        String text = sentence.contains("represented by") ? representedBy(sentence) : sentence;
        if (text.contains(" of ")) {
            text = electedOfState(text);
        }
        if (!text.contains(" of ") || !TITLED.matcher(text).find()) {
            return text; // AMBASSADOR_OF needs a title as written: most sentences lack one
        }
        return ambassadorsOf(text);
    }

    private String representedBy(String sentence) {
        Matcher m = REPRESENTED_BY.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String person = m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(isState(m.group(1)) ? person + " (" + m.group(1) + ")"
                    : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String electedOfState(String sentence) {
        Matcher m = ELECTED_OF_STATE.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(isState(m.group(3))
                    ? m.group(1) + m.group(2) + " (" + m.group(3) + ")" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String ambassadorsOf(String sentence) {
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

    /**
     * Officers named with the State they represent: "elected X, Permanent Representative of Y …, as Chair", "elected
     * the Permanent Representative of Y …, X, as Chair", "X, Minister of … of Y, presided over the meeting".
     */
    List<Participation> electedRepresentatives(int paragraph, String sentence) {
        List<Participation> out = new ArrayList<>();
        Matcher m = ELECTED_REPRESENTATIVE.matcher(sentence);
        while (m.find()) {
            add(paragraph, m.group(2), m.group(1), m.group(3), out);
        }
        Matcher t = ELECTED_TITLE_FIRST.matcher(sentence);
        while (t.find()) {
            add(paragraph, t.group(1), t.group(2), t.group(3), out);
        }
        Matcher titled = ELECTED_WITH_TITLE.matcher(sentence);
        while (out.isEmpty() && titled.find()) {
            presidedForTheirState(paragraph, titled.group(1), titled.group(2), titled.group(3), out);
        }
        Matcher p = PRESIDED_WITH_TITLE.matcher(sentence.strip());
        if (p.find()) {
            presidedForTheirState(paragraph, p.group(1), p.group(2), "Chair", out);
        }
        Matcher assisted = ASSISTED_BY.matcher(sentence);
        if (p.find(0) && assisted.find()) {
            presidedForTheirState(paragraph, assisted.group(1), assisted.group(2), assisted.group(3), out);
        }
        Matcher by = CHAIRED_BY_TITLED.matcher(sentence);
        if (by.find()) {
            presidedForTheirState(paragraph, by.group(1), by.group(2), "Chair", out);
        }
        return out;
    }

    /**
     * The officer, where the title names a State at its end ("Minister of Planning of Togo") or one of its parts is a
     * national body named after a State ("…, Health Canada", "…, Ghana Standards Authority").
     */
    private void presidedForTheirState(int paragraph, String person, String title, String office,
                                       List<Participation> out) {
        Matcher of = OF.matcher(title);
        while (of.find()) {
            String state = title.substring(of.end()).strip();
            if (isState(state)) {
                add(paragraph, state, person, office, out);
                return;
            }
        }
        String[] parts = title.split(",");
        for (int k = parts.length - 1; k >= 0; k--) {
            Optional<String> state = nationalBodies.state(parts[k]);
            if (state.isPresent()) {
                add(paragraph, state.get(), person, office, out);
                return;
            }
        }
    }

    private boolean isState(String name) {
        return names.resolve(name).filter(e -> e.type() == EntityType.MEMBER_STATE
                || e.type() == EntityType.OBSERVER_STATE).isPresent();
    }

    private void add(int paragraph, String stateName, String person, String officeName, List<Participation> out) {
        Optional<Entity> state = names.known(paragraph, stateName);
        if (state.isPresent()) {
            String office = officeName.toLowerCase(Locale.ROOT);
            Role role = office.startsWith("vice") || office.equals("rapporteur") ? Role.OFFICER : Role.CHAIR;
            out.add(new Participation(paragraph, role, state.get(), stateName, person, "", null, null, false));
        }
    }
}
