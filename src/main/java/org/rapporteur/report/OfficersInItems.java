package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Officers listed as items after a colon with their State written out, not in brackets:
 * <ul>
 * <li>the rows of a table of officers flattened to text, the office, the person and the State one after the other
 * ("Office Name Country; Chair Ana Lima Brazil; Vice-Chair Jan Novak Czechia");</li>
 * <li>"Name, of State" or "Name, State" under a heading that names the office ("elected the following Vice-Chairs: A,
 * of Ghana; B, of Nepal; and C, of Peru").</li>
 * </ul>
 * The State is the longest run of words at the item's end that names a State; what is before it must read as a
 * person's name. A list that another session's Bureau heads ("the Bureau of its forty-third meeting:") gives none.
 */
final class OfficersInItems {

    private static final String ORDINAL_OFFICE = "(?:(?:First|Second|Third|Fourth|Fifth)\\s+)?" + OfficeWords.OFFICE;
    /** A table row: the office, then the person and the State. */
    private static final Pattern ROW = Pattern.compile("^(" + ORDINAL_OFFICE + ")\\s+(\\p{Lu}.+)$");
    /** An item under an office heading: the person, a comma, "of" and the State. */
    private static final Pattern NAME_OF_STATE = Pattern.compile("^(?:and\\s+)?([^,]+),\\s+(?:of\\s+)?(.+)$");
    /** "the following Vice-Chairs:", "Vice-Chairs:", "the officers:": the office the items hold. */
    private static final Pattern HEADING_OFFICE = Pattern.compile("(?<![\\p{L}-])(" + ORDINAL_OFFICE + ")\\s*:\\s*$");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|dos"
            + "|del|van|von|der|bin|al|el|la|le|y)){1,5}$");
    private static final int LONGEST_STATE = 6;
    /** "Chair:", "Vice-Chairs:" inside a run of officers' cells: the office of the persons after it. */
    private static final Pattern LABEL_IN_RUN = Pattern.compile("(?<![\\p{L}-])(" + ORDINAL_OFFICE + ")\\s*:\\s+");

    private final EntityNames names;

    OfficersInItems(EntityNames names) {
        this.names = names;
    }

    /** @param ofAnotherSession whether the words before the list name another session than this one */
    List<Participation> find(int paragraph, String sentence, Predicate<String> ofAnotherSession) {
        int colon = sentence.indexOf(':');
        if (colon < 0 || ofAnotherSession.test(sentence.substring(0, colon))) {
            return List.of();
        }
        Matcher heading = HEADING_OFFICE.matcher(sentence.substring(0, colon + 1));
        String headingOffice = heading.find() ? heading.group(1) : null;
        List<Participation> out = new ArrayList<>();
        Matcher label = LABEL_IN_RUN.matcher(sentence);
        if (label.find(colon + 1) && label.start() == colon + 1 + leadingSpaces(sentence, colon + 1)) {
            return labelledRuns(paragraph, sentence.substring(label.start()));
        }
        for (String raw : sentence.substring(colon + 1).split(";")) {
            String item = raw.strip().replaceAll("[.]$", "").strip();
            Matcher row = ROW.matcher(item);
            Matcher named = NAME_OF_STATE.matcher(item);
            if (row.matches()) {
                personAndState(paragraph, row.group(2), row.group(1)).ifPresent(out::add);
            } else if (headingOffice != null && named.matches() && PERSON.matcher(named.group(1).strip()).matches()) {
                state(paragraph, named.group(2)).ifPresent(s -> out.add(officer(paragraph, headingOffice,
                        named.group(1).strip(), s, named.group(2).strip())));
            }
        }
        return out;
    }

    private static int leadingSpaces(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k - from;
    }

    /**
     * The officers of a table of labels and "Name, State" cells run into one line ("the following Bureau: Chair: A
     * B, Norway Vice-Chairs: C D, Ghana E F, Portugal"): under each label, persons each followed by a comma and the
     * longest run of words that names a State.
     */
    private List<Participation> labelledRuns(int paragraph, String text) {
        List<Participation> out = new ArrayList<>();
        Matcher label = LABEL_IN_RUN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> offices = new ArrayList<>();
        while (label.find()) {
            spans.add(new int[] {label.start(), label.end()});
            offices.add(label.group(1));
        }
        for (int k = 0; k < spans.size(); k++) {
            int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            String[] words = text.substring(spans.get(k)[1], end).strip().replaceAll("[.;]$", "").split("\\s+");
            int i = 0;
            while (i < words.length) {
                int comma = i;
                while (comma < words.length && !words[comma].endsWith(",")) {
                    comma++;
                }
                if (comma >= words.length) {
                    break;
                }
                words[comma] = words[comma].substring(0, words[comma].length() - 1);
                String person = String.join(" ", java.util.Arrays.copyOfRange(words, i, comma + 1));
                int next = -1;
                Optional<Entity> state = Optional.empty();
                for (int j = Math.min(words.length, comma + 1 + LONGEST_STATE); j > comma + 1; j--) {
                    String stateName = String.join(" ", java.util.Arrays.copyOfRange(words, comma + 1, j))
                            .replaceAll("[,;]$", "");
                    state = state(paragraph, stateName);
                    if (state.isPresent()) {
                        next = j;
                        break;
                    }
                }
                if (next < 0 || !PERSON.matcher(person).matches() || names.isKnown(person)) {
                    break;
                }
                String stateName = String.join(" ", java.util.Arrays.copyOfRange(words, comma + 1, next))
                        .replaceAll("[,;]$", "");
                out.add(officer(paragraph, offices.get(k), person, state.get(), stateName));
                i = next;
            }
        }
        return out;
    }

    /** "Kristiina Mägi-Toom Estonia", "Dževad Hadžić Bosnia and Herzegovina": the person, then the State. */
    private Optional<Participation> personAndState(int paragraph, String rest, String office) {
        String[] words = rest.strip().split("\\s+");
        for (int k = Math.max(1, words.length - LONGEST_STATE); k < words.length; k++) {
            String person = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String stateName = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            Optional<Entity> state = state(paragraph, stateName);
            if (state.isPresent() && PERSON.matcher(person).matches() && !names.isKnown(person)) {
                return Optional.of(officer(paragraph, office, person, state.get(), stateName));
            }
        }
        return Optional.empty();
    }

    private Optional<Entity> state(int paragraph, String name) {
        return names.resolve(name.strip()).filter(e -> e.type() == EntityType.MEMBER_STATE
                || e.type() == EntityType.OBSERVER_STATE).flatMap(e -> names.known(paragraph, name.strip()));
    }

    private static Participation officer(int paragraph, String office, String person, Entity state, String asWritten) {
        String o = office.toLowerCase(Locale.ROOT).replaceFirst("^(?:first|second|third|fourth|fifth)\\s+", "");
        Role role = o.startsWith("vice") || o.startsWith("rapporteur") ? Role.OFFICER : Role.CHAIR;
        return new Participation(paragraph, role, state, asWritten, person, "", null, null, false);
    }
}
