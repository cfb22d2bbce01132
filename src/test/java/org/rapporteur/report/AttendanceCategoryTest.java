package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The category (what the entities are) and the capacity (in what role they attended) of a report's phrase. */
class AttendanceCategoryTest {

    @ParameterizedTest(name = "\"{0}\" is {1} attending as {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Member States                                          | MEMBER_STATE   | -
            European Union                                         | REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION | -
            the European Union                                     | REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION | -
            European Union member States                           | MEMBER_STATE   | -
            States parties to the Convention                       | MEMBER_STATE   | PARTY
            States Members of the United Nations                   | MEMBER_STATE   | -
            an observer State                                      | OBSERVER_STATE | OBSERVER
            non-member State                                       | OBSERVER_STATE | OBSERVER
            signatory States                                       | MEMBER_STATE   | SIGNATORY
            States that are not parties to the Convention          | MEMBER_STATE   | OBSERVER
            States Members of the United Nations that are not parties to the Convention | MEMBER_STATE | OBSERVER
            States not members of the United Nations represented by observers | OBSERVER_STATE | OBSERVER
            States represented by observers                        | MEMBER_STATE   | OBSERVER
            States members of the Commission                       | MEMBER_STATE   | MEMBER
            States members of the Council                          | MEMBER_STATE   | MEMBER
            States not members of the Commission                   | MEMBER_STATE   | OBSERVER
            Parties to the Convention                              | MEMBER_STATE   | PARTY
            a United Nations Secretariat unit                      | UN_ENTITY      | -
            United Nations Secretariat unit                        | UN_ENTITY      | -
            specialized agency                                     | SPECIALIZED_AGENCY | -
            intergovernmental organizations                        | IGO            | -
            international governmental organizations               | IGO            | -
            international non-governmental organizations           | NGO            | -
            Member Organization                                    | REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION | -
            member organizations of the network                    | OTHER          | -
            a regional economic integration organization           | REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION | -
            a regional economic integration organization that is a party to the Convention | REGIONAL_ECONOMIC_INTEGRATION_ORGANIZATION | PARTY
            non-governmental organizations                         | NGO            | -
            civil society organizations                            | NGO            | -
            institutions from the academia and the private sector  | ACADEMIA_AND_PRIVATE_SECTOR | -
            academic institutions                                  | ACADEMIA       | -
            universities                                           | ACADEMIA       | -
            private sector entities                                | PRIVATE_SECTOR | -
            journalists                                            | OTHER          | -
            national human rights institutions                     | OTHER          | -
            Indigenous Peoples' organizations                      | NGO            | -
            non-governmental organizations and academic institutions | OTHER        | -
            United Nations entities, funds and programmes and specialized agencies | UN_ENTITY | -
            """)
    void readsTheCategoryAndCapacityOfAPhrase(String phrase, AttendanceCategory category, Capacity capacity) {
        assertThat(AttendanceCategory.fromPhrase(phrase)).isEqualTo(category);
        assertThat(Capacity.fromPhrase(phrase)).isEqualTo(capacity);
    }

    @ParameterizedTest(name = "\"{0}\" counted as OTHER on purpose: {1}, several kinds: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            institutes of the crime prevention and criminal justice programme network | true  | false
            national human rights institutions                                        | true  | false
            non-governmental organizations and academic institutions                  | false | true
            civil society and private sector entities                                 | false | true
            journalists                                                               | false | false
            """)
    void saysWhyAPhraseIsCountedAsOther(String phrase, boolean namedOther, boolean mixed) {
        assertThat(AttendanceCategory.isNamedOther(phrase)).isEqualTo(namedOther);
        assertThat(AttendanceCategory.isMixed(phrase)).isEqualTo(mixed);
    }
}
