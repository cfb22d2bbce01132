package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * A cover's dateline whose place or dates carry a footnote's call ("Lusaka*, …", "Hanoi¹, …", "… 2044**", "Quito†,
 * …") gives its venue and dates as without the mark, when the body does not say where the session was held.
 */
class VenueOnACoverWithAFootnoteMarkTest {

    private static final ReportParser PARSER = new ReportParser(new NameResolver(ReferenceData.loadDefault()));

    private static MeetingReport withDateline(String dateline) {
        String text = "ZZR/GMF/3/2\nGroup of Experts on Mangrove Forests\nThird meeting\n" + dateline + "\n"
                + "Report of the Group of Experts on Mangrove Forests on its third meeting\n  I. Opening of the meeting\n"
                + "1. The meeting was opened by the Chair, Mr. Tomasz Wierzbicki (Poland).\n";
        return PARSER.parse("mangrove.txt", text);
    }

    @Test
    void theMarkIsNoPartOfThePlaceOrTheDates() {
        assertThat(withDateline("Lusaka*, 14–16 March 2044").venue()).isEqualTo("Lusaka");
        assertThat(withDateline("Hanoi¹, 14–16 March 2044").venue()).isEqualTo("Hanoi");
        assertThat(withDateline("Quito†, 14–16 March 2044").venue()).isEqualTo("Quito");
        MeetingReport marked = withDateline("Port Louis, 14–16 March 2044**");
        assertThat(marked.venue()).isEqualTo("Port Louis");
        assertThat(marked.startDate()).isEqualTo(LocalDate.of(2044, 3, 14));
        assertThat(marked.endDate()).isEqualTo(LocalDate.of(2044, 3, 16));
    }

    @Test
    void aPlaceAloneOnTheCoverWithAMarkIsTheVenue() {
        assertThat(withDateline("Addis Ababa¹").venue()).isEqualTo("Addis Ababa");
        assertThat(withDateline("Kampala*").venue()).isEqualTo("Kampala");
        assertThat(withDateline("Expert Group*").venue()).isNullOrEmpty();
    }
}
