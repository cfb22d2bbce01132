package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gender comes from the honorific the list gives, and from nothing else. */
class GenderTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Ms.|WOMAN", "Mrs|WOMAN", "MRS.|WOMAN", "Miss|WOMAN", "H.E. Ms.|WOMAN", "HE Mrs|WOMAN", "Mme|WOMAN",
        "Mlle|WOMAN", "Sra.|WOMAN", "Señora|WOMAN", "Her Excellency|WOMAN", "Dame|WOMAN",
        "Mr.|MAN", "MR|MAN", "H.E. Mr.|MAN", "M.|MAN", "Monsieur|MAN", "Sr.|MAN", "His Excellency|MAN", "Sir|MAN",
        "H.E.|UNKNOWN", "Dr.|UNKNOWN", "Prof.|UNKNOWN", "Ambassador|UNKNOWN", "Mx.|UNKNOWN", "Hon.|UNKNOWN",
        "''|UNKNOWN", "Mr./Ms.|UNKNOWN"})
    void fromTheHonorificOnly(String honorific, Gender expected) {
        assertThat(Gender.fromHonorific(honorific)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" starts with \"{1}\"")
    @CsvSource(delimiter = '|', value = {"Ms. Ana|Ms.", "H.E. Mr. Karim|H.E. Mr.", "Mr Paulo|Mr", "Ana|''",
            "Mark|''", "Mia|''"})
    void anHonorificWrittenBeforeTheFirstName(String firstName, String honorific) {
        assertThat(Gender.leadingHonorific(firstName)).isEqualTo(honorific);
    }
}
