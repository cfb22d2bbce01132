package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.DocumentText;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Holds the parser's figures on the probe of {@code src/test/resources/probe/}: 18 reports an independent helper wrote
 * with hand-checked truth (see its README). The parser was tuned on these reports after its first measure, so the
 * figures here are tuned figures, not an estimate for unseen reports: the test keeps them from slipping back.
 */
class ProbeTruthTest {

    private static final List<String> REPORTS = List.of("r01_hrc_wg16_s10_draft.docx", "r02_hrc_wg10_pmsc_s5_final.pdf",
            "r03_cnd_68_draft_org.txt", "r04_cnd_intersessional_2024.docx", "r05_irg_cac_s8_final.txt",
            "r06_irg_cac_s16_draft.pdf", "r07_ccpcj_34_draft_org.docx", "r08_statcom_56_final.pdf",
            "r09_sixth_wg_terrorism_78.txt", "r10_sixth_wg_ujur_80_draft.docx", "r11_ctoc_wg6_firearms_11_final.pdf",
            "r12_ctoc_wg3_intlcoop_15_draft.txt", "r13_adhoc_tax_s2_final.docx", "r14_rpm_lac_15congress_final.pdf",
            "r15_rpm_africa_15congress_final.txt", "r16_ctoc_wg4_tip_13_final_cp1252.txt", "r17_csw_69_draft.txt",
            "r18_cac_wg4_prevention_15_final.docx");
    private static final NameResolver RESOLVER = new NameResolver(ReferenceData.loadDefault());
    private static final Figures FIGURES = new Figures();

    /** Tallies over all reports: truth entries, rows given, rows right. */
    static final class Figures {
        int countsTrue;
        int countsExact;
        int statementsTrue;
        int statementsGiven;
        int statementsRight;
        int representedTrue;
        int representedGiven;
        int representedRight;
        int wrongEntities;
        int sessionsRight;
        int chairsRight;
        final List<String> misses = new ArrayList<>();
    }

    @BeforeAll
    static void parseEveryReportAndCompareWithItsTruth() throws IOException {
        ObjectMapper json = new ObjectMapper();
        DocumentFiles files = new DocumentFiles(ReadLimits.DEFAULT);
        ReportParser parser = new ReportParser(RESOLVER);
        for (String name : REPORTS) {
            DocumentText text = files.read(name, bytes("reports/" + name));
            MeetingReport report = parser.parse(name, text.text());
            JsonNode truth = json.readTree(bytes("truth/" + name.replaceFirst("\\.[a-z]+$", ".json")));
            compare(name, report, truth);
        }
    }

    private static void compare(String name, MeetingReport report, JsonNode truth) {
        Integer session = truth.get("session_number").isNull() ? null : truth.get("session_number").asInt();
        FIGURES.sessionsRight += java.util.Objects.equals(session, report.sessionNumber()) ? 1 : 0;
        JsonNode chair = truth.get("chair");
        FIGURES.chairsRight += report.participation().stream().anyMatch(p -> p.role() == Role.CHAIR
                && fold(p.person()).equals(fold(chair.get("person").asText()))
                && p.entity().code().equals(chair.get("country_code").asText())) ? 1 : 0;
        List<AttendanceCount> printed = new ArrayList<>(report.attendance().stream()
                .filter(a -> a.basis() == AttendanceCount.Basis.PRINTED).toList());
        for (JsonNode count : truth.get("attendance_counts")) {
            FIGURES.countsTrue++;
            Optional<AttendanceCount> hit = printed.stream().filter(a -> a.count() == count.get("count").asInt()
                    && sameCategory(a, count.get("category").asText())).findFirst();
            hit.ifPresentOrElse(printed::remove, () -> FIGURES.misses.add(name + ": count " + count));
            FIGURES.countsExact += hit.isPresent() ? 1 : 0;
        }
        List<Participation> speakers = report.participation().stream().filter(p -> p.role() == Role.STATEMENT)
                .filter(p -> !spokenFor(p, report.participation())).toList();
        List<Participation> represented = report.participation().stream().filter(p -> p.role() == Role.REPRESENTED)
                .toList();
        int[] st = pair(name, speakers, truth.get("statements"));
        FIGURES.statementsTrue += st[0];
        FIGURES.statementsGiven += speakers.size();
        FIGURES.statementsRight += st[1];
        int[] rep = pair(name, represented, truth.get("represented"));
        FIGURES.representedTrue += rep[0];
        FIGURES.representedGiven += represented.size();
        FIGURES.representedRight += rep[1];
        FIGURES.wrongEntities += st[2] + rep[2];
    }

    /** The group's own row of a statement made on its behalf (the truth names the group only as on_behalf_of). */
    private static boolean spokenFor(Participation row, List<Participation> all) {
        String name = fold(row.entity().name());
        return all.stream().anyMatch(p -> p != row && p.role() == Role.STATEMENT && p.paragraph() == row.paragraph()
                && !p.onBehalfOf().isEmpty() && (fold(p.onBehalfOf()).equals(name)
                || fold(p.onBehalfOf()).startsWith(name + " member states")));
    }

