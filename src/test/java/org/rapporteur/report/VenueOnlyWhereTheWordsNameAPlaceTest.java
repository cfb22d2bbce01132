package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * "held its … session from … to …, in/at …" gives a venue only when the words after "in" or "at" name a place (a
 * capitalised name, or a building or seat of a city): not "in line with decision 4/2", "in a virtual format" or "at
 * which it reviewed …".
 */
class VenueOnlyWhereTheWordsNameAPlaceTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static String venueAfter(String tail) {
        String text = "ZZX/TFG/9/2\nTask Force on Grazing Lands\nNinth session\n"
                + "Report of the Task Force on Grazing Lands on its ninth session\n  I. Organizational matters\n"
                + "1. The Task Force on Grazing Lands held its ninth session from 11 to 14 September 2041" + tail + "\n"
                + "2. The session was opened by the Chair, Mr. Oskar Lindgren (Sweden).\n";
        return PARSER.parse("grazing.txt", text).venue();
    }

    @Test
    void wordsThatNameNoPlaceGiveNoVenue() {
        assertThat(venueAfter(" in line with decision 4/2 of the Council.")).isNullOrEmpty();
        assertThat(venueAfter(" in a virtual format.")).isNullOrEmpty();
        assertThat(venueAfter(", at which it reviewed the draft guidelines.")).isNullOrEmpty();
    }

    @Test
    void aCityOrABuildingInACityIsTheVenue() {
        assertThat(venueAfter(" in Ulaanbaatar.")).isEqualTo("Ulaanbaatar");
        assertThat(venueAfter(" at the premises of the Ministry of Agriculture in Windhoek.")).isEqualTo("Windhoek");
    }
}
