package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.EntityType;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Parses each fixture of {@code src/test/resources/reports/} and checks the facts that its README lists, with the
 * project's decisions where they differ from the README: a signatory State is a Member State attending as a
 * signatory; a statement "on behalf of" a group gives a row for the speaker and one for the group; a Chair is CHAIR,
 * Vice-Chairs and Rapporteurs are OFFICER; a name listed twice in one list gives one row and a DUPLICATE_ENTITY finding.
 */
class ReportFixturesTest {

    private static final AttendanceCategory MEMBER = AttendanceCategory.MEMBER_STATE;

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));
    private static final Map<String, MeetingReport> PARSED = new ConcurrentHashMap<>();

    static final String FRONT_MATTER = "front-matter-final-report.txt";
    static final String COUNTS_IN_WORDS = "attendance-counts-in-words.txt";
    static final String LISTS_BY_CATEGORY = "attendance-lists-by-category.txt";
    static final String ON_BEHALF_OF = "statements-with-on-behalf-of.txt";
    static final String NAME_TRAPS = "name-traps-in-lists.txt";
    static final String PAGE_FURNITURE = "page-furniture-between-paragraphs.txt";
    static final String EARLIER_MEETINGS = "earlier-meetings-in-introduction.txt";
    static final String VENUE_NOT_STATED = "venue-not-stated.txt";
    static final String DRAFT = "draft-with-placeholders.txt";
    static final String OFFICERS = "officers-elected.txt";
    static final String AGENDA = "agenda-inside-paragraph.txt";
    static final String DUPLICATE = "duplicate-in-statement-list.txt";
    static final String EMPTY = "empty.txt";
    static final String NOT_A_REPORT = "not-a-report.txt";

    static String read(String name) {
        try (InputStream in = ReportFixturesTest.class.getResourceAsStream("/reports/" + name)) {
            assertThat(in).as("fixture /reports/%s on the classpath", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MeetingReport parse(String name) {
        return PARSED.computeIfAbsent(name, n -> PARSER.parse(n, read(n)));
    }

    static List<String> locations(MeetingReport report, FindingCode code) {
        return report.findings().stream().filter(f -> f.code() == code).map(Finding::location).toList();
    }

    static List<Participation> rows(MeetingReport report, Role role) {
        return report.participation().stream().filter(p -> p.role() == role).toList();
    }

    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static Paragraph paragraph(MeetingReport report, int number) {
        return report.paragraphs().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + number + " in " + report.source()));
    }

    // ---- meeting identity ---------------------------------------------------------------------------------------

    /** One row of the README's identity facts; null / "" where the README says "—". */
    record Identity(String fixture, String symbol, ReportStatus status, String jobNumber, Integer session,
                    LocalDate start, LocalDate end, boolean datesProvisional, String venue) {

        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Identity> identities() {
        return Stream.of(
                new Identity(FRONT_MATTER, "UNODC/CCPCJ/EG.4/2021/2", ReportStatus.FINAL, "V.21-02518", 7,
                        LocalDate.of(2021, 4, 6), LocalDate.of(2021, 4, 8), false, "Vienna"),
                new Identity(COUNTS_IN_WORDS, "UNODC/CCPCJ/EG.4/2017/4", ReportStatus.FINAL, "V.17-02961", null,
                        LocalDate.of(2017, 4, 10), LocalDate.of(2017, 4, 13), false, ""),
                new Identity(LISTS_BY_CATEGORY, "CTOC/COP/WG.4/2023/3", ReportStatus.FINAL, "V.23-09876", null,
                        null, null, false, ""),
                new Identity(ON_BEHALF_OF, "A/AC.291/12", ReportStatus.FINAL, "V.22-05130", null,
                        null, null, false, ""),
                new Identity(NAME_TRAPS, "CTOC/COP/WG.3/2017/3", ReportStatus.FINAL, "V.17-06012", null,
                        null, null, false, ""),
                new Identity(PAGE_FURNITURE, "UNODC/CCPCJ/EG.4/2022/2", ReportStatus.FINAL, "V.22-02917", null,
                        null, null, false, ""),
                new Identity(EARLIER_MEETINGS, "UNODC/CCPCJ/EG.9/2019/2", ReportStatus.FINAL, "V.19-11873", 5,
                        LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 4), false, "Bangkok"),
                new Identity(VENUE_NOT_STATED, "UNODC/CCPCJ/EG.9/2021/2", ReportStatus.FINAL, "V.21-08420", 6,
                        LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 16), false, ""),
                new Identity(DRAFT, "CTOC/COP/WG.2/2023/L.1", ReportStatus.DRAFT, "V.23-11207", null,
                        LocalDate.of(2023, 6, 12), LocalDate.of(2023, 6, 13), true, ""),
                new Identity(OFFICERS, "CTOC/COP/WG.7/2022/3", ReportStatus.FINAL, "V.22-07734", null,
                        LocalDate.of(2022, 9, 13), LocalDate.of(2022, 9, 14), false, ""),
                new Identity(AGENDA, "CTOC/COP/WG.3/2023/2", ReportStatus.FINAL, "V.23-14302", null,
                        LocalDate.of(2023, 5, 30), LocalDate.of(2023, 5, 31), false, ""),
                new Identity(DUPLICATE, "CTOC/COP/WG.2/2019/4", ReportStatus.FINAL, "V.19-08841", null,
                        LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 10), false, ""));
    }

    static Stream<String> reports() {
        return identities().map(Identity::fixture);
    }

    @Nested
    class MeetingIdentity {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#reports")
        void acceptsEveryFixtureThatIsAReport(String fixture) {
            MeetingReport report = parse(fixture);
            assertThat(ReportParser.isRejected(report)).as("rejected; findings %s", report.findings()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#identities")
        void readsTheReportsOwnSymbolAndStatus(Identity expected) {
            MeetingReport report = parse(expected.fixture());
            assertThat(report.symbol()).isNotNull();
            assertThat(report.symbol().text()).isEqualTo(expected.symbol());
            assertThat(report.symbol().status()).isEqualTo(expected.status());
            assertThat(report.status()).isEqualTo(expected.status());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#identities")
        void readsTheJobNumberWithoutPrintDatesOrBarcode(Identity expected) {
            assertThat(parse(expected.fixture()).jobNumber()).isEqualTo(expected.jobNumber());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#identities")
        void readsTheSessionOfThisMeetingOnly(Identity expected) {
            assertThat(parse(expected.fixture()).sessionNumber()).isEqualTo(expected.session());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#identities")
        void readsTheDatesOfThisMeetingsSittings(Identity expected) {
            MeetingReport report = parse(expected.fixture());
            assertThat(report.startDate()).as("start").isEqualTo(expected.start());
            assertThat(report.endDate()).as("end").isEqualTo(expected.end());
            assertThat(report.datesProvisional()).as("dates provisional").isEqualTo(expected.datesProvisional());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#identities")
        void readsTheVenueOnlyWhereThisMeetingsSentenceStatesIt(Identity expected) {
            assertThat(parse(expected.fixture()).venue()).isEqualTo(expected.venue());
        }

        @Test
        void identifiesTheMeetingBySeriesAndSessionWhenBothAreKnown() {
            assertThat(parse(FRONT_MATTER).meetingId()).isEqualTo("UNODC/CCPCJ/EG.4#7");
            assertThat(parse(EARLIER_MEETINGS).meetingId()).isEqualTo("UNODC/CCPCJ/EG.9#5");
            assertThat(parse(VENUE_NOT_STATED).meetingId()).isEqualTo("UNODC/CCPCJ/EG.9#6");
        }
    }

    // ---- structure: chapters, sections, paragraphs, agenda ------------------------------------------------------

    @Nested
    class Structure {

        @Test
        void readsChaptersFromTheFrontMatterReport() {
            MeetingReport report = parse(FRONT_MATTER);
            assertThat(report.paragraphs()).extracting(Paragraph::number, p -> p.chapter().label())
                    .containsExactly(tuple(1, "I"), tuple(2, "II"), tuple(3, "III"));
        }

        @Test
        void keepsPageFurnitureOutOfParagraphs() {
            MeetingReport report = parse(PAGE_FURNITURE);
            assertThat(report.paragraphs()).extracting(Paragraph::number).containsExactly(7, 8, 9, 10);
            assertThat(report.paragraphs()).extracting(p -> collapsed(p.text())).containsExactly(
                    "Several speakers stressed the role of intergovernmental organizations in delivering technical"
                            + " assistance.",
                    "Many speakers noted that the timely preservation of electronic evidence was essential for"
                            + " investigations, while some speakers called for safeguards to protect human rights"
                            + " and personal data.",
                    "The view was expressed that cooperation with service providers should be based on domestic law.",
                    "The Expert Group took note of the information provided by the secretariat.");
        }

        @Test
        void dropsTheFootnoteAndItsSeparatorAndMarker() {
            MeetingReport report = parse(PAGE_FURNITURE);
            assertThat(report.paragraphs()).extracting(Paragraph::text).noneSatisfy(text -> assertThat(text)
                    .containsAnyOf("undocs.org", "V.22-02917", "UNODC/CCPCJ/EG.4/2022/2", "___",
                            "See General Assembly resolution", "data.1"));
            assertThat(report.paragraphs()).extracting(Paragraph::number).doesNotContain(1);
        }

        @Test
        void keepsTheAdoptedAgendaInsideItsParagraph() {
            MeetingReport report = parse(AGENDA);
            assertThat(report.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5);
            assertThat(collapsed(paragraph(report, 3).text())).startsWith(
                    "At its 1st meeting, on 30 May 2023, the Working Group adopted the following agenda:");
            assertThat(collapsed(paragraph(report, 4).text()))
                    .isEqualTo("At its 4th meeting, on 31 May 2023, the Working Group adopted its report.");
        }

        @Test
        void readsTheAgendaWithSubItemsAndWrappedItems() {
            assertThat(parse(AGENDA).agenda()).extracting(AgendaItem::number, AgendaItem::title).containsExactly(
                    tuple("1", "Organizational matters"),
                    tuple("1 (a)", "Opening of the meeting"),
                    tuple("1 (b)", "Adoption of the agenda and organization of work"),
                    tuple("1 (c)", "Election of officers"),
                    tuple("2", "Extradition and transfer of sentenced persons"),
                    tuple("3", "Mutual legal assistance in the era of electronic evidence"),
                    tuple("4", "International cooperation for the purpose of confiscation of proceeds of crime and"
                            + " asset recovery"),
                    tuple("5", "Other matters"),
                    tuple("6", "Adoption of the report"));
        }

        /*
         * Not in the README, but plain from the text: a lettered section heading on a line of its own ("  D. Attendance")
         * is a heading, not the end of the paragraph above it, also in an excerpt that starts below its chapter.
         */
        @ParameterizedTest(name = "{0} paragraph {1}")
        @MethodSource("org.rapporteur.report.ReportFixturesTest#paragraphsBeforeASectionHeading")
        void keepsLetteredSectionHeadingsOutOfParagraphText(String fixture, int number, String text) {
            assertThat(collapsed(paragraph(parse(fixture), number).text())).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0} paragraph {1}")
        @CsvSource(delimiter = '|', textBlock = """
                attendance-counts-in-words.txt  | 24 | D | Attendance
                draft-with-placeholders.txt     | 6  | B | Statements
                draft-with-placeholders.txt     | 10 | D | Attendance
                duplicate-in-statement-list.txt | 9  | B | Statements
                name-traps-in-lists.txt         | 13 | C | Attendance
                officers-elected.txt            | 14 | B | Election of officers
                officers-elected.txt            | 16 | C | Adoption of the report
                """)
        void placesEachParagraphUnderItsLetteredSectionInAnExcerptWithoutChapter(String fixture, int number,
                                                                                String label, String title) {
            assertThat(paragraph(parse(fixture), number).section()).isEqualTo(new Heading(label, title));
        }
    }

    static Stream<Arguments> paragraphsBeforeASectionHeading() {
        return Stream.of(
                Arguments.of(COUNTS_IN_WORDS, 23,
                        "At its 1st meeting, on 10 April 2017, the Expert Group adopted its agenda."),
                Arguments.of(COUNTS_IN_WORDS, 25,
                        "A list of participants is contained in document UNODC/CCPCJ/EG.4/2017/INF/1."),
                Arguments.of(DRAFT, 5, "The meeting was opened by […] ([…]), Chair of the Working Group."),
                Arguments.of(DRAFT, 7, "Statements were also made by the observers for the following"
                        + " intergovernmental organizations: […]."),
                Arguments.of(DRAFT, 9, "At its [2nd and 3rd] meetings, on [13] June 2023, the Working Group"
                        + " considered agenda item 2, entitled “Technical assistance for the review mechanism”."),
                Arguments.of(DRAFT, 10, "The meeting was attended by representatives of [...] States parties, […]"
                        + " intergovernmental organizations and [2] non-governmental organizations."),
                Arguments.of(DUPLICATE, 8,
                        "At its 1st meeting, on 9 September 2019, the Working Group adopted its agenda."),
                Arguments.of(DUPLICATE, 10, "A statement was made by the representative of the European Union,"
                        + " a regional economic integration organization."),
                Arguments.of(NAME_TRAPS, 12, "Statements were made by the representatives of the following States"
                        + " parties: Nigeria, Niger, Dominican Republic, Dominica, Guinea-Bissau, Equatorial Guinea,"
                        + " Guinea, Papua New Guinea, South Sudan, Sudan, Democratic Republic of the Congo, Congo,"
                        + " United Kingdom of Great Britain and Northern Ireland, Ireland, Swaziland, Turkey, Trinidad"
                        + " and Tobago, Atlantis and Saint Vincent and the Grenadines."),
                Arguments.of(OFFICERS, 15, "The Chair thanked the Working Group for the confidence placed in him."));
    }

    // ---- attendance ---------------------------------------------------------------------------------------------

    @Nested
    class Attendance {

        @Test
        void readsCountsWrittenInWordsAndDigitsAcrossLineBreaks() {
            assertThat(parse(COUNTS_IN_WORDS).attendance())
                    .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::count,
                            AttendanceCount::provisional)
                    .containsExactlyInAnyOrder(
                            tuple(24, AttendanceCategory.MEMBER_STATE, 31, false),
                            tuple(24, AttendanceCategory.OBSERVER_STATE, 2, false),
                            tuple(24, AttendanceCategory.UN_ENTITY, 1, false),
                            tuple(24, AttendanceCategory.SPECIALIZED_AGENCY, 1, false),
                            tuple(24, AttendanceCategory.IGO, 12, false),
                            tuple(24, AttendanceCategory.NGO, 4, false));
            assertThat(parse(COUNTS_IN_WORDS).attendance().stream().mapToInt(AttendanceCount::count).sum())
                    .isEqualTo(51);
        }

        @Test
        void countsListedEntitiesByTheirKindAndTheCapacityTheListNames() {
            assertThat(parse(LISTS_BY_CATEGORY).attendance()).extracting(AttendanceCount::category,
                            AttendanceCount::capacity, AttendanceCount::count, AttendanceCount::provisional)
                    .containsExactlyInAnyOrder(
                            tuple(AttendanceCategory.MEMBER_STATE, Capacity.PARTY, 15, false),
                            tuple(AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION, Capacity.PARTY, 1,
                                    false),
                            tuple(AttendanceCategory.MEMBER_STATE, Capacity.SIGNATORY, 1, false),
                            tuple(AttendanceCategory.OBSERVER_STATE, Capacity.OBSERVER, 1, false),
                            tuple(AttendanceCategory.IGO, Capacity.OBSERVER, 3, false),
                            tuple(AttendanceCategory.UN_ENTITY, null, 2, false),
                            tuple(AttendanceCategory.NGO, Capacity.OBSERVER, 2, false));
        }

        @Test
        void resolvesEveryListedEntityIncludingWrappedAndBracketedNames() {
            MeetingReport report = parse(LISTS_BY_CATEGORY);
            List<Participation> represented = rows(report, Role.REPRESENTED);
            assertThat(represented).filteredOn(p -> p.capacity() == Capacity.PARTY)
                    .extracting(Participation::paragraph, p -> p.entity().code(), Participation::category)
                    .containsExactly(tuple(18, "ARG", MEMBER), tuple(18, "AUT", MEMBER), tuple(18, "BHR", MEMBER),
                            tuple(18, "BLR", MEMBER), tuple(18, "CIV", MEMBER), tuple(18, "EGY", MEMBER),
                            tuple(18, "DEU", MEMBER), tuple(18, "LAO", MEMBER), tuple(18, "NLD", MEMBER),
                            tuple(18, "NGA", MEMBER), tuple(18, "PHL", MEMBER), tuple(18, "QAT", MEMBER),
                            tuple(18, "THA", MEMBER), tuple(18, "TUR", MEMBER), tuple(18, "USA", MEMBER),
                            tuple(19, "EU", AttendanceCategory.REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION));
            // the signatory is a Member State attending as a signatory; the Holy See a non-member observer State
            assertThat(represented).filteredOn(p -> p.paragraph() == 20 || p.paragraph() == 21)
                    .extracting(p -> p.entity().code(), p -> p.entity().type(), Participation::category,
                            Participation::capacity)
                    .containsExactly(tuple("IRN", EntityType.MEMBER_STATE, MEMBER, Capacity.SIGNATORY),
                            tuple("VAT", EntityType.OBSERVER_STATE, AttendanceCategory.OBSERVER_STATE,
                                    Capacity.OBSERVER));
            assertThat(represented).filteredOn(p -> p.category() == AttendanceCategory.IGO)
                    .extracting(Participation::paragraph, p -> p.entity().code())
                    .containsExactly(tuple(22, "IOM"), tuple(22, "LAS"), tuple(22, "OSCE"));
            assertThat(represented).filteredOn(p -> p.category() == AttendanceCategory.UN_ENTITY)
                    .extracting(Participation::paragraph, Participation::nameAsWritten, p -> p.entity().type())
                    .containsExactly(
                            tuple(23, "Office of the United Nations High Commissioner for Refugees",
                                    EntityType.UN_ENTITY),
                            tuple(23, "United Nations Children’s Fund", EntityType.UN_ENTITY));
            assertThat(represented).filteredOn(p -> p.category() == AttendanceCategory.NGO)
                    .extracting(Participation::paragraph, Participation::nameAsWritten, p -> p.entity().type())
                    .containsExactly(tuple(24, "La Strada International", EntityType.NGO),
                            tuple(24, "Walk Free Foundation", EntityType.NGO));
            assertThat(represented).hasSize(25);
            assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
        }

        @Test
        void countsShorterAndLongerNamesInAnAlphabeticalList() {
            MeetingReport report = parse(NAME_TRAPS);
            assertThat(report.attendance()).extracting(AttendanceCount::paragraph, AttendanceCount::category,
                    AttendanceCount::count, AttendanceCount::provisional)
                    .containsExactly(tuple(13, AttendanceCategory.MEMBER_STATE, 18, false));
            assertThat(rows(report, Role.REPRESENTED)).extracting(Participation::paragraph, p -> p.entity().code())
                    .containsExactly(tuple(13, "COG"), tuple(13, "COD"), tuple(13, "DMA"), tuple(13, "DOM"),
                            tuple(13, "GNQ"), tuple(13, "GIN"), tuple(13, "GNB"), tuple(13, "IRL"), tuple(13, "NER"),
                            tuple(13, "NGA"), tuple(13, "PNG"), tuple(13, "VCT"), tuple(13, "SSD"), tuple(13, "SDN"),
                            tuple(13, "SWZ"), tuple(13, "TTO"), tuple(13, "TUR"), tuple(13, "GBR"));
        }

        @Test
        void givesAPlaceholderItsRowWithoutANumberAndAProvisionalCountForABracketedNumber() {
            // the categories a draft counts with "[…]" attended: a row each, basis PLACEHOLDER, never dropped
            assertThat(parse(DRAFT).attendance())
                    .extracting(AttendanceCount::paragraph, AttendanceCount::category, AttendanceCount::count,
                            AttendanceCount::provisional, AttendanceCount::basis)
                    .containsExactly(tuple(10, AttendanceCategory.MEMBER_STATE, 0, true,
                                    AttendanceCount.Basis.PLACEHOLDER),
                            tuple(10, AttendanceCategory.IGO, 0, true, AttendanceCount.Basis.PLACEHOLDER),
                            tuple(10, AttendanceCategory.NGO, 2, true, AttendanceCount.Basis.PRINTED));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, ON_BEHALF_OF, PAGE_FURNITURE, EARLIER_MEETINGS, VENUE_NOT_STATED,
                OFFICERS, AGENDA, DUPLICATE})
        void reportsNoAttendanceWhereTheTextGivesNone(String fixture) {
            MeetingReport report = parse(fixture);
            assertThat(report.attendance()).isEmpty();
            assertThat(rows(report, Role.REPRESENTED)).isEmpty();
        }
    }

    // ---- participation: statements and officers -----------------------------------------------------------------

    @Nested
    class Statements {

        @Test
        void attributesStatementsOnBehalfOfGroupsInEveryForm() {
            MeetingReport report = parse(ON_BEHALF_OF);
            List<Participation> statements = rows(report, Role.STATEMENT);
            assertThat(statements).filteredOn(p -> p.entity().type() != EntityType.GROUP)
                    .extracting(Participation::paragraph, p -> p.entity().code(), Participation::onBehalfOf)
                    .containsExactly(
                            tuple(8, "EGY", "Group of African States"),
                            tuple(8, "MEX", ""),
                            tuple(8, "PHL", "Group of Asia-Pacific States"),
                            tuple(8, "DEU", ""),
                            tuple(8, "CHL", "Group of Latin American and Caribbean States"),
                            tuple(8, "BIH", ""),
                            tuple(8, "IND", ""),
                            tuple(9, "ARG", "Group of 77 and China"),
                            tuple(9, "CHN", ""),
                            tuple(9, "TTO", ""),
                            tuple(9, "NOR", ""),
                            tuple(10, "EU", ""),
                            tuple(11, "KWT", "Group of Arab States"),
                            tuple(12, "PSE", ""));
        }

        @Test
        void addsARowForTheGroupSpokenFor() {
            List<Participation> statements = rows(parse(ON_BEHALF_OF), Role.STATEMENT);
            assertThat(statements).filteredOn(p -> p.entity().type() == EntityType.GROUP)
                    .extracting(Participation::paragraph, p -> p.entity().code(), p -> p.entity().name(),
                            Participation::onBehalfOf, Participation::provisional)
                    .containsExactly(
                            tuple(8, "AFRICAN_GROUP", "Group of African States", "", false),
                            tuple(8, "ASIA_PACIFIC_GROUP", "Group of Asia-Pacific States", "", false),
                            tuple(8, "GRULAC", "Group of Latin American and Caribbean States", "", false),
                            tuple(9, "G77", "Group of 77 and China", "", false),
                            tuple(11, "ARAB_GROUP", "Group of Arab States", "", false));
            assertThat(statements).hasSize(14 + 5);
        }

        @Test
        void readsTheEuropeanUnionAndTheStateOfPalestineAsTheirKinds() {
            List<Participation> statements = rows(parse(ON_BEHALF_OF), Role.STATEMENT);
            assertThat(statements).filteredOn(p -> p.paragraph() == 10)
                    .extracting(p -> p.entity().code(), p -> p.entity().type())
                    .containsExactly(tuple("EU", EntityType.IGO));
            assertThat(statements).filteredOn(p -> p.paragraph() == 12)
                    .extracting(p -> p.entity().code(), p -> p.entity().type())
                    .containsExactly(tuple("PSE", EntityType.OBSERVER_STATE));
        }

        @Test
        void doesNotTakeTheChinaInsideGroupOf77AndChinaAsAStatementByChina() {
            assertThat(rows(parse(ON_BEHALF_OF), Role.STATEMENT)).filteredOn(p -> p.entity().code().equals("CHN"))
                    .extracting(Participation::paragraph, Participation::onBehalfOf)
                    .containsExactly(tuple(9, ""));
        }

        @Test
        void matchesLongerAndShorterNamesAndFormerNamesInAList() {
            MeetingReport report = parse(NAME_TRAPS);
            assertThat(rows(report, Role.STATEMENT))
                    .extracting(Participation::paragraph, p -> p.entity().code(), p -> p.entity().type())
                    .containsExactly(
                            tuple(12, "NGA", EntityType.MEMBER_STATE), tuple(12, "NER", EntityType.MEMBER_STATE),
                            tuple(12, "DOM", EntityType.MEMBER_STATE), tuple(12, "DMA", EntityType.MEMBER_STATE),
                            tuple(12, "GNB", EntityType.MEMBER_STATE), tuple(12, "GNQ", EntityType.MEMBER_STATE),
                            tuple(12, "GIN", EntityType.MEMBER_STATE), tuple(12, "PNG", EntityType.MEMBER_STATE),
                            tuple(12, "SSD", EntityType.MEMBER_STATE), tuple(12, "SDN", EntityType.MEMBER_STATE),
                            tuple(12, "COD", EntityType.MEMBER_STATE), tuple(12, "COG", EntityType.MEMBER_STATE),
                            tuple(12, "GBR", EntityType.MEMBER_STATE), tuple(12, "IRL", EntityType.MEMBER_STATE),
                            tuple(12, "SWZ", EntityType.MEMBER_STATE), tuple(12, "TUR", EntityType.MEMBER_STATE),
                            tuple(12, "TTO", EntityType.MEMBER_STATE), tuple(12, "", EntityType.UNKNOWN),
                            tuple(12, "VCT", EntityType.MEMBER_STATE));
            assertThat(rows(report, Role.STATEMENT)).filteredOn(p -> List.of("SWZ", "TUR", "")
                            .contains(p.entity().code()))
                    .extracting(Participation::nameAsWritten).containsExactly("Swaziland", "Turkey", "Atlantis");
        }

        @Test
        void keepsAnUnknownNameAsAnUnknownEntityWithAFinding() {
            MeetingReport report = parse(NAME_TRAPS);
            assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.UNKNOWN_ENTITY)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.location()).isEqualTo("paragraph 12");
                        assertThat(f.message()).contains("Atlantis");
                    });
        }

        @Test
        void keepsOneRowForANameListedTwiceAndReportsTheDuplicate() {
            MeetingReport report = parse(DUPLICATE);
            assertThat(rows(report, Role.STATEMENT)).extracting(Participation::paragraph, p -> p.entity().code())
                    .containsExactly(tuple(9, "PER"), tuple(9, "VNM"), tuple(9, "MEX"), tuple(9, "IRN"),
                            tuple(9, "NOR"), tuple(9, "KEN"), tuple(9, "SEN"), tuple(10, "EU"));
            assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.DUPLICATE_ENTITY)
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.location()).isEqualTo("paragraph 9");
                        assertThat(f.message()).contains("Viet Nam");
                    });
        }

        @Test
        void makesNoEntityFromAPlaceholderInAStatementList() {
            MeetingReport report = parse(DRAFT);
            assertThat(report.participation())
                    .extracting(Participation::paragraph, Participation::role, p -> p.entity().code(),
                            Participation::provisional)
                    .containsExactly(tuple(6, Role.STATEMENT, "KEN", false), tuple(6, Role.STATEMENT, "CHL", false),
                            tuple(6, Role.STATEMENT, "THA", false));
            assertThat(report.participation()).extracting(Participation::nameAsWritten)
                    .noneMatch(name -> name.contains("[") || name.contains("…"));
        }

        @Test
        void readsNoStatementFromTheSecretariat() {
            // README: agenda-inside-paragraph has "statements none"; paragraph 2's "a representative of the
            // secretariat" names no State, organisation or group.
            assertThat(rows(parse(AGENDA), Role.STATEMENT)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, COUNTS_IN_WORDS, LISTS_BY_CATEGORY, PAGE_FURNITURE, EARLIER_MEETINGS,
                VENUE_NOT_STATED, OFFICERS})
        void reportsNoStatementsWhereTheTextGivesNone(String fixture) {
            assertThat(rows(parse(fixture), Role.STATEMENT)).isEmpty();
        }
    }

    @Nested
    class Officers {

        @Test
        void readsElectedOfficersFromAnIndentedTable() {
            assertThat(parse(OFFICERS).participation())
                    .extracting(Participation::paragraph, Participation::role, Participation::person,
                            p -> p.entity().code(), Participation::onBehalfOf, Participation::provisional)
                    .containsExactly(
                            tuple(14, Role.CHAIR, "Ahmed Salem Al-Harthy", "OMN", "", false),
                            tuple(14, Role.OFFICER, "Nomvula Dlamini", "SWZ", "", false),
                            tuple(14, Role.OFFICER, "Juan Carlos Pérez Rangel", "VEN", "", false),
                            tuple(14, Role.OFFICER, "Katarzyna Wiśniewska", "POL", "", false),
                            tuple(14, Role.OFFICER, "Liam O’Sullivan", "IRL", "", false));
        }

        @Test
        void readsTheChairWhoOpenedTheMeeting() {
            assertThat(rows(parse(AGENDA), Role.CHAIR))
                    .extracting(Participation::paragraph, Participation::person, p -> p.entity().code())
                    .containsExactly(tuple(1, "Ingrid Solberg", "NOR"));
        }

        @Test
        void readsNoChairWhoseNameIsAPlaceholder() {
            MeetingReport report = parse(DRAFT);
            assertThat(rows(report, Role.CHAIR)).isEmpty();
            assertThat(rows(report, Role.OFFICER)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, COUNTS_IN_WORDS, LISTS_BY_CATEGORY, ON_BEHALF_OF, NAME_TRAPS,
                PAGE_FURNITURE, EARLIER_MEETINGS, VENUE_NOT_STATED, DUPLICATE})
        void reportsNoChairOrPanellistsWhereTheTextNamesNone(String fixture) {
            MeetingReport report = parse(fixture);
            assertThat(rows(report, Role.CHAIR)).isEmpty();
            assertThat(rows(report, Role.PANELLIST)).isEmpty();
        }
    }

    // ---- findings -----------------------------------------------------------------------------------------------

    @Nested
    class Findings {

        @Test
        void reportsEachPlaceholderOfADraftOnce() {
            assertThat(locations(parse(DRAFT), FindingCode.PLACEHOLDER)).containsExactlyInAnyOrder(
                    "paragraph 5", "paragraph 5",
                    "paragraph 6", "paragraph 6",
                    "paragraph 7",
                    "paragraph 10", "paragraph 10");
        }

        @Test
        void reportsEachBracketedProvisionalValueOfADraft() {
            MeetingReport report = parse(DRAFT);
            assertThat(report.findings()).filteredOn(f -> f.code() == FindingCode.PROVISIONAL_VALUE)
                    .extracting(Finding::location, Finding::message)
                    .containsExactlyInAnyOrder(
                            tuple("paragraph 9", "Provisional value of a draft: \"[2nd and 3rd]\""),
                            tuple("paragraph 9", "Provisional value of a draft: \"[13]\""),
                            tuple("paragraph 10", "Provisional value of a draft: \"[2]\""),
                            tuple("paragraph 11", "Provisional value of a draft: \"[4th]\""),
                            tuple("paragraph 11", "Provisional value of a draft: \"[13]\""));
        }

        @Test
        void makesNoUnknownNameOrDuplicateFromAPlaceholder() {
            MeetingReport report = parse(DRAFT);
            assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
            assertThat(locations(report, FindingCode.DUPLICATE_ENTITY)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, COUNTS_IN_WORDS, LISTS_BY_CATEGORY, ON_BEHALF_OF, NAME_TRAPS,
                PAGE_FURNITURE, EARLIER_MEETINGS, VENUE_NOT_STATED, OFFICERS, AGENDA, DUPLICATE})
        void reportsNoPlaceholderInAFinalReport(String fixture) {
            MeetingReport report = parse(fixture);
            assertThat(locations(report, FindingCode.PLACEHOLDER)).isEmpty();
            assertThat(locations(report, FindingCode.PROVISIONAL_VALUE)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, COUNTS_IN_WORDS, LISTS_BY_CATEGORY, ON_BEHALF_OF, NAME_TRAPS, OFFICERS})
        void reportsNoDuplicateWhereEveryNameIsListedOnce(String fixture) {
            assertThat(locations(parse(fixture), FindingCode.DUPLICATE_ENTITY)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {FRONT_MATTER, COUNTS_IN_WORDS, LISTS_BY_CATEGORY, ON_BEHALF_OF, OFFICERS, DUPLICATE})
        void reportsNoUnknownNameWhereEveryNameResolves(String fixture) {
            MeetingReport report = parse(fixture);
            assertThat(locations(report, FindingCode.UNKNOWN_ENTITY)).isEmpty();
            assertThat(report.participation()).extracting(p -> p.entity().type()).doesNotContain(EntityType.UNKNOWN);
        }
    }

    // ---- inputs that are no report ------------------------------------------------------------------------------

    @Nested
    class Rejection {

        @Test
        void rejectsAnEmptyFileWithOneFindingAndNoFacts() {
            assertThatCode(() -> PARSER.parse(EMPTY, read(EMPTY))).doesNotThrowAnyException();
            MeetingReport report = parse(EMPTY);
            assertThat(ReportParser.isRejected(report)).isTrue();
            assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.EMPTY_FILE);
            assertNoFacts(report);
        }

        @Test
        void rejectsAShoppingListAsNotAReportWithOneFindingAndNoFacts() {
            assertThatCode(() -> PARSER.parse(NOT_A_REPORT, read(NOT_A_REPORT))).doesNotThrowAnyException();
            MeetingReport report = parse(NOT_A_REPORT);
            assertThat(ReportParser.isRejected(report)).isTrue();
            assertThat(report.findings()).extracting(Finding::code).containsExactly(FindingCode.NOT_A_REPORT);
            assertNoFacts(report);
        }

        private void assertNoFacts(MeetingReport report) {
            assertThat(report.symbol()).isNull();
            assertThat(report.jobNumber()).isEmpty();
            assertThat(report.sessionNumber()).isNull();
            assertThat(report.startDate()).isNull();
            assertThat(report.endDate()).isNull();
            assertThat(report.venue()).isEmpty();
            assertThat(report.paragraphs()).isEmpty();
            assertThat(report.agenda()).isEmpty();
            assertThat(report.attendance()).isEmpty();
            assertThat(report.participation()).isEmpty();
        }
    }
}
