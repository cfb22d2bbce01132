package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Lists read by what their cells hold where no header names the columns: a list with no header row, a list written
 * one person to a line, delegation headings over rows of more than two cells; and the meeting named by a symbol of
 * any shape, in a file name, a sheet name or a title line.
 */
class ListsReadByTheirContentTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);
    final StatementsReader statements = new StatementsReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aSeriesWithItsSessionAfterAHyphenIsASymbolInAFileName() {
        assertThat(MeetingSymbols.fromFileName("TB-19_4-delegates.csv")).contains("TB-19/4");
        assertThat(MeetingSymbols.fromFileName("TB-19_4.xlsx")).contains("TB-19/4");
        assertThat(MeetingSymbols.fromFileName("delegates-final.csv")).isEmpty();
    }

    @Test
    void aSymbolPrintedInATitleLineNamesTheMeetingAndTheListsOwnSymbolOnlyWhereNoOtherIs() {
        assertThat(MeetingSymbols.inText("Trade Board, nineteenth session (TB-19/4) - register of delegates"))
                .isEqualTo("TB-19/4");
        assertThat(MeetingSymbols.inText("Delegates (TB-19/INF/2) to the session reported in TB-19/4"))
                .isEqualTo("TB-19/4");
        assertThat(MeetingSymbols.inText("Register of delegates: TB-19/INF/2")).isEqualTo("TB-19/INF/2");
        assertThat(MeetingSymbols.inText("Committee on Maritime Safety MSC 111/22 (draft)")).isEqualTo("MSC 111/22");
        assertThat(MeetingSymbols.inText("Held 3/4 May 2026, room 12")).isEmpty();
    }

    @Test
    void aListNamedOnlyByItsTitleLineWithAMeetingColumnOfSittingNumbers() {
        ParticipantList list = reader.readCsv("register.csv", """
                Trade Board, nineteenth session (TB-19/4) - register of delegates
                Meeting,Country,Name
                1,Norway,Ms. Kari Nordby
                2,Peru,Mr. Luis Quispe
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.meetingSymbol() + " " + d.entity().code())
                .containsExactly("TB-19/4 NOR", "TB-19/4 PER");
    }

    @Test
    void aColumnOfPlainNumbersIsNeverTheMeeting() {
        ParticipantList list = reader.readCsv("register.csv", """
                Meeting,Country,Name
                3,Norway,Ms. Kari Nordby
                """);
        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", FindingCode.REJECTED_ROW));
    }

    @Test
    void aStatementsFileInFrenchNamedByItsTitleLineWithSittingsNumbered() {
        StatementsFile file = statements.read("interventions.csv", """
                Conseil, dix-neuvième session (TB-19/4)
                Séance;Orateur;Texte
                1;Sénégal;Le Sénégal appuie le projet de décision.
                2;Pérou;Le Pérou demande un report.
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.meetingSymbol() + " " + s.speaker().code())
                .containsExactly("TB-19/4 SEN", "TB-19/4 PER");
    }

    @Test
    void aListWithoutAHeaderRowIsReadByWhatItsColumnsHold() {
        ParticipantList list = reader.readCsv("TB-19_4_inscriptions.csv", """
                1;Sra.;Marta;LÓPEZ;Ministra de Comercio;Chile;Sí
                2;Sr.;Tomás;REYES;Jefe de delegación;Uruguay;No
                3;Dr.;Ilse;BRANDT;Asesora;Alemania;Sí
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender() + " "
                        + d.headOfDelegation() + " " + d.checkedIn())
                .containsExactly("CHL LÓPEZ WOMAN false true", "URY REYES MAN true false",
                        "DEU BRANDT UNKNOWN false true");
    }

    @Test
    void headingRowsInSpanishWithoutAHeaderOverRowsOfThreeCells() {
        ParticipantList list = reader.readCsv("TB-19_4_lista.csv", """
                ARGENTINA;;
                Sra.;Lucía FERNÁNDEZ;Jefa de delegación
                Sr.;Pablo GÓMEZ;Consejero
                ECUADOR;;
                Sr.;Andrés VEGA;Embajador
                ;Rosa MINA;
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " " + d.headOfDelegation())
                .containsExactly("ARG WOMAN true", "ARG MAN false", "ECU MAN false", "ECU UNKNOWN false");
    }

    @Test
    void aListWithItsHeaderAndEachPersonInOneCell() {
        ParticipantList list = reader.readCsv("TB-19_4-list.csv", """
                "Name, Post, Country"
                "Mr. Tomas Berg — Director General — Sweden"
                "Ms. Hye-jin Park, Counsellor, Permanent Mission, Korea, Republic of"
                "Ms. Ines Okafor, Head of delegation, Nigeria"
                "Mr. Otto Vale, Adviser, Atlantis"
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.firstName() + d.lastName() + " "
                        + d.gender() + " " + d.headOfDelegation())
                .containsExactly("SWE Mr. Tomas Berg MAN false", "KOR Ms. Hye-jin Park WOMAN false",
                        "NGA Ms. Ines Okafor WOMAN true");
        assertThat(list.findings()).extracting(Finding::location, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 5", FindingCode.REJECTED_ROW));
    }

    @Test
    void onePersonALineUnderDelegationHeadingsWithoutAnyHeader() {
        ParticipantList list = reader.readCsv("TB-19_4-printed.csv", """
                "FRANCE"
                "Mme Claire Dubois, Cheffe de délégation"
                "M. Paul Martin, Conseiller"
                "JAPAN"
                "Mr. Kenji Sato; Minister"
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " "
                        + d.headOfDelegation() + " " + d.position())
                .containsExactly("FRA WOMAN true Cheffe de délégation", "FRA MAN false Conseiller",
                        "JPN MAN false Minister");
    }

    @Test
    void aListOfAnotherKindOfTableIsStillNoList() {
        ParticipantList list = reader.readCsv("TB-19_4-budget.csv", """
                Travel;1200;2026
                Rooms;800;2026
                """);
        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).extracting(Finding::code).containsExactly(FindingCode.MISSING_COLUMN);
    }

    @Test
    void aFileNameWithHyphensForSlashesAndATitleNamingTheSessionInWords() {
        assertThat(MeetingSymbols.fromFileName("UNEP-MC-COP.6-24_orateurs.csv")).contains("UNEP/MC/COP.6/24");
        assertThat(MeetingSymbols.fromFileName("A-AC.105-1339_LSC64_list.csv")).contains("A/AC.105/1339/LSC64");
        assertThat(TitleRows.session(List.of("Board on Tides - Resumed thirty-second session (Lima, 4 May 2026)")))
                .isEqualTo("Board on Tides, session 32");
        assertThat(TitleRows.session(List.of("Board on Tides, 12th session"))).isEqualTo("Board on Tides, session 12");
        assertThat(TitleRows.session(List.of("Session of the Board"))).isEmpty();
        assertThat(TitleRows.session(List.of("Conseil des marées, soixante-douzième session ordinaire")))
                .isEqualTo("Conseil des marées, session 72");
        assertThat(TitleRows.session(List.of("Conférence des Parties - quatre-vingt-unième réunion")))
                .isEqualTo("Conférence des Parties, session 81");
        assertThat(TitleRows.session(List.of("Junta de Mareas, 41.º período de sesiones")))
                .isEqualTo("Junta de Mareas, session 41");
        assertThat(TitleRows.session(List.of("Parties to the Tides Convention, 5th meeting")))
                .isEqualTo("Parties to the Tides Convention, session 5");
        ParticipantList list = reader.readCsv("tides-list.csv", """
                Board on Tides - Resumed thirty-second session (Lima, 4 May 2026),,
                Participant,Function,Delegation
                Ms. Rosa Quispe,Head of Delegation,Peru
                """);
        assertThat(list.delegates()).extracting(Delegate::meetingSymbol).containsExactly("Board on Tides, session 32");
    }

    @Test
    void aRegistrationDateIsTheCheckInOnlyWhereNoOtherColumnIs() {
        ParticipantList alone = reader.readCsv("TB-19_4-a.csv", """
                Country,Name,Registered on
                Peru,Ms. Rosa Quispe,2026-05-04
                Chile,Mr. Juan Soto,
                """);
        ParticipantList beside = reader.readCsv("TB-19_4-b.csv", """
                Country,Name,Registered on,Asistencia confirmada
                Peru,Ms. Rosa Quispe,2026-05-04,No
                """);
        assertThat(alone.delegates()).extracting(Delegate::checkedIn).containsExactly(true, false);
        assertThat(beside.delegates()).extracting(Delegate::checkedIn).containsExactly(false);
    }

    @Test
    void speakersNamedWithTheirDelegationInFrenchInBracketsAndUnlistedOrganisationsByTheirName() {
        StatementsFile file = statements.read("TB-19_4_orateurs.csv", """
                Séance;Orateur;Résumé
                2e séance;Mme Léa Morel (Brésil);La représentante a appuyé le texte.
                2e séance;M. Paul Roy (Suisse (observateur));Le représentant a demandé un report.
                3e séance;Tidewater Research Foundation;La fondation a salué le rapport.
                3e séance;Délégation à confirmer;Texte.
                3e séance;Mme Ida Berg (Réseau pour les marées);Texte.
                """);
        assertThat(file.statements()).extracting(s -> s.speaker().code() + "|" + s.speaker().name())
                .containsExactly("BRA|Brazil", "CHE|Switzerland", "|Tidewater Research Foundation",
                        "|Réseau pour les marées");
        assertThat(file.findings()).extracting(Finding::location).containsExactly("line 5");
    }

    @Test
    void organisationsNamedAsSuchAreKeptAndPlaceholdersAreNot() {
        ParticipantList list = reader.readCsv("TB-19_4_x.csv", """
                Peru,Ms.,Rosa Quispe,Adviser
                Tidewater Research Foundation,Mr.,Ian Moss,Director
                Youth Major Group on Tides,Ms.,Eva Lind,Delegate
                Delegation pending,Mr.,Ivo Ban,Delegate
                XXX,Ms.,Ada Noor,Delegate
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().type() + " " + d.entity().name())
                .containsExactly("MEMBER_STATE Peru", "NGO Tidewater Research Foundation",
                        "NGO Youth Major Group on Tides");
        assertThat(list.findings()).extracting(Finding::location).containsExactly("line 4", "line 5");
    }

    @Test
    void honorificsAfterATitleOfOfficeAndADelegationInBracketsOnALine() {
        assertThat(Gender.fromHonorific(Gender.leadingHonorific("Excma. Sra. Luz ROJAS"))).isEqualTo(Gender.WOMAN);
        assertThat(Gender.fromHonorific(Gender.leadingHonorific("S.E. le Monsieur Paul ROY"))).isEqualTo(Gender.MAN);
        assertThat(Gender.leadingHonorific("M. Paul ROY")).isEmpty();
        ParticipantList list = reader.readCsv("TB-19_4-lines.csv", """
                "Excma. Sra. Luz ROJAS (Colombia), Viceministra, Jefa de delegación"
                "Mr. Omar Idris (Sudan), Counsellor"
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender() + " "
                        + d.headOfDelegation())
                .containsExactly("COL Excma. Sra. Luz ROJAS WOMAN true", "SDN Mr. Omar Idris MAN false");
    }

    @Test
    void aPrintedFrenchListCutAtItsCommasUnderHeadingsOfOneCell() {
        ParticipantList list = reader.readCsv("TB-19_4-liste.csv", """
                LISTE DES PARTICIPANTS
                ALGÉRIE
                M. Karim BENALI, Ministre conseiller, Chef de délégation
                Mme Lina HADDAD, Conseillère
                Fondation pour les marées
                Mme Inès ROUX, Directrice
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.entity().name() + " " + d.gender()
                        + " " + d.headOfDelegation())
                .containsExactly("DZA|Algeria MAN true", "DZA|Algeria WOMAN false",
                        "|Fondation pour les marées WOMAN false");
    }

    @Test
    void headingsWithDelegationOfAnArticleOrTheQualifierFirst() {
        ParticipantList list = reader.readCsv("TB-19_4-encabezados.csv", """
                REPÚBLICA BOLIVARIANA DE VENEZUELA;;
                Sra.;Elena MORA;Embajadora
                Delegación de México;;
                Sr.;Luis CANO;Consejero
                LOS PAÍSES BAJOS;;
                Sra.;Ida VOS;Asesora
                Delegation of the Plurinational State of Bolivia;;
                Sr.;Evo QUISPE;Ministro
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(codes(list)).containsExactly("VEN", "MEX", "NLD", "BOL");
    }

    @Test
    void aPersonWrittenOnOneLineUnderAHeaderOfColumns() {
        ParticipantList list = reader.readCsv("TB-19_4-quoted.csv", """
                Name,Position,Delegation
                "Ms. Aino Virta, Counsellor, Finland"
                Mr. Ole Dahl,Adviser,Denmark
                """);
        // counted from its pieces, and reported: the row's cells were typed into one
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly("line 2 MALFORMED_ROW");
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.position())
                .containsExactly("FIN Ms. Aino Virta Counsellor", "DNK Mr. Ole Dahl Adviser");
    }

    static List<String> codes(ParticipantList list) {
        return list.delegates().stream().map(d -> d.entity().code()).toList();
    }

    @Test
    void anIsoDateIsACheckInAndAnEmailAddressNeverAPositionInAListWithoutAHeader() {
        ParticipantList list = reader.readCsv("TB-19_4-desk.csv", """
                Ms. Kari Nordby;Norway;kari.nordby@tides.example;2025-05-05
                Mr. Luis Quispe;Peru;l.quispe@tides.example;2025-05-06
                Ms. Rosa Soto;Chile;rsoto@tides.example;No
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.position() + "|" + d.checkedIn())
                .containsExactly("NOR||true", "PER||true", "CHL||false");
    }

    @Test
    void aDoubleBarrelledNameWithAnUnspacedDashIsOneNameOnALine() {
        assertThat(OneLinePersons.pieces("Ms. Nadia Diallo\u2013Ferrante \u2013 Adviser \u2014 Senegal"))
                .containsExactly("Ms. Nadia Diallo\u2013Ferrante", "Adviser", "Senegal");
        ParticipantList list = reader.readCsv("TB-19_4-one.csv", """
                "Ms. Nadia Diallo\u2013Ferrante, Adviser, Senegal"
                "Mr. Omar Idris\u2014Counsellor\u2014Sudan"
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.lastName() + "|" + d.position())
                .containsExactly("SEN|Ms. Nadia Diallo\u2013Ferrante|Adviser", "SDN|Mr. Omar Idris|Counsellor");
    }
}
