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
 * Development"), or a part of the document symbol that is its code ("E/ECA/COE/44/L.1", "ECE/TRANS/356"). Its
 * officials speaking by title ("the Deputy Executive Secretary of ECA", "the Secretary-General of UNCTAD") are the
 * meeting's own secretariat, no participant, as "the secretariat" is.
 */
final class ServicingSecretariat {

    private static final Pattern SYMBOL_PART = Pattern.compile("\\p{Lu}{3,}");

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

    private static boolean isUnEntity(Entity e) {
        return e.type() == EntityType.UN_ENTITY;
    }

    /** The statements without those of the servicing secretariat. */
    static List<Participation> withoutItsStatements(List<Participation> rows, Optional<Entity> secretariat) {
        return secretariat.isEmpty() ? rows : rows.stream().filter(p -> !(p.role() == Role.STATEMENT
                && p.entity().equals(secretariat.get()) && p.onBehalfOf().isEmpty())).toList();
    }
}
