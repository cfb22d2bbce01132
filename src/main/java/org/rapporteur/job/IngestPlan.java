package org.rapporteur.job;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.store.FactStore;

/**
 * What an ingest is about to do, said before it starts: a first or full run reads every input (the slow case: the
 * models load, every report is parsed and its sentences classified), a later one reads only what changed. Its lines
 * tell the operator why a run takes long and, once the run's own pace is known, about how long.
 *
 * @param files     the input files found
 * @param known     of them, those the store holds as read by this version of Rapporteur (read again only if changed)
 * @param matched   of them, those the store holds as read by any version
 * @param stored    inputs the store holds, by any version, found or not
 * @param full      {@code --full}: every input is read again
 */
record IngestPlan(int files, int known, int matched, int stored, boolean full) {

    /** Inputs read before the pace per input is said: the first are the slowest (models loading, code compiling). */
    static final int PACE_AFTER = 10;

    static IngestPlan of(List<InputFile> files, Map<String, FactStore.KnownInput> stored, String fingerprint,
                         boolean full) {
        int known = 0;
        int matched = 0;
        for (InputFile file : files) {
            FactStore.KnownInput input = stored.get(FactStore.KnownInput.key(file.kind(), file.source()));
            if (input != null) {
                matched++;
                known += fingerprint.equals(input.fingerprint()) ? 1 : 0;
            }
        }
        return new IngestPlan(files.size(), full ? 0 : known, matched, stored.size(), full);
    }

    /** Whether every input is read: a first run, {@code --full}, or a new version of Rapporteur. */
    boolean readsEverything() {
        return full || known == 0;
    }

    /** The line said as the ingest starts. */
    String opening() {
        String what;
        if (full) {
            what = "full run (--full): " + inputs(files) + " to read again, changed or not";
        } else if (stored == 0) {
            what = "first run: " + inputs(files) + " to read, none read before";
        } else if (matched == 0) {
            // a store that holds other inputs only (another input folder): new inputs, not a new version
            what = inputs(files) + " to read, none read before";
        } else if (known == 0) {
            what = "Rapporteur changed since the last run: " + inputs(files) + " to read again, once";
        } else {
            return String.format(Locale.ROOT, "Ingest: %s to check: %,d read before by this version (read again "
                    + "only if changed), %,d new", inputs(files), known, files - known);
        }
        return "Ingest: " + what + ". Each is read, parsed and its sentences classified; the position model loads "
                + "with the first (some seconds)." + (files > PACE_AFTER ? " The pace per input is said after the "
                + "first " + PACE_AFTER + "." : "");
    }

    /**
     * The line said once {@code read} inputs were read in {@code seconds}: the time per input so far and what it
     * makes for the {@code left} inputs still to check.
     */
    static String pace(int read, double seconds, int left) {
        double perInput = read == 0 ? 0 : seconds / read;
        return String.format(Locale.ROOT, "Ingest: %d input(s) read in %s, %.1f s per input so far (the first are the "
                        + "slowest): about %s for the %,d left", read, duration(seconds), perInput,
                duration(perInput * left), left);
    }

    /** "47 s", "12 min", "2 h 5 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 120) {
            return s + " s";
        }
        long minutes = Math.round(seconds / 60);
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static String inputs(int n) {
        return String.format(Locale.ROOT, "%,d input file(s)", n);
    }
}
