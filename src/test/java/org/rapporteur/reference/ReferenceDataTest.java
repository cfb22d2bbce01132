package org.rapporteur.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    private static final List<String> FILES =
            List.of("un-member-states.csv", "igos.csv", "groups.csv", "un-entities.csv",
                    "ngos.csv");

    private final ReferenceData data = ReferenceData.loadDefault();

    @TempDir
    Path folder;

    @Test
    void loadsTheShippedTablesWithoutAClash() {
        Map<EntityType, Long> counts = data.all().stream()
                .collect(Collectors.groupingBy(Entity::type, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                EntityType.MEMBER_STATE, 193L,
                EntityType.OBSERVER_STATE, 2L,
                EntityType.IGO, 127L,
                EntityType.GROUP, 24L,
                EntityType.UN_ENTITY, 72L,
                EntityType.NGO, 24L));
    }

    @Test
    void listsMemberAndObserverStatesAsStates() {
        assertThat(data.states()).hasSize(195);
        assertThat(data.states()).first().isEqualTo(
                new Entity("AFG", "Afghanistan", EntityType.MEMBER_STATE, "Asia-Pacific States"));
        assertThat(data.states()).last().isEqualTo(
                new Entity("PSE", "State of Palestine", EntityType.OBSERVER_STATE, ""));
    }

    @Test
    void givesEveryMemberStateOneOfTheFiveRegionalGroupsAndNothingElseAGroup() {
        assertThat(data.all()).allSatisfy(entity -> {
            if (entity.type() == EntityType.MEMBER_STATE) {
                assertThat(entity.regionalGroup()).isIn(StateTable.REGIONAL_GROUPS);
            } else {
                assertThat(entity.regionalGroup()).isEmpty();
            }
        });
        assertThat(data.byCode("TUR")).map(Entity::regionalGroup).contains("Western European and other States");
        assertThat(data.byCode("KIR")).map(Entity::regionalGroup).contains("Asia-Pacific States");
    }

    @Test
    void findsAnEntityByItsExactCode() {
        assertThat(data.byCode("CoE")).contains(new Entity("CoE", "Council of Europe", EntityType.IGO, ""));
        assertThat(data.byCode("NAM")).map(Entity::name).contains("Namibia");
        assertThat(data.byCode("NON_ALIGNED_MOVEMENT")).map(Entity::name).contains("Movement of Non-Aligned Countries");
        assertThat(data.byCode("G77")).map(Entity::type).contains(EntityType.GROUP);
        assertThat(data.byCode("coe")).isEmpty();
        assertThat(data.byCode("Atlantis")).isEmpty();
    }

    @Test
    void loadsTheSameTablesFromAFolder() throws IOException {
        copyDefaultTables();
        assertThat(ReferenceData.load(folder).all()).isEqualTo(data.all());
    }

    @Test
    void failsOnAMalformedRowNamingFileLineAndReason() throws IOException {
        copyDefaultTables();
        replaceIn("un-member-states.csv", "AFG,004,Afghanistan,,Asia-Pacific States,member",
                "AFG,004,Afghanistan,,Asia Pacific,member");
        assertThatThrownBy(() -> ReferenceData.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("un-member-states.csv line 2: regional_group 'Asia Pacific' is not one of");
    }

    @Test
    void failsOnARowWithTooFewFields() throws IOException {
        copyDefaultTables();
        replaceIn("groups.csv", "ARAB_GROUP,Group of Arab States,Arab Group", "ARAB_GROUP,Group of Arab States");
        assertThatThrownBy(() -> ReferenceData.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("groups.csv line 9: 2 fields, expected 3 (code,name,aliases)");
    }

    @Test
    void failsOnAWrongHeader() throws IOException {
        copyDefaultTables();
        replaceIn("un-entities.csv", "code,name,aliases", "code,full_name,aliases");
        assertThatThrownBy(() -> ReferenceData.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("un-entities.csv line 1: header is code,full_name,aliases, expected code,name,aliases");
    }

    @Test
    void failsWhenTwoEntitiesClaimTheSameNameNamingBoth() throws IOException {
        copyDefaultTables();
        replaceIn("groups.csv", "Arab Group", "Arab Group|Arab League");
        assertThatThrownBy(() -> ReferenceData.load(folder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'arab league'")
                .hasMessageContaining("League of Arab States (")
                .hasMessageContaining("Group of Arab States (");
    }

    @Test
    void failsWhenTwoEntitiesClaimTheSameShortCodeNamingBoth() {
        String ngos = "code,name,aliases\nFoo,Friends of Order,UK\n";
        assertThatThrownBy(() -> data.withTable("ngos.csv", new StringReader(ngos), EntityType.NGO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'UK' is claimed by both United Kingdom of Great Britain and Northern Ireland")
                .hasMessageContaining("Friends of Order (ngos.csv line 2)");
    }

    @Test
    void failsWhenTwoEntitiesShareACode() {
        String ngos = "code,name,aliases\nEU,Eutopia Unlimited,\n";
        assertThatThrownBy(() -> data.withTable("ngos.csv", new StringReader(ngos), EntityType.NGO))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the code 'EU' is used by both European Union")
                .hasMessageContaining("Eutopia Unlimited (ngos.csv line 2)");
    }

    @Test
    void addsAUserTableWhoseNamesThenResolve() {
        String ngos = "\uFEFFcode,name,aliases\nICANN,Internet Corporation for Assigned Names and Numbers,\n";
        ReferenceData more = data.withTable("ngos.csv", new StringReader(ngos), EntityType.PRIVATE_SECTOR);
        assertThat(more.all()).hasSize(data.all().size() + 1);
        assertThat(new NameResolver(more).resolve("the Internet Corporation for Assigned Names and Numbers"))
                .contains(new Entity("ICANN", "Internet Corporation for Assigned Names and Numbers",
                        EntityType.PRIVATE_SECTOR, ""));
        assertThat(data.byCode("ICANN")).isEmpty();
    }

    @Test
    void refusesAStateTypeForATableWithoutStateColumns() {
        assertThatThrownBy(() -> data.withTable("x.csv", new StringReader("code,name,aliases\n"),
                EntityType.MEMBER_STATE)).isInstanceOf(IllegalArgumentException.class);
    }

    private void copyDefaultTables() throws IOException {
        for (String file : FILES) {
            try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }

    private void replaceIn(String file, String text, String replacement) throws IOException {
        Path path = folder.resolve(file);
        String content = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(content).contains(text);
        Files.writeString(path, content.replace(text, replacement), StandardCharsets.UTF_8);
    }
}
