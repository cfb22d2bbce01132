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
}
