package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * In a semicolon chain of speakers, "Fiji, as Chair of the Working Group on …" is Fiji speaking: the office in a
 * working, expert or contact group is no group spoken for and no name, wherever the item stands in the chain.
 */
class StateKeptBeforeAnOfficeInAWorkingGroupTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static java.util.List<String> speakers(String paragraph) {
        MeetingReport r = PARSER.parse("fixture.txt", "XYZ/CLB/4/3\nCommission on Lake Basins\nFourth session\n"
                + "Report of the Commission on Lake Basins on its fourth session\n  I. Organization of the session\n"
                + "1. The fourth session was held in Nairobi from 8 to 10 June 2045.\n2. " + paragraph + "\n");
        return r.participation().stream().filter(p -> p.role() == Role.STATEMENT).map(p -> p.entity().code()).toList();
    }

    @Test
    void theStateBeforeTheOfficeIsTheSpeaker() {
        assertThat(speakers("Statements were made by the representatives of Chile; Fiji, as Chair of the Working Group "
                + "on Sediment Transport; and Norway.")).contains("CHL", "FJI", "NOR");
        assertThat(speakers("Statements were made by Fiji, as Chair of the Working Group on Sediment Transport; "
                + "Chile; and Norway.")).contains("CHL", "FJI", "NOR");
        assertThat(speakers("Statements were made by the representatives of Chile; Norway; and Fiji, as Chairperson "
                + "of the Open-ended Working Group on Basin Data.")).contains("CHL", "FJI", "NOR");
        assertThat(speakers("Statements were made by Chile; Fiji, in its capacity as Chair of the Expert Group on "
                + "Shorelines (EGS); and Norway.")).contains("CHL", "FJI", "NOR");
        assertThat(speakers("Statements were made by Chile; Fiji, as Vice-Chair of the Working Group of the Whole on "
                + "Sediments and Silt, Salinity and Algae; and Norway.")).contains("CHL", "FJI", "NOR");
    }
}
