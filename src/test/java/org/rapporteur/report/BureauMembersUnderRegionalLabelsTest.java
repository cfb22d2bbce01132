package org.rapporteur.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rapporteur.report.ReportFixturesTest.parse;

import org.junit.jupiter.api.Test;

/**
 * The members of a Bureau listed under the names of regional groups, not of offices ("the Bureau … was made up of the
 * following members: • African States: A (Morocco) • …"), are officers; an officer named after a verb no list knows
 * ("greeted Ms. A (Türkiye) as Vice-Chair") is one too.
 */
class BureauMembersUnderRegionalLabelsTest {

    @Test
    void everyMemberOfTheBureauAndEveryOfficerGreeted() {
        assertThat(parse("bureau-members-under-regional-labels-and-officers-after-any-verb.txt").participation())
                .filteredOn(p -> p.role() == Role.CHAIR || p.role() == Role.OFFICER)
                .extracting(Participation::role, Participation::person, p -> p.entity().code())
                .containsExactlyInAnyOrder(tuple(Role.CHAIR, "Nikos Pappas", "GRC"),
                        tuple(Role.OFFICER, "Aylin Demir", "TUR"), tuple(Role.OFFICER, "Karim Haddad", "LBN"),
                        tuple(Role.OFFICER, "Youssef Bennis", "MAR"), tuple(Role.OFFICER, "Hana Nasser", "JOR"),
                        tuple(Role.OFFICER, "Ivana Horvat", "HRV"));
    }
}
