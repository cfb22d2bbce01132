package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;
import static org.rapporteur.report.ReportFixturesTest.read;
import static org.rapporteur.report.ReportFixturesTest.rows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.documents.DocumentFiles;
import org.rapporteur.documents.ReadLimits;
import org.rapporteur.documents.ReportRenderer;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Reports whose attendance is only an annex ("Annex I / List of States and organizations represented at the session"),
 * the text saying no more than "The list of participants is contained in annex I" or "… were represented (see annex
 * I)": the annex's names read in the forms the three formats give them: a Word table of names in columns (cells apart
 * by tabs), the same table printed to PDF (columns joined by one space, a long name wrapped over three lines of its
 * cell), a heading in capitals, page furniture inside the list; other annexes (documents, recommendations, an agenda)
 * give nothing; a delegation with its persons gives the delegation; a State named in the text and in the annex is one
 * row, the text's.
 */
class AttendanceOnlyInAnAnnexTest {

    static final String PDF_TEXT = "annex-only-attendance-as-a-pdf-prints-it.txt";
    static final String WORD_TEXT = "annex-only-attendance-in-a-word-table.word.txt";
    static final String WORD_TABLE_AS_PDF = "annex-only-attendance-in-a-word-table.pdf";
    static final String PERSONS = "annex-of-delegations-with-their-persons-and-a-list-in-the-text-too.txt";
    static final String AFTER_A_COLON = "annex-headings-with-their-list-after-a-colon-or-numbered.txt";
    static final String FRENCH = "annexe-in-french-with-its-headings.txt";
    static final String TABLES_TO_PDF = "annex-tables-printed-to-pdf-with-wrapped-cells.txt";

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));
    private static final List<String> TABLE_STATES = List.of("DZA", "ARG", "AUS", "AUT", "BEL", "BRA", "CHL", "CHN",
            "CIV", "IRN", "JPN", "KEN", "GBR", "USA");

    private static MeetingReport parseDocument(String name, byte[] bytes) {
        return PARSER.parse(name, new DocumentFiles(ReadLimits.DEFAULT).read(name, bytes).text());
    }

    private static List<org.assertj.core.groups.Tuple> represented(MeetingReport report) {
        return rows(report, Role.REPRESENTED).stream()
                .map(p -> tuple(p.entity().code(), p.category(), p.capacity())).toList();
    }

    private static List<org.assertj.core.groups.Tuple> wordTableRows() {
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>(TABLE_STATES.stream()
                .map(code -> tuple(code, AttendanceCategory.MEMBER_STATE, null)).toList());
        expected.add(tuple("VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER));
        expected.add(tuple("EU", AttendanceCategory.IGO, null));
        expected.add(tuple("INTERPOL", AttendanceCategory.IGO, null));
        expected.add(tuple("ODA", AttendanceCategory.UN_ENTITY, null));
        return expected;
    }

    @Test
    void aWordTableOfNamesInColumnsUnderItsHeadingGivesEveryCellAndTheDocumentsAnnexNothing() throws IOException {
        byte[] docx = new ReportRenderer("UNODC/CCPCJ/EG.9/2033/3", "V.33-01234", read(WORD_TEXT)).docx();
        MeetingReport report = parseDocument("lighthouses.docx", docx);
        assertThat(represented(report)).containsExactlyInAnyOrderElementsOf(wordTableRows());
    }

    @Test
    void theSameTablePrintedToPdfWithOneSpaceBetweenColumnsAndANameWrappedInItsCell() throws IOException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/reports/" + WORD_TABLE_AS_PDF)) {
            pdf = in.readAllBytes();
        }
        MeetingReport report = parseDocument(WORD_TABLE_AS_PDF, pdf);
        assertThat(represented(report)).containsExactlyInAnyOrderElementsOf(wordTableRows());
        assertThat(report.attendance()).filteredOn(c -> c.basis() == AttendanceCount.Basis.LIST)
                .extracting(AttendanceCount::category, AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, 14),
                        tuple(AttendanceCategory.OBSERVER_STATE, 1), tuple(AttendanceCategory.IGO, 2));
    }

    @Test
    void aPdfsRowsOfNamesAWrappedNameACapitalHeadingAndPageFurnitureInsideTheList() {
        MeetingReport report = parse(PDF_TEXT);
        List<String> parties = List.of("ALB", "AGO", "ARG", "BOL", "CAN", "CZE", "IRN", "LAO", "MEX", "GBR", "VNM");
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>(parties.stream()
                .map(code -> tuple(code, AttendanceCategory.MEMBER_STATE, Capacity.PARTY)).toList());
        expected.add(tuple("JPN", AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY));
        expected.add(tuple("VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER));
        expected.add(tuple("UNODC", AttendanceCategory.UN_ENTITY, null));
        assertThat(represented(report)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void noAnnexOfDocumentsOrRecommendationsGivesARowOrAnUnknownName() {
        assertThat(parse(PDF_TEXT).findings()).extracting(f -> f.code().name())
                .doesNotContain("UNKNOWN_ENTITY", "UNLISTED_ENTITY");
    }

    @Test
    void aDelegationWithItsPersonsIsTheDelegationAndAStateInTheTextAndTheAnnexIsOneRowTheTexts() {
        MeetingReport report = parse(PERSONS);
        assertThat(rows(report, Role.REPRESENTED)).extracting(p -> p.entity().code(), Participation::paragraph,
                        Participation::capacity)
                .containsExactlyInAnyOrder(tuple("CHL", 2, Capacity.MEMBER), tuple("GHA", 2, Capacity.MEMBER),
                        tuple("KOR", 2, Capacity.MEMBER), tuple("VAT", 0, Capacity.OBSERVER),
                        tuple("EU", 0, Capacity.OBSERVER));
        assertThat(report.attendance()).extracting(AttendanceCount::category, AttendanceCount::capacity,
                        AttendanceCount::count)
                .containsExactlyInAnyOrder(tuple(AttendanceCategory.MEMBER_STATE, Capacity.MEMBER, 3),
                        tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1),
                        tuple(AttendanceCategory.IGO, Capacity.OBSERVER, 1));
        assertThat(report.findings()).extracting(f -> f.code().name()).doesNotContain("UNKNOWN_ENTITY");
    }

    @Test
    void aHeadingWithItsListAfterAColonOnOneLineOrAboveACommaListWrappedOrANumberedList() {
        assertThat(represented(parse(AFTER_A_COLON))).containsExactlyInAnyOrder(
                tuple("DZA", AttendanceCategory.MEMBER_STATE, null), tuple("BRA", AttendanceCategory.MEMBER_STATE, null),
                tuple("CHL", AttendanceCategory.MEMBER_STATE, null), tuple("DNK", AttendanceCategory.MEMBER_STATE, null),
                tuple("EGY", AttendanceCategory.MEMBER_STATE, null), tuple("FJI", AttendanceCategory.MEMBER_STATE, null),
                tuple("VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                tuple("PSE", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                tuple("AU", AttendanceCategory.IGO, null), tuple("LAS", AttendanceCategory.IGO, null),
                tuple("ILO", AttendanceCategory.SPECIALIZED_AGENCY, null),
                tuple("WHO", AttendanceCategory.SPECIALIZED_AGENCY, null), tuple("", AttendanceCategory.NGO, null));
    }

    @Test
    void anAnnexeUnderFrenchHeadingsInCapitalsOrNotTakesTheirCategories() {
        assertThat(represented(parse(FRENCH))).containsExactlyInAnyOrder(
                tuple("CAN", AttendanceCategory.MEMBER_STATE, null), tuple("MLI", AttendanceCategory.MEMBER_STATE, null),
                tuple("SEN", AttendanceCategory.MEMBER_STATE, null), tuple("TGO", AttendanceCategory.MEMBER_STATE, null),
                tuple("VAT", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                tuple("OIF", AttendanceCategory.IGO, null), tuple("", AttendanceCategory.NGO, null));
    }

    @Test
    void aCategoryAndNameTablePrintedToPdfWithItsCellsOnOneLineAndWrapped() {
        MeetingReport report = parse(TABLES_TO_PDF);
        assertThat(represented(report)).containsExactlyInAnyOrder(
                tuple("ALB", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                tuple("BOL", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                tuple("COD", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                tuple("NER", AttendanceCategory.MEMBER_STATE, Capacity.MEMBER),
                tuple("CHL", AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                tuple("DOM", AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                tuple("VEN", AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                tuple("MEX", AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                tuple("GBR", AttendanceCategory.MEMBER_STATE, Capacity.PARTY),
                tuple("PSE", AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER),
                tuple("AU", AttendanceCategory.IGO, null), tuple("OECD", AttendanceCategory.IGO, null),
                tuple("", AttendanceCategory.IGO, null), tuple("UNDP", AttendanceCategory.UN_ENTITY, null),
                tuple("", AttendanceCategory.NGO, null));
        assertThat(rows(report, Role.REPRESENTED)).filteredOn(p -> p.entity().code().isEmpty())
                .extracting(Participation::nameAsWritten)
                .containsExactlyInAnyOrder("Southern Lighthouse Keepers and Harbour Union", "Friends of Old Lights");
    }
}