    /** The truth counts signatories, non-parties and observer Member States as OBSERVER_STATE; we use capacities. */
    private static boolean sameCategory(AttendanceCount count, String truth) {
        return count.category().name().equals(truth) || truth.equals("OBSERVER_STATE")
                && count.category() == AttendanceCategory.MEMBER_STATE
                && (count.capacity() == Capacity.SIGNATORY || count.capacity() == Capacity.OBSERVER);
    }

    /** @return truth entries, entries matched by a row of their entity, rows of an entry's name but another entity */
    private static int[] pair(String name, List<Participation> rows, JsonNode truth) {
        List<Participation> left = new ArrayList<>(rows);
        int entries = 0;
        int right = 0;
        int wrong = 0;
        for (JsonNode entry : truth) {
            if (entry.path("duplicate_in_list").asBoolean(false)) {
                continue;
            }
            entries++;
            Optional<Participation> same = left.stream().filter(p -> p.paragraph() == entry.get("paragraph").asInt()
                    && sameEntity(p, entry)).findFirst()
                    .or(() -> left.stream().filter(p -> sameEntity(p, entry)).findFirst());
            if (same.isPresent()) {
                left.remove(same.get());
                right++;
                continue;
            }
            Optional<Participation> named = left.stream()
                    .filter(p -> fold(p.nameAsWritten()).equals(fold(entry.get("name_as_written").asText())))
                    .findFirst();
            named.ifPresent(left::remove);
            wrong += named.isPresent() ? 1 : 0;
            FIGURES.misses.add(name + ": " + (named.isPresent() ? "wrong entity for " : "missed ") + entry);
        }
        left.forEach(p -> FIGURES.misses.add(name + ": not in the truth " + p));
        return new int[] {entries, right, wrong};
    }

    /**
     * The truth's entity: its code where the reference tables know it (an organisation's acronym is one of its names,
     * so UNODA is the table's ODA), else its name, which an organisation the tables do not know keeps as written.
     */
    private static boolean sameEntity(Participation row, JsonNode entry) {
        String code = entry.path("code").asText("");
        boolean state = entry.get("entity_type").asText().endsWith("STATE");
        if (!code.isEmpty() && (code.equals(row.entity().code()) || state)) {
            return code.equals(row.entity().code()); // States by their ISO code: "NAM" is Namibia, not an alias
        }
        Optional<Entity> known = code.isEmpty() ? Optional.empty() : RESOLVER.resolve(code)
                .or(() -> RESOLVER.resolve(entry.get("name").asText()));
        if (known.isPresent()) {
            return known.get().code().equals(row.entity().code());
        }
        Optional<Entity> byName = RESOLVER.resolve(entry.get("name").asText());
        if (byName.isPresent()) {
            return byName.get().code().equals(row.entity().code());
        }
        return row.entity().code().isEmpty() && row.entity().type() != EntityType.UNKNOWN
                ? fold(row.entity().name()).contains(fold(entry.get("name").asText()))
                : row.entity().code().isEmpty() && fold(row.nameAsWritten()).contains(fold(entry.get("name").asText()));
    }

    private static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.replaceFirst("^the ", "").replaceFirst("[.,;:]+$", "");
    }

    private static byte[] bytes(String path) {
        try (InputStream in = ProbeTruthTest.class.getResourceAsStream("/probe/" + path)) {
            assertThat(in).as("/probe/%s on the classpath", path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPrintedCountIsFoundExactly() {
        assertThat(FIGURES.countsExact).as("counts exact; misses: %s", FIGURES.misses).isEqualTo(FIGURES.countsTrue)
                .isEqualTo(52);
    }

    @Test
    void statementsKeepTheirTunedPrecisionAndRecall() {
        assertThat(FIGURES.statementsTrue).isEqualTo(423);
        assertThat(FIGURES.statementsRight).as("statements right; misses: %s", FIGURES.misses)
                .isEqualTo(423);
        assertThat(FIGURES.statementsGiven - FIGURES.statementsRight).as("statements not in the truth").isZero();
    }

    @Test
    void representedListsKeepTheirTunedPrecisionAndRecall() {
        assertThat(FIGURES.representedTrue).isEqualTo(686);
        assertThat(FIGURES.representedRight).as("represented right; misses: %s", FIGURES.misses).isEqualTo(686);
        assertThat(FIGURES.representedGiven).as("represented rows given").isEqualTo(686);
    }

    @Test
    void noEntityIsWrong() {
        assertThat(FIGURES.wrongEntities).as("wrong entities; misses: %s", FIGURES.misses).isZero();
    }

    @Test
    void everySessionNumberAndChairIsRight() {
        assertThat(FIGURES.sessionsRight).isEqualTo(18);
        assertThat(FIGURES.chairsRight).isEqualTo(18);
    }
}
