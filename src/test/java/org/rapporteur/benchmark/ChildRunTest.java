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
        assertThat(ChildRun.heap(gc)).containsExactly(151, 95, 0);
        assertThat(ChildRun.heap(folder.resolve("none.gc"))).containsExactly(0, 0, 0);
    }

    @Test
    void takesTheLiveSetFromTheLastMixedCollectionOfEachMarkingCycle(@TempDir Path folder) throws IOException {
        Path gc = Files.writeString(folder.resolve("run.gc"), """
                [0.412s][info][gc] Using G1
                [9.000s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 428M->405M(482M) 4.2ms
                [9.100s][info][gc] GC(8) Pause Young (Concurrent Start) (G1 Evacuation Pause) 431M->406M(485M) 4.6ms
                [9.200s][info][gc] GC(9) Concurrent Mark Cycle
                [9.300s][info][gc] GC(9) Pause Remark 427M->382M(512M) 92.6ms
                [9.400s][info][gc] GC(9) Pause Cleanup 367M->367M(512M) 0.1ms
                [9.500s][info][gc] GC(10) Pause Young (Prepare Mixed) (G1 Evacuation Pause) 456M->361M(512M) 19.6ms
                [9.600s][info][gc] GC(11) Pause Young (Mixed) (G1 Evacuation Pause) 383M->310M(512M) 59.9ms
                [9.700s][info][gc] GC(12) Pause Young (Mixed) (G1 Evacuation Pause) 125M->59M(512M) 4.5ms
                [9.800s][info][gc] GC(13) Pause Young (Normal) (G1 Evacuation Pause) 300M->80M(512M) 4.5ms
                [20.00s][info][gc] GC(14) Pause Full (System.gc()) 200M->71M(512M) 40.1ms
                [30.00s][info][gc] GC(15) Pause Young (Mixed) (G1 Evacuation Pause) 160M->64M(512M) 4.5ms
                """);
        assertThat(ChildRun.heap(gc)).containsExactly(456, 406, 71);
    }
}
