package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first acceptance test: the seed report (the draft report of the fourth meeting of the UNODC Expert Group on
 * Cybercrime) run through the nightly job gives exactly the facts checked by hand in ../shared/docs/UN-REPORTS.md §7 (the seed is copied under src/test/resources/seed/ so that the test always runs).
 */
class SeedReportAcceptanceTest {

    static final Path SEED = Path.of("src/test/resources/seed/000_df15103811212375.txt");
    static final String SOURCE = "000_df15103811212375.txt";
    static final String MEETING = "UNODC/CCPCJ/EG.4#4";

    @TempDir
    static Path work;
    static Path output;
    static RunOutput run;

    @BeforeAll
    static void runTheSeed() throws Exception {
        Path reports = Files.createDirectories(work.resolve("input/reports"));
        Files.copy(SEED, reports.resolve(SOURCE));
        output = work.resolve("output");
        run = RunOutput.nightly(work.resolve("input"), output);
    }

    @Test
    void completesWithExitCodeZero() {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void meetingIsTheDraftOfTheFourthMeetingFromThirdToFifthApril() throws Exception {
        List<Map<String, String>> meetings = ExportFiles.rows(output.resolve("meetings.csv"));
        assertThat(meetings).containsExactly(Map.ofEntries(Map.entry("meeting_id", MEETING),
                Map.entry("body", "UNODC/CCPCJ/EG.4"),
                Map.entry("body_name", "Expert Group to Conduct a Comprehensive Study on Cybercrime"),
                Map.entry("session_number", "4"), Map.entry("year", "2018"),
                Map.entry("report_symbol", "UNODC/CCPCJ/EG.4/2018/L.1"), Map.entry("report_status", "DRAFT"),
                Map.entry("job_number", "V.18-01878"), Map.entry("start_date", "2018-04-03"),
                Map.entry("end_date", "2018-04-05"), Map.entry("venue", ""), Map.entry("source", SOURCE)));
    }

    @Test
    void attendanceCountsByCategoryFromParagraph28() throws Exception {
        List<Map<String, String>> attendance = ExportFiles.rows(output.resolve("attendance.csv"));
        assertThat(attendance).extracting(r -> r.get("category") + "=" + r.get("count"))
                .containsExactly("MEMBER_STATE=91", "OBSERVER_STATE=1", "UN_ENTITY=1", "IGO=3",
                        "ACADEMIA_AND_PRIVATE_SECTOR=9");
        assertThat(attendance).allSatisfy(r -> {
            assertThat(r.get("meeting_id")).isEqualTo(MEETING);
            assertThat(r.get("provisional")).isEqualTo("false");
            assertThat(r.get("source")).isEqualTo(SOURCE + "#28");
        });
    }

    @Test
    void twentyThreeDistinctStatesMadeStatementsInUnOrder() throws Exception {
        List<Map<String, String>> states = ExportFiles.where(participation(),
                r -> r.get("role").equals("STATEMENT") && r.get("entity_type").equals("MEMBER_STATE"));
        assertThat(states).extracting(r -> r.get("entity_code")).containsExactly(
                "DZA", "ARG", "AUS", "BRA", "CAN", "CHL", "CHN", "COL", "CRI", "ECU", "SLV", "DEU", "GHA", "IRN",
                "JPN", "MEX", "PRY", "RUS", "ZAF", "TUN", "UKR", "GBR", "USA");
    }

    @Test
    void statementRowsCarryOfficialNamesGroupsAndSources() throws Exception {
        Map<String, String> iran = ExportFiles.where(participation(),
                r -> r.get("role").equals("STATEMENT") && r.get("entity_code").equals("IRN")).get(0);
        assertThat(iran).containsEntry("entity_name", "Iran (Islamic Republic of)")
                .containsEntry("name_as_written", "Islamic Republic of Iran")
                .containsEntry("regional_group", "Asia-Pacific States")
                .containsEntry("source", SOURCE + "#21")
                .containsEntry("provisional", "false");
    }

    @Test
    void chinaListedTwiceIsOneRowAndADuplicateFinding() throws Exception {
        assertThat(ExportFiles.where(participation(),
                r -> r.get("role").equals("STATEMENT") && r.get("entity_code").equals("CHN"))).hasSize(1);
        assertThat(ExportFiles.where(dataQuality(), r -> r.get("code").equals("DUPLICATE_ENTITY")))
                .extracting(r -> r.get("location") + " " + r.get("message"))
                .containsExactly("paragraph 21 \"China\" (CHN) is listed more than once");
    }

    @Test
    void europeanUnionStatementIsProvisionalWhileItsSpeakerIsAPlaceholder() throws Exception {
        Map<String, String> eu = ExportFiles.where(participation(), r -> r.get("entity_code").equals("EU")).get(0);
        assertThat(eu).containsEntry("role", "STATEMENT").containsEntry("entity_type", "IGO")
                .containsEntry("entity_name", "European Union").containsEntry("provisional", "true")
                .containsEntry("source", SOURCE + "#22");
        assertThat(ExportFiles.where(dataQuality(), r -> r.get("code").equals("PLACEHOLDER")
                && r.get("location").equals("paragraph 22"))).hasSize(1);
    }

    @Test
    void councilOfEuropeMadeAStatement() throws Exception {
        assertThat(ExportFiles.where(participation(), r -> r.get("entity_code").equals("CoE")))
                .extracting(r -> r.get("role") + " " + r.get("entity_name") + " " + r.get("source"))
                .containsExactly("STATEMENT Council of Europe " + SOURCE + "#23");
    }

    @Test
    void sevenPanellistsWithTheirCountries() throws Exception {
        assertThat(ExportFiles.where(participation(), r -> r.get("role").equals("PANELLIST")))
                .extracting(r -> r.get("person") + " (" + r.get("entity_code") + ")")
                .containsExactly("Maria Alejandra Daglio (ARG)", "Lu Chuanying (CHN)", "Claudio Peguero (DOM)",
                        "Mohamed Mghari (MAR)", "George Maria Tyendezwa (NGA)", "Pedro Verdelho (PRT)",
                        "Cristina Schulman (ROU)");
    }

    @Test
    void chairIsAndreRyplOfBrazil() throws Exception {
        assertThat(ExportFiles.where(participation(), r -> r.get("role").equals("CHAIR")))
                .extracting(r -> r.get("person") + " " + r.get("entity_code") + " " + r.get("source"))
                .containsExactly("André Rypl BRA " + SOURCE + "#20");
        assertThat(ExportFiles.where(participation(), r -> r.get("role").equals("OFFICER"))).isEmpty();
    }

    @Test
    void placeholdersAreFlaggedAndNeverEntities() throws Exception {
        assertThat(ExportFiles.where(dataQuality(), r -> r.get("code").equals("PLACEHOLDER")))
                .extracting(r -> r.get("location"))
                .containsExactlyInAnyOrder("paragraph 8", "paragraph 20", "paragraph 22", "paragraph 24",
                        "paragraph 25", "paragraph 26");
        assertThat(participation()).noneSatisfy(r -> assertThat(r.get("name_as_written")).contains("[", "…"));
    }

    @Test
    void bracketedSittingsAreFlaggedAsProvisionalValues() throws Exception {
        assertThat(ExportFiles.where(dataQuality(), r -> r.get("code").equals("PROVISIONAL_VALUE")))
                .extracting(r -> r.get("location") + " " + r.get("severity"))
                .containsExactly("paragraph 10 INFO", "paragraph 10 INFO", "paragraph 19 INFO", "paragraph 19 INFO");
    }

    @Test
    void noRealNameIsUnknown() throws Exception {
        assertThat(ExportFiles.where(dataQuality(), r -> r.get("code").equals("UNKNOWN_ENTITY"))).isEmpty();
        assertThat(participation()).noneSatisfy(r -> assertThat(r.get("entity_type")).isEqualTo("UNKNOWN"));
    }

    @Test
    void participationHasOneRowPerFactAndNothingElse() throws Exception {
        // 7 panellists + 1 Chair + 23 States + the European Union + the Council of Europe
        assertThat(participation()).hasSize(33);
    }

    private static List<Map<String, String>> participation() throws Exception {
        return ExportFiles.rows(output.resolve("participation.csv"));
    }

    private static List<Map<String, String>> dataQuality() throws Exception {
        return ExportFiles.rows(output.resolve("data-quality.csv"));
    }
}
