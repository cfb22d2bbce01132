package org.rapporteur.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameResolverTest {

    private static final ReferenceData DATA = ReferenceData.loadDefault();
    private final NameResolver resolver = new NameResolver(DATA);

    private String codeOf(String name) {
        return resolver.resolve(name).map(Entity::code).orElse("none");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', textBlock = """
            Niger = NER
            Nigeria = NGA
            the Niger = NER
            Dominica = DMA
            Dominican Republic = DOM
            Guinea = GIN
            Guinea-Bissau = GNB
            Equatorial Guinea = GNQ
            Papua New Guinea = PNG
            Sudan = SDN
            the Sudan = SDN
            South Sudan = SSD
            Congo = COG
            the Congo = COG
            Democratic Republic of the Congo = COD
            the Democratic Republic of the Congo = COD
            Ireland = IRL
            United Kingdom of Great Britain and Northern Ireland = GBR
            Austria = AUT
            Australia = AUS
            """)
    void resolvesNamesThatShareAPrefixOrSuffixToTheirOwnState(String name, String iso3) {
        assertThat(codeOf(name)).isEqualTo(iso3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Northern Ireland", "New Guinea", "Bissau", "Korea", "Republic of the Congo Brazzaville",
            "Nige", "Nigerian", "Dominican", "Great Britain and Northern Ireland", "Atlantis", "[…]", "[...]", "",
            "   ", "Chile1", "China and Brazil"})
    void resolvesNothingForAPartOfANameOrAnUnknownName(String name) {
        assertThat(resolver.resolve(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Iran (Islamic Republic of)", "Islamic Republic of Iran", "the Islamic Republic of Iran",
            "The Islamic Republic of Iran", "Iran"})
    void resolvesEveryFormOfIranToTheUnShortName(String name) {
        assertThat(resolver.resolve(name))
                .contains(new Entity("IRN", "Iran (Islamic Republic of)", EntityType.MEMBER_STATE,
                        "Asia-Pacific States"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "CÔTE D'IVOIRE",
            "Côte d‘Ivoire", "Côte d`Ivoire", "Co\u0302te d'Ivoire"})
    void resolvesCoteDIvoireWhateverTheApostropheAndAccent(String name) {
        assertThat(resolver.resolve(name)).map(Entity::name).contains("Côte d'Ivoire");
        assertThat(codeOf(name)).isEqualTo("CIV");
    }

    @ParameterizedTest(name = "{0} -> {1} named {2}")
    @CsvSource(delimiter = '=', textBlock = """
            Turkey = TUR = Türkiye
            Turkiye = TUR = Türkiye
            TÜRKİYE = TUR = Türkiye
            Swaziland = SWZ = Eswatini
            Czech Republic = CZE = Czechia
            the former Yugoslav Republic of Macedonia = MKD = North Macedonia
            The former Yugoslav Republic of Macedonia = MKD = North Macedonia
            """)
    void resolvesAFormerNameToTheCurrentEntityAndName(String name, String iso3, String currentName) {
        Entity entity = resolver.resolve(name).orElseThrow();
        assertThat(entity.code()).isEqualTo(iso3);
        assertThat(entity.name()).isEqualTo(currentName);
    }

    @Test
    void matchesShortUpperCaseAliasesOnlyAsWritten() {
        assertThat(codeOf("UK")).isEqualTo("GBR");
        assertThat(codeOf("US")).isEqualTo("USA");
        assertThat(codeOf("USA")).isEqualTo("USA");
        assertThat(codeOf("UAE")).isEqualTo("ARE");
        assertThat(codeOf("DRC")).isEqualTo("COD");
        assertThat(codeOf("DPRK")).isEqualTo("PRK");
        assertThat(codeOf("EU")).isEqualTo("EU");
        assertThat(codeOf("AU")).isEqualTo("AU");
        assertThat(codeOf("OAS")).isEqualTo("OAS");
        assertThat(codeOf("uk")).isEqualTo("none");
        assertThat(codeOf("Uk")).isEqualTo("none");
        assertThat(codeOf("us")).isEqualTo("none");
        assertThat(codeOf("Us")).isEqualTo("none");
        assertThat(codeOf("eu")).isEqualTo("none");
        assertThat(codeOf("Oas")).isEqualTo("none");
    }

    @Test
    void matchesLongerNamesIgnoringCase() {
        assertThat(codeOf("CHINA")).isEqualTo("CHN");
        assertThat(codeOf("united kingdom of great britain and northern ireland")).isEqualTo("GBR");
        assertThat(codeOf("Unicef")).isEqualTo("UNICEF");
    }

    @Test
    void tellsTheTwoKoreasApart() {
        assertThat(codeOf("Democratic People's Republic of Korea")).isEqualTo("PRK");
        assertThat(codeOf("Democratic People’s Republic of Korea")).isEqualTo("PRK");
        assertThat(codeOf("Republic of Korea")).isEqualTo("KOR");
        assertThat(codeOf("the Republic of Korea")).isEqualTo("KOR");
    }

    @Test
    void resolvesVenezuelaInRunningText() {
        assertThat(codeOf("Bolivarian Republic of Venezuela")).isEqualTo("VEN");
        assertThat(codeOf("Venezuela (Bolivarian Republic of)")).isEqualTo("VEN");
    }

    @Test
    void resolvesTheObserverStatesWithoutARegionalGroup() {
        assertThat(resolver.resolve("Holy See"))
                .contains(new Entity("VAT", "Holy See", EntityType.OBSERVER_STATE, ""));
        assertThat(resolver.resolve("the State of Palestine"))
                .contains(new Entity("PSE", "State of Palestine", EntityType.OBSERVER_STATE, ""));
    }

    @Test
    void resolvesOrganisationsGroupsAndUnitedNationsEntities() {
        assertThat(resolver.resolve("Council of Europe"))
                .contains(new Entity("CoE", "Council of Europe", EntityType.IGO, ""));
        assertThat(resolver.resolve("the Council of Europe")).map(Entity::code).contains("CoE");
        assertThat(resolver.resolve("European Union"))
                .contains(new Entity("EU", "European Union", EntityType.IGO, ""));
        assertThat(resolver.resolve("Group of 77 and China"))
                .contains(new Entity("G77", "Group of 77 and China", EntityType.GROUP, ""));
        assertThat(resolver.resolve("the Group of African States")).map(Entity::code).contains("AFRICAN_GROUP");
        assertThat(resolver.resolve("the Pacific small island developing States")).map(Entity::code).contains("PSIDS");
        assertThat(resolver.resolve("the Core Latin American Group")).map(Entity::type).contains(EntityType.GROUP);
        assertThat(resolver.resolve("the Group of Friends in Defence of the Charter of the United Nations"))
                .map(Entity::code).contains("FRIENDS_OF_THE_CHARTER");
        assertThat(resolver.resolve("UNODC")).contains(
                new Entity("UNODC", "United Nations Office on Drugs and Crime", EntityType.UN_ENTITY, ""));
        assertThat(resolver.resolve("United Nations Office on Drugs and Crime")).map(Entity::code).contains("UNODC");
    }

    @Test
    void resolvesNamAsTheMovementButNamibiaByName() {
        assertThat(codeOf("NAM")).isEqualTo("NON_ALIGNED_MOVEMENT");
        assertThat(codeOf("Non-Aligned Movement")).isEqualTo("NON_ALIGNED_MOVEMENT");
        assertThat(codeOf("Namibia")).isEqualTo("NAM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the States Members of the United Nations that are members of the European Union",
            "States Members of the United Nations that are members of the European Union",
            "the member States of the European Union", "Member States of the European Union",
            "States members of the European Union", "member States of the EU"})
    void resolvesTheMembersOfAnOrganisationToTheOrganisation(String name) {
        assertThat(codeOf(name)).isEqualTo("EU");
    }

    @Test
    void resolvesTheMembersOfAGroupToTheGroupButNotTheMembersOfAState() {
        assertThat(codeOf("the member States of the Group of 77 and China")).isEqualTo("G77");
        assertThat(codeOf("member States of China")).isEqualTo("none");
        assertThat(codeOf("member States of Atlantis")).isEqualTo("none");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bosnia  and Herzegovina", "Bosnia\u00A0and\u00A0Herzegovina", " Bosnia and Herzegovina ",
            "Bosnia and Herzegovina.", "Bosnia and Herzegovina,", "Bosnia and Herzegovina;", "Bosnia and Herzegovina:",
            "Bosnia\u202Fand Herzegovina", "Bosnia and\nHerzegovina", "the Bosnia and Herzegovina"})
    void resolvesANameWrittenWithOddSpacesOrTrailingPunctuation(String name) {
        assertThat(codeOf(name)).isEqualTo("BIH");
    }

    @Test
    void resolvesNamesWrittenWithUnicodeDashes() {
        assertThat(codeOf("Guinea\u2011Bissau")).isEqualTo("GNB");
        assertThat(codeOf("Guinea–Bissau")).isEqualTo("GNB");
        assertThat(codeOf("Timor\u2010Leste")).isEqualTo("TLS");
    }

    @Test
    void resolvesEveryStateByItsUnNameToItsOwnCode() {
        assertThat(DATA.states()).hasSize(195);
        for (Entity state : DATA.states()) {
            assertThat(resolver.resolve(state.name())).as(state.name()).contains(state);
        }
    }

    @Test
    void resolvesEveryEntityByItsNameToItself() {
        for (Entity entity : DATA.all()) {
            assertThat(resolver.resolve(entity.name())).as(entity.name()).contains(entity);
        }
    }

    @Test
    void normalisesApostrophesDashesSpacesTheAndTrailingPunctuationButKeepsCaseAndFootnotes() {
        assertThat(NameResolver.normalise("  the\u00A0Democratic People’s  Republic of Korea.")).isEqualTo(
                "Democratic People's Republic of Korea");
        assertThat(NameResolver.normalise("Guinea—Bissau;")).isEqualTo("Guinea-Bissau");
        assertThat(NameResolver.normalise("The Netherlands")).isEqualTo("Netherlands");
        assertThat(NameResolver.normalise("UK")).isEqualTo("UK");
        assertThat(NameResolver.normalise("Chile1")).isEqualTo("Chile1");
        assertThat(NameResolver.normalise("Theodor")).isEqualTo("Theodor");
        assertThat(NameResolver.normalise("Co\u0302te d´Ivoire")).isEqualTo("Côte d'Ivoire");
    }

    /** Plain ASCII takes a path without regular expressions; the same steps, the same answers as any other text. */
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '=', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            '  the   United  Kingdom .,; '=United Kingdom
            THE Gambia=Gambia
            The .=The
            the=the
            'the  '=the
            'the  ; X'=; X
            ' .;'=''
            Chile:=Chile
            Theodor=Theodor
            ''=''
            """)
    void normalisesPlainAsciiAsAnyText(String written, String expected) {
        assertThat(NameResolver.normalise(written)).isEqualTo(expected);
        // the same text with one character outside ASCII at its start, which takes the general path
        assertThat(NameResolver.normalise("\u200B" + written)).isEqualTo(expected);
    }

    @Test
    void remembersNoAnswerItWouldNotGiveAgain() {
        for (String name : new String[] {"Niger", "the Niger", "UK", "uk", "Kingdom of the Netherlands", "Nowhere"}) {
            assertThat(resolver.lookUp(name)).as(name).isEqualTo(new NameResolver(DATA).lookUp(name));
            assertThat(resolver.lookUp(name)).as(name).isEqualTo(new NameResolver(DATA).lookUp(name));
        }
    }

    @Test
    void resolvesTheNetherlandsInEveryForm() {
        Optional<Entity> netherlands = resolver.resolve("the Netherlands");
        assertThat(netherlands).map(Entity::code).contains("NLD");
        assertThat(netherlands).map(Entity::name).contains("Netherlands (Kingdom of the)");
        assertThat(codeOf("Kingdom of the Netherlands")).isEqualTo("NLD");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', textBlock = """
            the Organization for Security and Co-operation in Europe (OSCE) = OSCE
            United Nations Interregional Crime and Justice Research Institute (UNICRI) = UNICRI
            the International Telecommunication Union (ITU) = ITU
            INTERPOL (International Criminal Police Organization) = INTERPOL
            European Union Agency for Law Enforcement Cooperation (Europol) = Europol
            European Monitoring Centre for Drugs and Drug Addiction (EMCDDA) = EUDA
            Commonwealth Secretariat = Commonwealth Secretariat
            Congo (Brazzaville) = COG
            """)
    void resolvesANameFollowedByItsAcronymByEitherPart(String name, String code) {
        Resolution resolution = resolver.lookUp(name);
        assertThat(resolution.entity()).map(Entity::code).contains(code);
        assertThat(resolution.note()).isEqualTo(Resolution.Note.PLAIN);
    }

    @Test
    void takesAnAcronymAloneOnlyWhenTheFullNameMostlySharesItsWords() {
        Resolution cis = resolver.lookUp("Commonwealth of Independent States Executive Committee (CIS)");
        assertThat(cis.entity()).map(Entity::code).contains("CIS");
        assertThat(cis.note()).isEqualTo(Resolution.Note.BY_ACRONYM);

        Resolution other = resolver.lookUp("Center for Internet Security (CIS)");
        assertThat(other.entity()).isEmpty();
        assertThat(other.note()).isEqualTo(Resolution.Note.ACRONYM_OF_ANOTHER);
        assertThat(other.detail()).isEqualTo("CIS is Commonwealth of Independent States");

        assertThat(resolver.lookUp("Brazil and Asian Development Bank (ADB)").entity()).isEmpty();
        assertThat(resolver.lookUp("André Rypl (Brazil)").entity()).isEmpty();
    }

    @Test
    void takesTheFullNameWhenItsAcronymNamesAnotherEntityAndSaysSo() {
        Resolution resolution = resolver.lookUp("Economic Community of Central African States (ECOWAS)");
        assertThat(resolution.entity()).map(Entity::code).contains("ECCAS");
        assertThat(resolution.note()).isEqualTo(Resolution.Note.ACRONYM_CONFLICT);
        assertThat(resolution.detail()).isEqualTo("ECOWAS is Economic Community of West African States");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', textBlock = """
            C?te d'Ivoire = CIV
            T?rkiye = TUR
            Cze?hia = CZE
            Ni?er = NER
            C\uFFFDte d'Ivoire = CIV
            """)
    void resolvesANameWithLettersLostToAnEncodingWhenExactlyOneKnownNameFits(String name, String code) {
        Resolution resolution = resolver.lookUp(name.replace("\\uFFFD", "\uFFFD"));
        assertThat(resolution.entity()).map(Entity::code).contains(code);
        assertThat(resolution.note()).isEqualTo(Resolution.Note.UNREADABLE_LETTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Guinea-Bi??au and Niger", "?ndia and ?akistan", "Narnia?", "Ira?"})
    void resolvesNothingWhereNoSingleKnownNameFitsTheLostLetters(String name) {
        Resolution resolution = resolver.lookUp(name);
        assertThat(resolution.entity()).isEmpty();
        assertThat(resolution.note()).isEqualTo(Resolution.Note.UNREADABLE_LETTERS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', textBlock = """
            United Nations Office for Disaster Risk Reduction = UNDRR
            UNDRR = UNDRR
            secretariat of the United Nations Framework Convention on Climate Change = UNFCCC
            the UNFCCC secretariat = UNFCCC
            secretariat of the Convention on Biological Diversity = SCBD
            Stolen Asset Recovery Initiative = StAR
            European Space Agency = ESA
            European Organization for the Exploitation of Meteorological Satellites = EUMETSAT
            Sahara and Sahel Observatory = OSS
            """)
    void resolvesConventionSecretariatsAndTheOrganisationsOfOtherBodiesByNameOrAcronym(String name, String code) {
        assertThat(codeOf(name)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Congo, Democratic Republic of the; COD",
            "Tanzania (United Republic of); TZA",
            "Eswatini (Kingdom of); SWZ",
            "Bolivia (Plurinational State of); BOL",
            "Guinea Bissau; GNB",
            "Timor Leste; TLS",
            "Korea, Democratic People's Republic of; PRK",
            "Pacific, Islands Forum of the; none",
            "Islands Forum (Pacific); none",
            "Guinea Papua; none"})
    void aStatesNameWithItsMainWordFirstOrItsHyphenWrittenAsASpace(String written, String code) {
        assertThat(codeOf(written)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"the African States; AFRICAN_GROUP", "Asia-Pacific States; ASIA_PACIFIC_GROUP",
            "Latin American and Caribbean States; GRULAC", "Western European and other States; WEOG",
            "Eastern European States; EASTERN_EUROPEAN_GROUP"})
    void theRegionalGroupsByTheNamesOfTheUnList(String written, String code) {
        assertThat(codeOf(written)).isEqualTo(code);
    }
}
