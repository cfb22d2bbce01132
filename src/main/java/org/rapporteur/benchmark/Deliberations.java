package org.rapporteur.benchmark;

import java.util.List;
import java.util.Random;

/**
 * The summary of deliberations of a synthetic report: paragraphs of the secretariat's paraphrase ("Many speakers were
 * of the opinion that …"), built from quantifiers, reporting verbs and views on the topics of the body's kind, with
 * States, years and programmes drawn at random so that sentences rarely repeat word for word across an archive.
 */
final class Deliberations {

    private static final List<String> QUANTIFIERS = List.of("Many speakers", "Some speakers", "Several speakers",
            "A number of speakers", "Most speakers", "A few speakers", "Many delegations", "Other speakers",
            "One speaker", "Some delegations");
    private static final List<String> VERBS = List.of("were of the opinion that", "noted that", "stressed that",
            "emphasized that", "expressed the view that", "highlighted that", "underlined that", "pointed out that",
            "considered that", "observed that");
    private static final List<String> IMPERSONAL = List.of("There was general agreement that",
            "The view was expressed that", "It was highlighted that", "It was noted that", "Speakers agreed that");

    private static final List<String> CYBER_VIEWS = List.of(
            "a new global comprehensive legal instrument on cybercrime was not needed",
            "a new legal instrument on cybercrime within the framework of the United Nations was needed",
            "the Budapest Convention provided an effective framework for international cooperation",
            "the Budapest Convention was a regional instrument whose accession process was closed",
            "the United Nations Convention against Transnational Organized Crime was relevant to fighting cybercrime",
            "capacity-building and technical assistance were essential for developing countries",
            "cooperation with the private sector, in particular service providers, was indispensable",
            "human rights safeguards had to be respected in every investigation",
            "data retention periods varied widely and complicated the preservation of evidence",
            "24/7 networks facilitated the expedited preservation of stored computer data",
            "mutual legal assistance procedures were too slow for volatile electronic evidence",
            "it was premature to negotiate a new instrument before the workplan had been completed");
    private static final List<String> FIREARMS_VIEWS = List.of(
            "the Firearms Protocol adequately covered privately made firearms",
            "technical guidance on the regulation of three-dimensional printed firearms was needed",
            "timely replies to tracing requests were essential",
            "the marking of firearms at the time of import should be strengthened",
            "records of firearms should be kept for not less than twenty years",
            "the lack of designated national contact points delayed cooperation",
            "regional organizations could facilitate the exchange of information on seizures",
            "deactivated firearms posed a growing risk of reactivation",
            "technical assistance in the drafting of legislation should continue upon request");
    private static final List<String> COMMITTEE_VIEWS = List.of(
            "the scope of the draft convention should be limited to cyber-dependent crimes",
            "the draft convention should also cover cyber-enabled crimes",
            "strong human rights safeguards had to be included in the chapter on procedural measures",
            "the provisions on international cooperation should build on existing instruments",
            "a mechanism for technical assistance should be established under the convention",
            "the draft text should be adopted by consensus",
            "the definition of electronic evidence required further study",
            "the criminalization provisions should be technology-neutral");
    private static final List<String> PRACTICES = List.of("specialized cybercrime units", "a national registry",
            "joint investigation teams", "training for judges and prosecutors", "a single point of contact",
            "an electronic case management system", "amendments to its criminal procedure code",
            "a public awareness campaign", "a task force on online fraud", "forensic laboratories");
    private static final List<String> ORGANIZATIONS = List.of("the International Criminal Police Organization",
            "the Council of Europe", "the Organization of American States", "the African Union",
            "the Organization for Security and Co-operation in Europe", "the World Customs Organization",
            "the European Union", "the League of Arab States");

    private final BodyKind kind;
    private final Random random;
    private final List<String> states;

    /** @param states names of States that may be cited as examples of national practice */
    Deliberations(BodyKind kind, Random random, List<String> states) {
        this.kind = kind;
        this.random = random;
        this.states = states;
    }

    /** A paragraph of two to four sentences. */
    String paragraph() {
        int sentences = 2 + random.nextInt(3);
        StringBuilder text = new StringBuilder(600);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(sentence());
        }
        return text.toString();
    }

    private String sentence() {
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> pick(QUANTIFIERS) + " " + pick(VERBS) + " " + view() + ".";
            case 3 -> pick(IMPERSONAL) + " " + view() + ".";
            case 4 -> "Speakers shared national experiences, including " + pick(PRACTICES) + " established in "
                    + pick(states) + " in " + (1995 + random.nextInt(28)) + " and " + pick(PRACTICES)
                    + " introduced in " + pick(states) + ".";
            default -> "Reference was made to the work of " + pick(ORGANIZATIONS) + " and of "
                    + pick(ORGANIZATIONS) + " in support of " + (random.nextInt(40) + 3)
                    + " projects of technical assistance in the region of " + pick(states) + ".";
        };
    }

    private String view() {
        List<String> views = switch (kind) {
            case EXPERT_GROUP -> CYBER_VIEWS;
            case WORKING_GROUP -> FIREARMS_VIEWS;
            case AD_HOC_COMMITTEE -> COMMITTEE_VIEWS;
        };
        String view = pick(views);
        return random.nextInt(3) == 0 ? view + ", as the experience of " + pick(states) + " had shown" : view;
    }

    private String pick(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
