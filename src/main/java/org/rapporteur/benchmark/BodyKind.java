package org.rapporteur.benchmark;

import java.util.List;

/**
 * The three series of bodies the synthetic reports come from, each with its own symbols, words and forms: the
 * Expert Group on Cybercrime and its siblings under the Crime Commission (attendance as counts), working groups of the
 * Conference of the Parties to the Organized Crime Convention (attendance as lists of States parties), and General
 * Assembly ad hoc committees (sessions rather than meetings).
 */
enum BodyKind {

    EXPERT_GROUP("UNODC/CCPCJ/EG.", 4, "Expert Group", "meeting", List.of("Expert Group on Cybercrime",
            "Expert Group on Crime Prevention", "Expert Group on Money-Laundering", "Expert Group on Prison Reform"),
            List.of("Law enforcement and investigations", "Electronic evidence and criminal justice",
                    "International cooperation", "Prevention", "Legislation and frameworks", "Criminalization")),
    WORKING_GROUP("CTOC/COP/WG.", 6, "Working Group", "meeting", List.of("Working Group on Firearms",
            "Working Group on Trafficking in Persons", "Working Group on the Smuggling of Migrants",
            "Working Group on International Cooperation"),
            List.of("Criminal justice responses to the illicit manufacturing of firearms",
                    "International cooperation in tracing", "Marking and record-keeping",
                    "Prevention of diversion", "Technical assistance to States parties")),
    AD_HOC_COMMITTEE("A/AC.", 291, "Ad Hoc Committee", "session", List.of(
            "Ad Hoc Committee to Elaborate a Comprehensive International Convention on Countering the Use of "
                    + "Information and Communications Technologies for Criminal Purposes",
            "Ad Hoc Committee on International Cooperation in Tax Matters",
            "Ad Hoc Committee on the Protection of Critical Infrastructure"),
            List.of("Provisions on criminalization", "General provisions", "Procedural measures and law enforcement",
                    "International cooperation", "Technical assistance", "Preventive measures"));

    private final String symbolPrefix;
    private final int firstNumber;
    private final String shortName;
    private final String unit;
    private final List<String> names;
    private final List<String> agendaItems;

    BodyKind(String symbolPrefix, int firstNumber, String shortName, String unit, List<String> names,
             List<String> agendaItems) {
        this.symbolPrefix = symbolPrefix;
        this.firstNumber = firstNumber;
        this.shortName = shortName;
        this.unit = unit;
        this.names = names;
        this.agendaItems = agendaItems;
    }

    /** The series symbol of the {@code k}-th body of this kind: UNODC/CCPCJ/EG.4, EG.5, …; A/AC.291, A/AC.292, …. */
    String series(int k) {
        return symbolPrefix + (firstNumber + k);
    }

    String name(int k) {
        return names.get(k % names.size());
    }

    /** "Expert Group", as the text refers to the body ("the Expert Group adopted …"). */
    String shortName() {
        return shortName;
    }

    /** "meeting" or "session". */
    String unit() {
        return unit;
    }

    List<String> agendaItems() {
        return agendaItems;
    }

    /** The report's symbol: the year and a number for the crime bodies, a number alone for the General Assembly's. */
    String symbol(String series, int session, int year, boolean draft) {
        if (this == AD_HOC_COMMITTEE) {
            return series + "/" + (draft ? "L." + session : String.valueOf(3 * session + 1));
        }
        return series + "/" + year + "/" + (draft ? "L.1" : this == WORKING_GROUP ? "4" : "2");
    }
}
