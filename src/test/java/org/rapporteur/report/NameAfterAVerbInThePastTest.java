package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A person named after a verb in the past tense ("the Board thanked Kofi Mensah") is found whatever the verb, but a word
 * that only ends in "ed" ("indeed", "proceed", "need") is no such verb, and a State's name after a verb is no person.
 */
class NameAfterAVerbInThePastTest {

    @Test
    void aNameAfterAVerbInThePast() {
        assertThat(PersonNames.lastName("the Board thanked Kofi Mensah")).isEqualTo("Kofi Mensah");
    }

    @Test
    void notAfterAWordThatOnlyEndsInEd() {
        assertThat(PersonNames.lastName("as was indeed Sierra Leone")).isEmpty();
        assertThat(PersonNames.lastName("in case of need Port Moresby")).isEmpty();
    }

    @Test
    void notAStateAfterAVerb() {
        assertThat(PersonNames.lastName("the Committee congratulated Dominican Republic")).isEmpty();
        assertThat(PersonNames.lastName("it welcomed United Arab Emirates")).isEmpty();
    }
}
