package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Officers listed under a label without a country, as bodies of members serving in their personal capacity write
 * them: "Chair: Aroha Ngata", "Rapporteur: Lior Ben-Ami". The row has no entity (code and name empty). Under a plural
 * label the names are cut at commas, semicolons and "and" ("Vice-Chairs: A, B and C"), and only where every piece is a
 * person's name (names that run together, "Vice-Chairs: A B C D", are not cut: no guess); a label followed by States
 * (see {@link StatesInOffice}) or by a bracketed country is not this form, and a Bureau of another session ("elected
 * at the fifth session, Chair: …") is not this session's.
 *
 * <p>Where an annex lists the same person with a country on a line of its own ("Aroha Ngata (New Zealand)", the
 * members of a body of experts), the officer takes that country: the report itself ties the two.
 */
final class OfficersWithoutCountry {

    private static final Pattern LABEL = Pattern.compile("(?<![\\p{L}-])(" + OfficeWords.OFFICE + ")\\s*:");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da"
            + "|del|van|von|bin|al|el|la|le)){1,5}$");
    /** Between the names under a plural label. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|,)\\s*(?:and\\s+)?|\\s+and\\s+");
    /** No State or organisation: the officer serves in a personal capacity. */
    static final Entity NONE = new Entity("", "", EntityType.UNKNOWN, "");

    private final EntityNames names;

    OfficersWithoutCountry(EntityNames names) {
        this.names = names;
    }

    /** @param ofAnotherSession whether words before the labels name another session than this one */
    List<Participation> find(int paragraph, String sentence, java.util.function.Predicate<String> ofAnotherSession) {
        List<Participation> out = new ArrayList<>();
        Matcher m = LABEL.matcher(sentence);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(1), m.end(1), m.end()});
        }
        if (labels.isEmpty() || ofAnotherSession.test(sentence.substring(0, labels.get(0)[0]))) {
            return out;
        }
        for (int k = 0; k < labels.size(); k++) {
            int[] label = labels.get(k);
            String office = sentence.substring(label[0], label[1]);
            int end = k + 1 < labels.size() ? labels.get(k + 1)[0] : sentence.length();
            String text = sentence.substring(label[2], end).strip().replaceAll("[.;]$", "");
            if (text.isEmpty() || text.contains("(") || text.contains("[")) {
                continue;
            }
            boolean plural = office.toLowerCase(Locale.ROOT).endsWith("s");
            // "Vice-Chairs: A, B and C" (or one per line, "A; B; C"): persons only where every piece is a name
            List<String> persons = plural ? List.of(SEPARATORS.split(text)) : List.of(text);
            if (persons.size() > (plural ? 1 : 0) && persons.stream().allMatch(this::personWithoutCountry)) {
                Role role = office.toLowerCase(Locale.ROOT).matches("(?:vice|rapporteur).*") ? Role.OFFICER : Role.CHAIR;
                persons.forEach(person -> out.add(new Participation(paragraph, role, NONE, "", person.strip(), "",
                        null, null, false)));
            }
        }
        return out;
    }

    private boolean personWithoutCountry(String text) {
        return PERSON_NAME.matcher(text.strip()).matches() && !names.isKnown(text.strip());
    }

    /**
     * The officers without a country given the country an annex line prints for the same person ("Name (Country)"),
     * where that country is a State; the others as they were.
     */
    List<Participation> withCountriesFromTheAnnex(List<Participation> officers, String annexes) {
        if (annexes.isEmpty()) {
            return officers;
        }
        List<Participation> out = new ArrayList<>();
        for (Participation p : officers) {
            Matcher line = p.entity().equals(NONE) && !p.person().isEmpty() ? Pattern.compile("(?m)^\\s*"
                    + Pattern.quote(p.person()) + "\\s*\\(([^()\\n]+(?:\\([^()\\n]*\\))?)\\)\\s*$").matcher(annexes) : null;
            String country = line != null && line.find() ? line.group(1).strip() : "";
            Entity state = country.isEmpty() ? null : names.resolve(country).filter(e -> e.type()
                    == EntityType.MEMBER_STATE || e.type() == EntityType.OBSERVER_STATE).orElse(null);
            out.add(state == null ? p : new Participation(p.paragraph(), p.role(), state, country, p.person(),
                    p.onBehalfOf(), p.category(), p.capacity(), p.provisional()));
        }
        return out;
    }
}
