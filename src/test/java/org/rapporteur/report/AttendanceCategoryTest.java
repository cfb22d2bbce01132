package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceCategoryTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Member States                                          | MEMBER_STATE
            States parties to the Convention                       | MEMBER_STATE
            States Members of the United Nations                   | MEMBER_STATE
            an observer State                                      | OBSERVER_STATE
            non-member State                                       | OBSERVER_STATE
            signatory States                                       | OBSERVER_STATE
            States that are not parties to the Convention          | OBSERVER_STATE
            States Members of the United Nations that are not parties to the Convention | OBSERVER_STATE
            States not members of the United Nations represented by observers | OBSERVER_STATE
            States represented by observers                        | OBSERVER_STATE
            Parties to the Convention                              | MEMBER_STATE
            a United Nations Secretariat unit                      | UN_ENTITY
            United Nations Secretariat unit                        | UN_ENTITY
            specialized agency                                     | SPECIALIZED_AGENCY
            intergovernmental organizations                        | IGO
            a regional economic integration organization           | IGO
            non-governmental organizations                         | NGO
            civil society organizations                            | NGO
            institutions from the academia and the private sector  | ACADEMIA_AND_PRIVATE_SECTOR
            academic institutions                                  | ACADEMIA
            universities                                           | ACADEMIA
            private sector entities                                | PRIVATE_SECTOR
            journalists                                            | OTHER
            """)
    void readsTheCategoryOfAPhrase(String phrase, AttendanceCategory expected) {
        assertThat(AttendanceCategory.fromPhrase(phrase)).isEqualTo(expected);
    }
}
