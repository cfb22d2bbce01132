package org.rapporteur.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress line of a long ingest: files done of total, rate, time left. */
class IngestProgressTest {

    @Test
    void theLineGivesDoneOfTotalTheRateAndTheTimeLeft() {
        assertThat(IngestProgress.line(120, 500, 14.8))
                .isEqualTo("Ingest: 120/500 files (24%), 8.1 files/s, about 47 s left");
    }

    @Test
    void theLastLineSaysNothingIsLeft() {
        assertThat(IngestProgress.line(500, 500, 60)).isEqualTo("Ingest: 500/500 files (100%), 8.3 files/s, about 0 s left");
    }

    @Test
    void noFilesIsDone() {
        assertThat(IngestProgress.line(0, 0, 0)).isEqualTo("Ingest: 0/0 files (100%), 0.0 files/s, about 0 s left");
    }

    @Test
    void theRateCountsOnlyTheFilesCheckedOneByOneNotThoseFoundUnchangedAtOnce() {
        // 900 of 1,000 found unchanged by their stat at the start; 50 checked in 25 s: 2 files/s, 50 left
        assertThat(IngestProgress.line(950, 1000, 900, 25))
                .isEqualTo("Ingest: 950/1000 files (95%), 2.0 files/s, about 25 s left");
    }

    @Test
    void aLongRunsTimeLeftReadsInMinutes() {
        assertThat(IngestProgress.line(100, 2000, 0, 200))
                .isEqualTo("Ingest: 100/2000 files (5%), 0.5 files/s, about 63 min left");
    }
}
