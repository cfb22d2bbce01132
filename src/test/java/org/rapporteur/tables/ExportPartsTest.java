package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.reference.ReferenceData;

/**
 * An export that copies the unchanged meetings' rows from the published set (issue 14: work proportional to what
 * changed) writes the same bytes, in every CSV file and in the workbook, as an export built whole from the same facts;
 * and a published set that is not as its parts describe it is built whole.
 */
class ExportPartsTest {

    private static final String SETTINGS = "code and options";
    /** Few rows per sheet, so that copied meetings fill some sheets and are only counted past the cap. */
    private static final int ROWS_PER_SHEET = 12;
    private static final Lookups LOOKUPS = Lookups.of(ReferenceData.loadDefault(),
            Map.of("NEW_INSTRUMENT", "A new international instrument on cybercrime"));

    @TempDir
    Path folder;

    /**
     * Three series of four meetings; each meeting: States that spoke (one whose name a spreadsheet would take for a
     * formula), counts, credited positions, a sentence to review; a list of participants for one meeting, repeated in
     * a second file; a statements file. {@code changed} alters the first meeting's report.
     */
    private static Facts archive(boolean changed) {
        return archive(changed ? "WG.1-1.txt" : null);
    }

    /** As above, {@code changed} (a report's name, or null) altered. */
    private static Facts archive(String changed) {
        Facts facts = new Facts();
        String[][] states = {{"EGY", "Egypt", "African States"}, {"CHL", "Chile", "Latin American and Caribbean States"},
                {"JPN", "Japan", "Asia-Pacific States"}, {"", "=HYPERLINK(\"x\")", ""}};
        for (int s = 1; s <= 3; s++) {
            String series = "WG." + s;
            for (int m = 1; m <= 4; m++) {
                String source = series + "-" + m + ".txt";
                facts.seriesReport(source, series + "#" + m, series, LocalDate.of(2000 + m, s, 1));
                for (String[] state : states) {
                    facts.state(source, "STATEMENT", state[0], state[1], state[2]);
                }
                facts.counted(source, 4, "MEMBER_STATE", 20 + m + s);
                facts.position(source, 3, 1, "NEW_INSTRUMENT", "FOR", 2, "EGY")
                        .position(source, 3, 2, "NEW_INSTRUMENT", "AGAINST", 1, "CHL")
                        .toReview(source, 5, 1);
            }
        }
        if (changed != null) {
            facts.state(changed, "STATEMENT", "FRA", "France", "Western European and other States")
                    .position(changed, 6, 1, "NEW_INSTRUMENT", "AGAINST", 3, "FRA");
        }
        facts.delegate("list-a.csv", 2, "WG.2/WG.2-3.txt", "EGY", "Egypt", "Amina", "Said", "WOMAN")
                .delegate("list-a.csv", 3, "WG.2/WG.2-3.txt", "EGY", "Egypt", "Omar", "Nour", "MAN")
                .delegate("list-b.csv", 2, "WG.2/WG.2-3.txt", "EGY", "Egypt", "Amina", "Said", "WOMAN");
        facts.statement("statements.csv", 2, "WG.3/WG.3-2.txt", "JPN", "Japan");
        return facts;
    }

    /** Each input's version: the first meeting's report is a new version when changed. */
    private static Function<String, String> versions(boolean changed) {
        return versions(changed ? "WG.1-1.txt" : null);
    }

    private static Function<String, String> versions(String changed) {
        return source -> source.equals(changed) ? "v2" : "v1";
    }

    /** The tables whose sheets stood as published in the last export written by {@link #export}. */
    private static List<String> standing = List.of();

    /** Writes the export to {@code out}, copying from the parts published in {@code published} (null: none). */
    private static ExportPartsWriter export(Facts facts, Function<String, String> versions, Path out,
                                             Path published, ExportParts earlier) throws IOException {
        Files.createDirectories(out);
        ExportPartsWriter kept = new ExportPartsWriter(out);
        Path earlierWorkbook = published == null ? null : published.resolve("rapporteur.xlsx");
        try (TableFiles files = new TableFiles(out, false, 1000, ROWS_PER_SHEET, published, earlier.kinds(),
                earlier.sheets(), earlierWorkbook)) {
            WorkbookFigures figures = new ExportTables(facts.build(), PositionOverrides.NONE, LOOKUPS, versions)
                    .write(files, earlier, kept);
            files.commit();
            files.workbook().finish(AnalystWorkbook.TITLE, AnalystWorkbook.intro(figures, List.of()),
                    AnalystWorkbook.overview(figures, List.of()), AnalystWorkbook.chartNotes(figures),
                    AnalystWorkbook.charts(figures, List.of("NEW_INSTRUMENT")), out.resolve("rapporteur.xlsx"));
            kept.publish(SETTINGS, files.kinds(), files.sheets());
            standing = files.standing();
        }
        return kept;
    }

