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
 * label ("Vice-Chairs: A B C D") the names run together once the lines are joined, so they are not cut into persons (no
 * guess); a label followed by States (see {@link StatesInOffice}) or by a bracketed country is not this form, and a
 * Bureau of another session ("elected at the fifth session, Chair: …") is not this session's.
 */
final class OfficersWithoutCountry {

    private static final Pattern LABEL = Pattern.compile("(?<![\\p{L}-])(" + OfficeWords.OFFICE + ")\\s*:");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da"
            + "|del|van|von|bin|al|el|la|le)){1,5}$");
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
            if (!plural && PERSON_NAME.matcher(text).matches() && !names.isKnown(text)) {
                Role role = office.toLowerCase(Locale.ROOT).matches("(?:vice|rapporteur).*") ? Role.OFFICER : Role.CHAIR;
                out.add(new Participation(paragraph, role, NONE, "", text, "", null, null, false));
            }
        }
        return out;
    }
}
