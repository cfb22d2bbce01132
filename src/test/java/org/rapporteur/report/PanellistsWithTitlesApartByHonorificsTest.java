package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * "The panellists were Mr. A, Chief Executive Officer, B Authority (Ghana), and Ms. C, President, D Council (Romania)":
 * each panellist with a title holding commas, the items apart by commas and "and" before an honorific instead of
 * semicolons. The person is the name after the honorific, never the end of the title before the bracket.
 */
class PanellistsWithTitlesApartByHonorificsTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport parse(String body) {
        return PARSER.parse("fixture.txt", "TD/B/C.I/CPLP/9\nUnited Nations Conference on Trade and Development\n"
                + "Report of the Intergovernmental Group of Experts on Consumer Protection on its ninth session\n"
                + "Held at the Palais des Nations, Geneva, from 1 to 3 July 2031\n  I. Chair's summary\n"
                + "1. The ninth session was held at the Palais des Nations, Geneva, from 1 to 3 July 2031.\n" + body);
    }

    @Test
    void twoPanellistsJoinedByCommaAndAnd() {
        MeetingReport r = parse("2. The round table was held on 2 July 2031. The panellists were Mr. Kofi Mensah-Boateng, "
                + "Chief Executive Officer, National Consumer Authority (Ghana), and Ms. Elena Popescu, President, Consumer "
                + "Protection Council\n(Romania). Most experts agreed that redress was too slow.\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Kofi Mensah-Boateng", "GHA"), tuple("Elena Popescu", "ROU"));
    }

    @Test
    void threePanellistsWithDoctorAmongTheHonorifics() {
        MeetingReport r = parse("2. The panellists were Dr. Ana Rojas Vidal, Head, Water Regulation Agency (Chile), "
                + "Ms. Wairimu Odhiambo, Professor, University of Nairobi (Kenya) and Mr. Lars Eriksen, Senior Adviser, "
                + "Ministry of Trade (Norway).\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Ana Rojas Vidal", "CHL"), tuple("Wairimu Odhiambo", "KEN"),
                        tuple("Lars Eriksen", "NOR"));
    }

    @Test
    void panellistsWithoutTitlesStayAsTheyWere() {
        MeetingReport r = parse("2. The panellists were Ms. Ana Rojas Vidal (Chile), Mr. Lars Eriksen (Norway) and "
                + "Ms. Wairimu Odhiambo (Kenya).\n");

        assertThat(r.participation()).filteredOn(p -> p.role() == Role.PANELLIST)
                .extracting(Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple("Ana Rojas Vidal", "CHL"), tuple("Lars Eriksen", "NOR"),
                        tuple("Wairimu Odhiambo", "KEN"));
    }
}
