package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.EntityType;

/**
 * Organisations that forest, transport, ocean and science meetings hear from, resolved from the reference tables: an
 * organisation whose name holds commas (the IOC of UNESCO) or "and" (an indigenous forum) is one speaker, not two, and
 * one written by its acronym alone (OTIF, ITTO) is known; a non-governmental network (IUFRO) is typed NGO.
 */
class OrganisationsOfForestTransportAndScienceMeetingsTest {

    static final String FORESTS = "organisations-of-forest-transport-and-science-meetings.txt";

    @Test
    void forestOrganisationsAttendingResolveToTheirCodes() {
        assertThat(parse(FORESTS).participation()).filteredOn(p -> p.role() == Role.REPRESENTED)
                .extracting(p -> p.entity().code(), p -> p.entity().type())
                .containsExactly(tuple("ITTO", EntityType.IGO), tuple("COMIFAC", EntityType.IGO),
                        tuple("ACTO", EntityType.IGO), tuple("GEF", EntityType.IGO), tuple("IPU", EntityType.IGO));
    }

    @Test
    void namesHoldingCommasOrAndAreOneSpeakerAndAcronymsAloneResolve() {
        assertThat(parse(FORESTS).participation()).filteredOn(p -> p.role() == Role.STATEMENT)
                .extracting(Participation::paragraph, p -> p.entity().code(), p -> p.entity().type())
                .containsExactly(tuple(2, "IUFRO", EntityType.NGO), tuple(2, "IOC-UNESCO", EntityType.UN_ENTITY),
                        tuple(2, "IIFBES", EntityType.NGO), tuple(2, "ISC", EntityType.NGO),
                        tuple(3, "OTIF", EntityType.IGO), tuple(3, "ITTO", EntityType.IGO));
    }
}
