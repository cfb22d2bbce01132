package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildRunTest {

    @Test
    void readsSpringBatchDurations() {
        assertThat(ChildRun.seconds("19ms")).isEqualTo(0.019);
        assertThat(ChildRun.seconds("10s996ms")).isEqualTo(10.996);
        assertThat(ChildRun.seconds("1m2s30ms")).isEqualTo(62.03);
        assertThat(ChildRun.seconds("1h0m1s")).isEqualTo(3601.0);
    }

    @Test
    void takesStepTimesFromTheLogAddingAttemptsAndLeavingPartitionsOut() {
        String log = """
                19:13:58 INFO  Step: [ingestReportsStep:partition0] executed in 3s
                19:13:58 INFO  Step: [ingestReportsStep] executed in 4s500ms
                19:13:58 INFO  Step: [retireRemovedInputsStep] executed in 19ms
                19:13:59 INFO  Step: [exportTablesStep] executed in 1s411ms
                19:14:59 INFO  Step: [exportTablesStep] executed in 1s
                """;
        assertThat(ChildRun.steps(log)).isEqualTo(Map.of("ingestReportsStep", 4.5, "retireRemovedInputsStep", 0.019,
                "exportTablesStep", 2.411));
    }

    @Test
    void takesUserAndSystemTimeFromProcStatEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 90210 0 12 0 1234 567 0 0 20 0 42 0 "
                + "2400 9876543 12345 18446744073709551615";
        assertThat(ChildRun.cpuTicks(stat)).isEqualTo(1234 + 567);
    }

    @Test
    void takesThePeakAndTheLiveHeapFromTheGcLog(@TempDir Path folder) throws IOException {
        Path gc = Files.writeString(folder.resolve("run.gc"), """
                [0.412s][info][gc] Using G1
                [1.120s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 4.120ms
                [3.551s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 151M->88M(256M) 12.003ms
                [5.002s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->95M(256M) 9.1ms
                """);
        assertThat(ChildRun.heap(gc)).containsExactly(151, 95);
        assertThat(ChildRun.heap(folder.resolve("none.gc"))).containsExactly(0, 0);
    }
}
