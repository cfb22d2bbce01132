package org.rapporteur.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * The United Nations entity whose secretariat services the meeting, as the report's cover names it: a line of the
 * front matter that is the entity's name ("Economic Commission for Africa", "United Nations Conference on Trade and
 * Development"), or a part of the document symbol that is its code ("E/ECA/COE/44/L.1", "ECE/TRANS/356"), or else
 * the entity a paragraph says services the body ("UNCTAD is responsible for the substantive servicing of the
 * Commission", as a functional commission's report under the Council's symbol says it). Its
 * officials speaking by title ("the Deputy Executive Secretary of ECA", "the Secretary-General of UNCTAD") are the
 * meeting's own secretariat, no participant, as "the secretariat" is.
 */
final class ServicingSecretariat {

    private static final Pattern SYMBOL_PART = Pattern.compile("\\p{Lu}{3,}");
    /**
     * The report's own word on who services the body: "UNCTAD is responsible for the substantive servicing of the
     * Commission", "The Office serves as the secretariat of the Committee", "The Commission is serviced by ECA",
     * "Secretariat services are provided by UNEP", "The secretariat of the Forum is provided by UNEP"; the entity in
     * group "subject" or "agent".
     */
    private static final Pattern SERVICED = Pattern.compile("(?:^|[.;]\\s+)(?:The\\s+)?(?<subject>\\p{Lu}[^.;,]{1,120}?)"
            + "\\s+(?:(?:is|are)\\s+(?:also\\s+)?responsible\\s+for\\s+(?:the\\s+)?(?:substantive\\s+)?servicing\\s+of"
            + "|(?:acts?|serves?)\\s+as\\s+(?:the\\s+|its\\s+)?secretariat\\s+(?:of|for|to))\\s"
            + "|\\b(?:(?:is|are)\\s+(?:substantively\\s+)?serviced|(?:secretariat|servicing)(?:\\s+services)?(?:\\s+(?:of|for|to)\\s+the"
            + "\\s+[^.;,]{1,60}?)?\\s+(?:is|are)\\s+provided)\\s+by\\s+(?:the\\s+)?(?<agent>\\p{Lu}[^.;,]{1,120}?)\\s*(?:[.;,]|$)");
    /** "United Nations Conference on Trade and Development (UNCTAD)": the name, then its acronym in brackets. */
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    private ServicingSecretariat() {
    }

    /**
     * @param frontMatter the lines before the first numbered paragraph
     * @param symbol      the document symbol, or null
     * @param resolve     the reference tables' lookup
     */
    static Optional<Entity> of(List<String> frontMatter, String symbol, Function<String, Optional<Entity>> resolve) {
        for (String line : frontMatter) {
            String name = line.strip();
            if (name.length() > 6 && name.length() < 90) {
                Optional<Entity> entity = resolve.apply(name).filter(ServicingSecretariat::isUnEntity);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        if (symbol != null) {
            for (String part : symbol.split("/")) {
                if (SYMBOL_PART.matcher(part).matches()) {
                    Optional<Entity> entity = resolve.apply(part).filter(ServicingSecretariat::isUnEntity);
                    if (entity.isPresent()) {
                        return entity;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The United Nations entity a paragraph of the report says services the body ("UNCTAD is responsible for the
     * substantive servicing of the Commission"), when neither the cover nor the symbol names one; the first such.
     */
    static Optional<Entity> namedIn(List<Paragraph> paragraphs, Function<String, Optional<Entity>> resolve) {
        for (Paragraph p : paragraphs) {
            if (p.number() == 0 || !(p.text().contains("servic") || p.text().contains("secretariat"))) {
                continue;
            }
            java.util.regex.Matcher m = SERVICED.matcher(p.text());
            while (m.find()) {
                String name = (m.group("subject") != null ? m.group("subject") : m.group("agent")).strip();
                java.util.regex.Matcher acronym = ACRONYM_AFTER.matcher(name);
                Optional<Entity> entity = resolve.apply(acronym.matches() ? acronym.group(1) : name)
                        .or(() -> acronym.matches() ? resolve.apply(acronym.group(2)) : Optional.empty())
                        .filter(ServicingSecretariat::isUnEntity);
                if (entity.isPresent()) {
                    return entity;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isUnEntity(Entity e) {
        return e.type() == EntityType.UN_ENTITY;
    }

    /** The statements without those of the servicing secretariat. */
    static List<Participation> withoutItsStatements(List<Participation> rows, Optional<Entity> secretariat) {
        return secretariat.isEmpty() ? rows : rows.stream().filter(p -> !(p.role() == Role.STATEMENT
                && p.entity().equals(secretariat.get()) && p.onBehalfOf().isEmpty())).toList();
    }
}
