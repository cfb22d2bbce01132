package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Panellists after "a panel discussion with", each with an honorific and a title holding commas; entities named after
 * the kind the attendance counts ("The regional organizations present were …", "A was among the … that attended"), and a
 * description in lower case between the names and "were represented"; one speaker of a list's part speaking on
 * behalf of several States ("by the representative of Peru, on behalf of A, B and C, and by …"); a keynote whose
 * title in quotation marks holds a colon, given by a professor; speakers as the subject of "made statements" with
 * what they said after a comma ("…, stressing …").
 */
class PanelsWithHonorificsAndNamesAfterTheirKindTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "ZQV/GC/2033/2\nGoverning Council of the Pastoral Institute\n"
                + "Ninth session\nReport of the Governing Council on its ninth session\n"
                + "  I. Organization of the session\n" + body);
    }

    @Test
    void aPanelDiscussionWithPersonsEachAfterAnHonorific() {
        MeetingReport r = parse("3. On its second day the Council held a panel dialogue with Mr. Tomas Ferreira Lopes, "
                + "Deputy Minister, Ministry of Agriculture (Angola), Dr. Lena Vukovic, Head of Research, Balkan "
                + "Grazing Observatory, Ms. Hiroko Tanabe, Professor, Faculty of Law, Kyoto, and Mr. Otto Brenner, "
                + "herder.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person)
                .containsExactly("Tomas Ferreira Lopes", "Lena Vukovic", "Hiroko Tanabe", "Otto Brenner");
    }

    @Test
    void namesAfterTheKindTheyAreOf() {
        MeetingReport r = parse("4. The regional organizations present were the League of Arab States and the African "
                + "Union.\n"
                + "5. UNESCO was among the specialized agencies that attended.\n"
                + "6. The main sponsors were Norway and Kenya.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code())
                .containsExactly("LAS", "AU", "UNESCO");
    }

    @Test
    void aDescriptionInLowerCaseBetweenTheNamesAndTheVerb() {
        MeetingReport r = parse("7. Tuvalu and Nauru, small island States of the Pacific, were represented by "
                + "observers.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(Participation::nameAsWritten).containsExactly("Tuvalu", "Nauru");
    }

    @Test
    void oneSpeakerOfAListsPartOnBehalfOfSeveralStates() {
        MeetingReport r = parse("8. After the debate, statements were also made by the delegation of Peru, speaking on "
                + "behalf of Chile, Ecuador, Paraguay and Peru.\n"
                + "9. Statements were made by the representative of Fiji, on behalf of the Alliance of Small Island "
                + "States, Samoa and Tonga.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && p.paragraph() == 8)
                .extracting(p -> p.entity().code(), Participation::onBehalfOf)
                .containsExactly(tuple("PER", "Chile, Ecuador, Paraguay and Peru"));
        // the speaker's own State is not among those after "on behalf of": the names after the group speak too
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && p.paragraph() == 9)
                .extracting(p -> p.entity().code()).contains("FJI", "WSM", "TON");
    }

    @Test
    void aSpeakersStateWhoseNameIsPartOfAnotherNameAfterOnBehalfOfIsNotAmongThem() {
        MeetingReport r = parse("4. Further statements were made by the representative of Niger, on behalf of the "
                + "African Group, Nigeria and Ghana.\n"
                + "6. Statements were made by the delegation of the Sudan, on behalf of the Arab Group, South Sudan "
                + "and Kenya.\n");

        // "Niger" is a part of "Nigeria", "Sudan" of "South Sudan": neither speaker's own State is listed, so the
        // States after the group made statements of their own
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && p.paragraph() == 4)
                .extracting(p -> p.entity().code()).contains("NER", "NGA", "GHA");
        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT && p.paragraph() == 6)
                .extracting(p -> p.entity().code()).contains("SDN", "SSD", "KEN");
    }

    @Test
    void aKeynoteWhoseTitleInQuotationMarksHoldsAColon() {
        MeetingReport r = parse("2. A keynote lecture entitled “Dry seasons: herders and their rights” was given by "
                + "Professor Amara Diallo Kane, Dean of the Faculty of Agronomy, University of Bamako.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person).containsExactly("Amara Diallo Kane");
    }

    @Test
    void speakersAsTheSubjectWithWhatTheySaidAfterAComma() {
        MeetingReport r = parse("9. Namibia and Botswana made statements, stressing the need for water funds.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(p -> p.entity().code()).containsExactly("NAM", "BWA");
    }
}
