package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;

/**
 * Speakers added at the end of a sentence that names a speaker: "The delegation of Brazil made a statement in response,
 * followed by Poland and Lithuania", "… also took the floor, followed by the European Union". Only where every name
 * after "followed by" is a State, organisation or group the tables know ("followed by a discussion" names none).
 */
final class FollowedBy {

    private static final Pattern FOLLOWED = Pattern.compile(",\\s+(?:and\\s+)?followed\\s+by\\s+(?!statements?\\b|an?\\s"
            + "|general\\b|discussion)(.+?)\\.?$");
    private static final Pattern ROLE = Pattern.compile("^(?i:(?:the|an?)\\s+)?(?i:" + SpeakerRoles.ROLE
            + ")\\s+(?:of|for|from)\\s+");

    private final EntityNames names;
    private final NameListSplitter splitter;

    FollowedBy(EntityNames names) {
        this.names = names;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
    }

    /** The statements of the speakers after ", followed by" at the end of a sentence; none where one is not known. */
    List<Participation> find(int paragraph, String sentence) {
        Matcher m = FOLLOWED.matcher(sentence.strip());
        if (!m.find()) {
            return List.of();
        }
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item item : splitter.split(ROLE.matcher(m.group(1)).replaceFirst(""))) {
            String name = ROLE.matcher(item.name()).replaceFirst("");
            Optional<Entity> entity = item.placeholder() ? Optional.empty() : names.known(paragraph, name);
            if (entity.isEmpty()) {
                return List.of();
            }
            out.add(new Participation(paragraph, Role.STATEMENT, entity.get(), name, "",
                    names.behalfName(paragraph, item.onBehalfOf(), entity.get()), null, null, item.provisional()));
        }
        return out;
    }
}