    private static List<String> files(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(n -> !n.startsWith(".state")).sorted().toList();
        }
    }

    @Test
    void copyingTheUnchangedMeetingsGivesTheBytesOfAWholeBuild() throws IOException {
        Path published = folder.resolve("published");
        export(archive(false), versions(false), published, null, ExportParts.none()).close();

        ExportParts earlier = ExportParts.published(published, SETTINGS);
        assertThat(earlier.size()).isEqualTo(12);
        Path next = folder.resolve("next");
        export(archive(true), versions(true), next, published, earlier).close();
        assertThat(earlier.given()).isEqualTo(11);
        // the first meeting's rows are among those its sheets show: they are written again
        assertThat(standing).doesNotContain("positions", "participation").contains("delegations");

        Path whole = folder.resolve("whole");
        export(archive(true), versions(true), whole, null, ExportParts.none()).close();
        assertThat(files(next)).isEqualTo(files(whole)).contains("positions.csv", "participation.csv",
                "restricted/participants.csv", "participation-matrix/WG.1.csv", "rapporteur.xlsx");
        for (String name : files(whole)) {
            assertThat(Files.readAllBytes(next.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(whole.resolve(name)));
        }
        // the change is in the export: France's position is counted, and not in the published set
        assertThat(Files.readString(next.resolve("positions-by-entity.csv"))).contains("FRA");
        assertThat(Files.readString(published.resolve("positions-by-entity.csv"))).doesNotContain("FRA");
    }

    @Test
    void aSheetWhoseRowsShownAreUnchangedStandsAsPublishedAndTheBytesAreThoseOfAWholeBuild() throws IOException {
        Path published = folder.resolve("published");
        export(archive((String) null), versions((String) null), published, null, ExportParts.none()).close();
        assertThat(standing).isEmpty();

        // the last meeting changes: its rows are past the cap of the positions sheet, in the first rows of others
        ExportParts earlier = ExportParts.published(published, SETTINGS);
        assertThat(earlier.sheets()).containsKeys("positions", "participation", "meetings");
        Path next = folder.resolve("next");
        export(archive("WG.3-4.txt"), versions("WG.3-4.txt"), next, published, earlier).close();
        assertThat(earlier.given()).isEqualTo(11);
        assertThat(standing).contains("positions", "participation", "review");

        Path whole = folder.resolve("whole");
        export(archive("WG.3-4.txt"), versions("WG.3-4.txt"), whole, null, ExportParts.none()).close();
        assertThat(files(next)).isEqualTo(files(whole));
        for (String name : files(whole)) {
            assertThat(Files.readAllBytes(next.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(whole.resolve(name)));
        }
        assertThat(Files.readString(next.resolve("positions.csv"))).contains("FRA");

        // nothing changed since: every settled sheet stands, the bytes as before
        ExportParts again = ExportParts.published(next, SETTINGS);
        Path third = folder.resolve("third");
        export(archive("WG.3-4.txt"), versions("WG.3-4.txt"), third, next, again).close();
        assertThat(standing).contains("meetings", "positions", "participation", "review");
        assertThat(Files.readAllBytes(third.resolve("rapporteur.xlsx")))
                .isEqualTo(Files.readAllBytes(whole.resolve("rapporteur.xlsx")));
    }

    @Test
    void aPublishedFileEditedSinceMakesTheExportBuildEveryMeeting() throws IOException {
        Path published = folder.resolve("published");
        export(archive(false), versions(false), published, null, ExportParts.none()).close();
        assertThat(ExportParts.published(published, SETTINGS).size()).isEqualTo(12);

        Files.writeString(published.resolve("participation.csv"), "edited\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(ExportParts.published(published, SETTINGS).size()).isZero();
    }

    @Test
    void otherSettingsMakeTheExportBuildEveryMeeting() throws IOException {
        Path published = folder.resolve("published");
        export(archive(false), versions(false), published, null, ExportParts.none()).close();
        assertThat(ExportParts.published(published, "another codebook").size()).isZero();
    }
}
