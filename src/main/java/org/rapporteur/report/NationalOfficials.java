package org.rapporteur.report;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.text.GuardedPattern;

/**
 * A State's minister or official speaking by title in a list of speakers: "the Cabinet Secretary for Lands, Housing,
 * Public Works and Urban Development of Kenya", "the Minister for Foreign Affairs and Trade of Jamaica", "the
 * Commissioner for Economic Development, Trade, Tourism, Industry and Minerals of the African Union Commission" (an
 * intergovernmental organisation's Commissioner, for that organisation). The title's
 * commas and "and" are no separators of the list: the whole title is one speaker, the State that ends it, as a head of
 * an organisation speaking by title is that organisation. A title that ends in no known State is left as written.
 */
final class NationalOfficials {

    /**
     * Guarded: most sentences name no minister, secretary or commissioner, and trying this case-blind pattern at every
     * character of every sentence cost 6 % of the ingest's CPU at 10,000 reports.
     */
    static final GuardedPattern TITLE = GuardedPattern.compile("(?:\\b(?:the|a)\\s+)?(?:(?:Deputy|Vice|Assistant)[\\s-])?"
            + "(?:Prime\\s+Minister|Minister|Cabinet\\s+Secretary|Secretary\\s+of\\s+State|State\\s+Secretary"
            + "|Permanent\\s+Secretary|Commissioner)\\s+(?:of|for|in\\s+charge\\s+of)\\s+", Pattern.CASE_INSENSITIVE);
    /** " of Kenya", " of the Niger": where the State that ends the title may begin. */
    private static final Pattern OF = Pattern.compile("\\s+of\\s+");
    private static final Pattern WORD = Pattern.compile("[^\\s,;()]+");
    private static final int LONGEST_NAME = 8;

    private final Function<String, Optional<Entity>> resolve;

    NationalOfficials(Function<String, Optional<Entity>> resolve) {
        this.resolve = resolve;
    }

    /** The list with each official's title replaced by the State that ends it ("…, Kenya and …"). */
    String asStates(String list) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        Matcher title = TITLE.matcher(list);
        while (title.find(from)) {
            int stop = list.indexOf(';', title.end());
            stop = stop < 0 ? list.length() : stop;
            Optional<int[]> state = stateAtEnd(list, title.end(), stop);
            if (state.isEmpty()) {
                out.append(list, from, title.end());
                from = title.end();
                continue;
            }
            out.append(list, from, title.start()).append(list, state.get()[0], state.get()[1]);
            from = state.get()[1];
        }
        return out.append(list.substring(from)).toString();
    }

    /**
     * The first known State after an " of " that ends the title: followed by the end of the list, a comma, an "and"
     * or a bracket; its start and end, or empty.
     */
    private Optional<int[]> stateAtEnd(String list, int at, int stop) {
        Matcher of = OF.matcher(list).region(at, stop);
        while (of.find()) {
            Matcher word = WORD.matcher(list).region(of.end(), stop);
            int start = of.end();
            int end = -1;
            for (int k = 0; k < LONGEST_NAME && word.find(); k++) {
                if (!list.substring(k == 0 ? start : end, word.start()).isBlank()) {
                    break;
                }
                end = word.end();
                String rest = list.substring(end, stop);
                String name = list.substring(start, end);
                boolean ends = rest.isBlank() || rest.matches("(?s)^(?:\\s*[,)]|\\s+and\\s).*");
                if (ends && resolve.apply(name).filter(e -> e.type() == EntityType.MEMBER_STATE
                        || e.type() == EntityType.OBSERVER_STATE || e.type() == EntityType.IGO).isPresent()) {
                    return Optional.of(new int[] {start, end});
                }
            }
        }
        return Optional.empty();
    }
}
