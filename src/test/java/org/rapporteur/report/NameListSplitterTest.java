package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.report.NameListSplitter.Item;

class NameListSplitterTest {

    private static NameListSplitter splitter;

    @BeforeAll
    static void loadReferenceData() {
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        splitter = new NameListSplitter(name -> resolver.resolve(name).isPresent());
    }

    private static Item named(String name) {
        return new Item(name, "", false, false);
    }

    @Test
    void splitsAtCommasAndTheFinalAnd() {
        assertThat(splitter.split("Brazil, China, Ghana and Chile."))
                .containsExactly(named("Brazil"), named("China"), named("Ghana"), named("Chile"));
    }

    @Test
    void anUnknownOrganisationNamedWithTheIsAnItemAndADescriptionIsNot() {
        assertThat(splitter.split("the Arctic Council, the Nordic Fisheries Organization, the European Union, a "
                + "regional economic integration organization, and the Pacific Tuna Agency"))
                .containsExactly(named("the Arctic Council"), named("the Nordic Fisheries Organization"),
                        named("the European Union"), named("the Pacific Tuna Agency"));
    }

    @Test
    void subHeadingsOfConsultativeStatusAreNoItems() {
        assertThat(splitter.split("General category; Alpine Guides Federation; Roster; Rivers Trust"))
                .containsExactly(named("Alpine Guides Federation"), named("Rivers Trust"));
    }

    @Test
    void keepsTrinidadAndTobagoWhole() {
        assertThat(splitter.split("Brazil, Trinidad and Tobago, Chile"))
                .containsExactly(named("Brazil"), named("Trinidad and Tobago"), named("Chile"));
    }

    @Test
    void keepsTrinidadAndTobagoWholeBeforeTheFinalAnd() {
        assertThat(splitter.split("Brazil, Trinidad and Tobago and Chile"))
                .containsExactly(named("Brazil"), named("Trinidad and Tobago"), named("Chile"));
    }

    @Test
    void keepsTheUnitedKingdomWhole() {
        assertThat(splitter.split("Germany, United Kingdom of Great Britain and Northern Ireland, El Salvador"))
                .containsExactly(named("Germany"), named("United Kingdom of Great Britain and Northern Ireland"),
                        named("El Salvador"));
    }

    @Test
    void keepsANameWithBracketsWhole() {
        assertThat(splitter.split("Ghana, Iran (Islamic Republic of), Chile"))
                .containsExactly(named("Ghana"), named("Iran (Islamic Republic of)"), named("Chile"));
    }

    @Test
    void keepsBosniaAndHerzegovinaWhole() {
        assertThat(splitter.split("Bosnia and Herzegovina, Croatia and Serbia"))
                .containsExactly(named("Bosnia and Herzegovina"), named("Croatia"), named("Serbia"));
    }

    @Test
    void splitsAFinalAlgeriaAndChina() {
        assertThat(splitter.split("Tunisia, Australia, Costa Rica, Algeria and China."))
                .containsExactly(named("Tunisia"), named("Australia"), named("Costa Rica"), named("Algeria"),
                        named("China"));
    }

    @Test
    void keepsEveryEntryOfAListThatNamesAStateTwice() {
        assertThat(splitter.split("Brazil, China, Ghana, Algeria and China"))
                .containsExactly(named("Brazil"), named("China"), named("Ghana"), named("Algeria"), named("China"));
    }

    @Test
    void readsAnOnBehalfOfAttributionInBrackets() {
        assertThat(splitter.split("Argentina (on behalf of the Group of 77 and China), Brazil and Chile"))
                .containsExactly(new Item("Argentina", "the Group of 77 and China", false, false), named("Brazil"),
                        named("Chile"));
    }

    @Test
    void keepsANameWithAndWholeBeforeAnAttributionWithoutBrackets() {
        assertThat(splitter.split("Sao Tome and Principe on behalf of the States Members of the United Nations that "
                + "are members of the European Union")).extracting(Item::name).containsExactly("Sao Tome and Principe");
        assertThat(splitter.split("United Kingdom of Great Britain and Northern Ireland on behalf of the Group of "
                + "Western European and other States")).containsExactly(new Item(
                "United Kingdom of Great Britain and Northern Ireland",
                "the Group of Western European and other States", false, false));
    }

    @Test
    void readsASemicolonListWhoseItemsCarryCommas() {
        assertThat(splitter.split("Egypt, on behalf of the Group of African States; Mexico; Brazil."))
                .containsExactly(new Item("Egypt", "the Group of African States", false, false), named("Mexico"),
                        named("Brazil"));
    }

    @Test
    void attachesAnOnBehalfOfBetweenCommasToTheItemBefore() {
        assertThat(splitter.split("Egypt, on behalf of the Group of African States, Mexico and Brazil"))
                .containsExactly(new Item("Egypt", "the Group of African States", false, false), named("Mexico"),
                        named("Brazil"));
    }

    @Test
    void marksAnEllipsisPlaceholder() {
        assertThat(splitter.split("[…].")).containsExactly(new Item("[…]", "", true, true));
    }

    @Test
    void marksAThreeDotPlaceholder() {
        assertThat(splitter.split("[...]")).containsExactly(new Item("[...]", "", true, true));
    }

    @Test
    void marksAPlaceholderSpeakingOnBehalfOfAGroup() {
        assertThat(splitter.split(
                "[…] on behalf of the States Members of the United Nations that are members of the European Union"))
                .containsExactly(new Item("[…]",
                        "the States Members of the United Nations that are members of the European Union", true, true));
    }

    @Test
    void marksABracketedNameAsProvisional() {
        assertThat(splitter.split("[Brazil], China"))
                .containsExactly(new Item("Brazil", "", false, true), named("China"));
    }

    @Test
    void dropsAnAppositiveDescribingTheItemBefore() {
        assertThat(splitter.split("European Union, a regional economic integration organization"))
                .containsExactly(named("European Union"));
    }

    @Test
    void givesNoItemForAnEmptyList() {
        assertThat(splitter.split(" . ")).isEmpty();
    }

    @Test
    void theSecretariatOfAnotherTreatyIsAParticipantButTheMeetingsOwnIsNot() {
        assertThat(splitter.split("Ghana, the secretariat of the Tampere Convention on Coastal Dunes and Chile"))
                .containsExactly(named("Ghana"), named("the secretariat of the Tampere Convention on Coastal Dunes"),
                        named("Chile"));
        assertThat(splitter.split("Ghana, the secretariat of the Working Group and Chile"))
                .containsExactly(named("Ghana"), named("Chile"));
        assertThat(splitter.split("the secretariat and Chile")).containsExactly(named("Chile"));
    }
}
