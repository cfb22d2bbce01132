package org.rapporteur.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.AttendanceCategory;
import org.rapporteur.report.MeetingReport;
import org.rapporteur.report.ReportParser;
import org.rapporteur.report.Role;

/**
 * The parser reads what the generator wrote: for the first reports of an archive (every body kind, every layout,
 * drafts and finals), the facts the benchmark checks are the truth's.
 */
class SyntheticReportsParseTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadDefault();
    private static final ReportParser PARSER = new ReportParser(new NameResolver(REFERENCE));
    private static final ReportGenerator GENERATOR = new ReportGenerator(REFERENCE, 3, 1);

    static List<Integer> reports() {
        return IntStream.range(0, 18).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void theParserFindsTheTruth(int index) {
        ReportGenerator.Generated generated = GENERATOR.report(index);
        ReportTruth truth = generated.truth();
        MeetingReport report = PARSER.parse(truth.file(), generated.text());

        assertThat(report.symbol().text()).isEqualTo(truth.symbol());
        assertThat(report.status().name()).isEqualTo(truth.status());
        assertThat(report.meetingId()).isEqualTo(truth.meetingId());
        assertThat(report.startDate()).isEqualTo(truth.startDate());
        assertThat(report.endDate()).isEqualTo(truth.endDate());
        assertThat(report.attendance()).filteredOn(a -> a.category() == AttendanceCategory.MEMBER_STATE)
                .singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(truth.memberStates()));
        assertThat(new TreeSet<>(report.participation().stream().filter(p -> p.role() == Role.STATEMENT)
                .filter(p -> p.entity().type() == EntityType.MEMBER_STATE
                        || p.entity().type() == EntityType.OBSERVER_STATE)
                .map(p -> p.entity().code()).toList())).containsExactlyElementsOf(truth.speakers());
        assertThat(report.participation()).filteredOn(p -> p.role() == Role.CHAIR)
                .extracting(p -> p.entity().code()).containsExactly(truth.chair());
    }
}
