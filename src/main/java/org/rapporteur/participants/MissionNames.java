package org.rapporteur.participants;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;

/**
 * A delegation written as the State's mission, as registration systems in Geneva, Vienna or New York often carry it:
 * "Permanent Mission of Kenya to the United Nations Office at Geneva", "Misión Permanente de Colombia en Ginebra",
 * "Mission permanente du Costa Rica à Genève", "Embassy of Peru in Nairobi": the State is the delegation. A mission
 * that names no State ("Permanent Mission in Geneva") names no delegation.
 */
final class MissionNames {

    private static final Pattern MISSION = Pattern.compile("(?i)^\\s*(?:the\\s+)?(?:permanent\\s+(?:mission|"
            + "delegation|observer\\s+mission)|mission\\s+permanente|misi[óo]n\\s+permanente|d[ée]l[ée]gation\\s+"
            + "permanente|delegaci[óo]n\\s+permanente|st[äa]ndige\\s+vertretung|embassy|ambassade|embajada)\\s+"
            + "(?:of(?:\\s+the)?\\s|del\\s|des\\s|du\\s|de\\s+la\\s|de\\s+l['’]|de\\s|d['’])\\s*(.+)$");
    /** Where the mission sits, after the State's name: "to the United Nations", "en Ginebra", "à Genève", ", Vienna". */
    private static final Pattern SEAT = Pattern.compile("(?i)\\s*,\\s*|\\s+(?:to|at|in|en|à|a|aupr[èe]s|ante|bei)\\s+");

    private MissionNames() {
    }

    /** The State a mission cell names, or empty when the cell is no mission or names no known State. */
    static Optional<Entity> state(NameResolver resolver, String cell) {
        Matcher m = MISSION.matcher(cell == null ? "" : cell);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(1).strip();
        Matcher seat = SEAT.matcher(rest);
        while (seat.find()) {
            Optional<Entity> state = resolver.resolve(rest.substring(0, seat.start()));
            if (state.isPresent()) {
                return state;
            }
        }
        return resolver.resolve(rest);
    }
}
