package org.rapporteur.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameEncodingTest {

    @Test
    void theCLocaleIsNamedWithWhatToDo() {
        assertThat(FileNameEncoding.problem("ANSI_X3.4-1968")).hasValueSatisfying(message -> assertThat(message)
                .contains("read as ANSI_X3.4-1968", "LC_ALL=C.UTF-8", "jobs/nightly.sh"));
    }

    @Test
    void utf8IsNoProblem() {
        assertThat(FileNameEncoding.problem("UTF-8")).isEmpty();
        assertThat(FileNameEncoding.problem("utf8")).isEmpty();
    }
}
