package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputKind;
import org.rapporteur.store.FactStore;

/** What the ingest says before it starts (issue "first hour" 16): why a first or full run is slow, and how long. */
class IngestPlanTest {

    private static final List<InputFile> THREE = List.of(
            new InputFile(InputKind.REPORT, "a.txt", Path.of("a.txt")),
            new InputFile(InputKind.REPORT, "b.txt", Path.of("b.txt")),
            new InputFile(InputKind.REPORT, "c.txt", Path.of("c.txt")));

    private static Map.Entry<String, FactStore.KnownInput> stored(String source, String fingerprint) {
        return Map.entry(FactStore.KnownInput.key(InputKind.REPORT, source),
                new FactStore.KnownInput("sha", fingerprint, null));
    }

    @Test
    void anEmptyStoreIsAFirstRunThatReadsEveryInputAndPromisesThePace() {
        List<InputFile> twelve = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(new InputFile(InputKind.REPORT, "r" + i + ".txt", Path.of("r" + i + ".txt")));
        }
        IngestPlan plan = IngestPlan.of(twelve, Map.of(), "v1", false);

        assertThat(plan.readsEverything()).isTrue();
        assertThat(plan.opening()).isEqualTo("Ingest: first run: 12 input file(s) to read, none read before. Each is "
                + "read, parsed and its sentences classified; the position model loads with the first (some seconds). "
                + "The pace per input is said after the first 10.");
    }

    @Test
    void aRunOfNoMoreInputsThanThePaceWaitsForPromisesNoPace() {
        assertThat(IngestPlan.of(THREE.subList(0, 1), Map.of(), "v1", false).opening()).isEqualTo("Ingest: first run: "
                + "1 input file(s) to read, none read before. Each is read, parsed and its sentences classified; the "
                + "position model loads with the first (some seconds).");
    }

    @Test
    void inputsReadByAnotherVersionAreAllReadAgainAndTheLineSaysWhy() {
        IngestPlan plan = IngestPlan.of(THREE, Map.ofEntries(stored("a.txt", "v0"), stored("b.txt", "v0")), "v1",
                false);

        assertThat(plan.known()).isZero();
        assertThat(plan.opening()).startsWith("Ingest: Rapporteur changed since the last run: 3 input file(s) to read "
                + "again, once. ");
    }

    /** Review A8: a store holding only other inputs (another input folder) says nothing of a new version. */
    @Test
    void aStoreOfOtherInputsOnlyIsNoVersionChangeButInputsNeverRead() {
        IngestPlan plan = IngestPlan.of(THREE, Map.ofEntries(stored("elsewhere.txt", "v1")), "v1", false);

        assertThat(plan.readsEverything()).isTrue();
        assertThat(plan.opening()).startsWith("Ingest: 3 input file(s) to read, none read before. ");
    }

    @Test
    void fullReadsEverythingEvenWhatThisVersionRead() {
        IngestPlan plan = IngestPlan.of(THREE, Map.ofEntries(stored("a.txt", "v1")), "v1", true);

        assertThat(plan.readsEverything()).isTrue();
        assertThat(plan.opening()).startsWith("Ingest: full run (--full): 3 input file(s) to read again, changed or "
                + "not. ");
    }

    @Test
    void aLaterRunCountsWhatThisVersionReadBeforeAndWhatIsNew() {
        IngestPlan plan = IngestPlan.of(THREE, Map.ofEntries(stored("a.txt", "v1"), stored("b.txt", "v1"),
                stored("gone.txt", "v1")), "v1", false);

        assertThat(plan.readsEverything()).isFalse();
        assertThat(plan.opening()).isEqualTo("Ingest: 3 input file(s) to check: 2 read before by this version (read "
                + "again only if changed), 1 new");
    }

    @Test
    void thePaceIsTheTimePerInputSoFarAndWhatItMakesForTheRest() {
        assertThat(IngestPlan.pace(10, 42, 1990)).isEqualTo("Ingest: 10 input(s) read in 42 s, 4.2 s per input so "
                + "far (the first are the slowest): about 2 h 19 min for the 1,990 left");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(List.of(IngestPlan.duration(47), IngestPlan.duration(119.4), IngestPlan.duration(125),
                IngestPlan.duration(7100), IngestPlan.duration(7500))).containsExactly("47 s", "119 s", "2 min",
                "118 min", "2 h 5 min");
    }
}
