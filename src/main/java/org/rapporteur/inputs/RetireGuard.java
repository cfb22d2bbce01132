package org.rapporteur.inputs;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Stops a run that would retire most of what is known: an input folder that is wrong (pointed at reports/ itself, at
 * an empty folder, at a mount that is not there tonight) looks to a run like every input removed, and would empty
 * every export. A run that would retire more than half of the known inputs is refused unless the operator says so.
 */
public final class RetireGuard {

    private RetireGuard() {
    }

    /**
     * Why the run is refused, or empty when it may go on.
     *
     * @param known   the inputs the store knows, as "kind:source"
     * @param present the inputs in the input folder now, as "kind:source"
     */
    public static Optional<String> refusal(Collection<String> known, Set<String> present) {
        long retired = known.stream().filter(k -> !present.contains(k)).count();
        if (retired * 2 <= known.size()) {
            return Optional.empty();
        }
        return Optional.of("this run would retire " + retired + " of the " + known.size() + " inputs read before "
                + "(their files are not in the input folder), and their facts would leave every export. Check "
                + "--input; if they were removed on purpose, run again with --allow-retire");
    }
}
