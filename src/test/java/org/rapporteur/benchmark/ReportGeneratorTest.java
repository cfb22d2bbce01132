package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.ReferenceData;

class ReportGeneratorTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadDefault();

    @Test
    void theSameSeedWritesTheSameBytes() {
        ReportGenerator one = new ReportGenerator(REFERENCE, 3, 7);
        ReportGenerator two = new ReportGenerator(REFERENCE, 3, 7);
        assertThat(two.report(5).text()).isEqualTo(one.report(5).text());
        assertThat(two.report(5).truth()).isEqualTo(one.report(5).truth());
        assertThat(new ReportGenerator(REFERENCE, 3, 8).report(5).text()).isNotEqualTo(one.report(5).text());
    }

    @Test
    void reportsRotateThroughTheSeriesAndEachIsItsOwnMeeting() {
        ReportGenerator generator = new ReportGenerator(REFERENCE, 3, 1);
        List<ReportTruth> truths = IntStream.range(0, 7).mapToObj(i -> generator.report(i).truth()).toList();
        assertThat(truths).extracting(ReportTruth::meetingId).containsExactly("UNODC/CCPCJ/EG.4#1",
                "CTOC/COP/WG.6#1", "A/AC.291#1", "UNODC/CCPCJ/EG.4#2", "CTOC/COP/WG.6#2", "A/AC.291#2",
                "UNODC/CCPCJ/EG.4#3");
        assertThat(new ReportGenerator(REFERENCE, 4, 1).report(3).truth().meetingId()).isEqualTo("UNODC/CCPCJ/EG.5#1");
        assertThat(truths).extracting(ReportTruth::file).doesNotHaveDuplicates();
    }

    @Test
    void aReportIsAboutSixteenKilobytesOfText() {
        ReportGenerator generator = new ReportGenerator(REFERENCE, 3, 1);
        int[] sizes = IntStream.range(0, 60).map(i -> generator.report(i).text().length()).toArray();
        assertThat(IntStream.of(sizes).average().orElseThrow()).isBetween(14_000.0, 18_000.0);
        assertThat(IntStream.of(sizes).min().orElseThrow()).isGreaterThan(8_000);
    }

    @Test
    void everyLayoutAndBothStatusesAppear() {
        ReportGenerator generator = new ReportGenerator(REFERENCE, 3, 1);
        Set<String> forms = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            ReportGenerator.Generated report = generator.report(i);
            String text = report.text();
            forms.add(text.contains(" \n\n") ? "seed" : text.contains("\n1.\t") ? "word" : "pdf");
            statuses.add(report.truth().status());
        }
        assertThat(forms).containsExactlyInAnyOrder("seed", "word", "pdf");
        assertThat(statuses).containsExactlyInAnyOrder("DRAFT", "FINAL");
    }

    @Test
    void anotherVariantIsAnotherTextOfTheSameMeeting() {
        ReportGenerator generator = new ReportGenerator(REFERENCE, 3, 1);
        ReportTruth first = generator.report(4).truth();
        ReportGenerator.Generated changed = generator.report(4, 1);
        assertThat(changed.truth().meetingId()).isEqualTo(first.meetingId());
        assertThat(changed.text()).isNotEqualTo(generator.report(4).text());
    }

    @Test
    void sessionsBeyondTheNinetyNinthAreRefused() {
        ReportGenerator generator = new ReportGenerator(REFERENCE, 2, 1);
        assertThat(generator.report(197).truth().session()).isEqualTo(99);
        assertThatThrownBy(() -> generator.report(198)).hasMessageContaining("use at least 3 series");
        assertThat(ReportGenerator.minimumSeries(10_000)).isEqualTo(102);
    }
}
