package org.rapporteur.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapporteur.reference.Entity;

/**
 * The chapters of a synthetic report as blocks: front page (final reports), introduction with the body's earlier
 * meetings (their own dates and places, a trap for the parser), recommendations, summary of deliberations,
 * organization of the meeting (opening, statements, agenda, attendance, documentation) and adoption.
 */
final class ReportText {

    private final BodyKind kind;
    private final String name;
    private final String symbol;
    private final int session;
    private final boolean draft;
    private final ReportGenerator.Sittings sittings;
    private final Cast cast;
    private final Random random;
    private final List<Entity> states;
    private final String body;
    private final String unit;
    private final List<Block> blocks = new ArrayList<>();
    private int paragraph;

    ReportText(BodyKind kind, String name, String symbol, int session, boolean draft,
               ReportGenerator.Sittings sittings, Cast cast, Random random, List<Entity> states) {
        this.kind = kind;
        this.name = name;
        this.symbol = symbol;
        this.session = session;
        this.draft = draft;
        this.sittings = sittings;
        this.cast = cast;
        this.random = random;
        this.states = states;
        this.body = "the " + kind.shortName();
        this.unit = kind.unit();
    }

    List<Block> blocks() {
        frontPage();
        introduction();
        recommendations();
        List<String> items = deliberations();
        organization(items);
        chapter("V", "Adoption of the report");
        para("At its " + Words.sittingOrdinal(lastSitting(items)) + " meeting, on " + Words.date(sittings.end())
                + ", " + body + " adopted its report.");
        return blocks;
    }

    private void frontPage() {
        String venue = venue();
        front("United Nations\t" + symbol);
        front(draft ? "Distr.: Limited" : "Distr.: General");
        front(Words.date(sittings.end().plusDays(10)));
        front("Original: English");
        if (kind == BodyKind.WORKING_GROUP) {
            front("Conference of the Parties to the United Nations Convention against Transnational Organized Crime");
        }
        front(name);
        front(venue + ", " + Words.range(sittings.start(), sittings.end(), "–"));
        front("Report on the " + Words.ordinal(session) + " " + unit + " of the " + name + " held in " + venue
                + " " + Words.fromTo(sittings.start(), sittings.end()));
    }

    private String venue() {
        return kind == BodyKind.AD_HOC_COMMITTEE ? "New York" : "Vienna";
    }

    private void introduction() {
        chapter("I", "Introduction");
        para(switch (kind) {
            case EXPERT_GROUP -> "In its resolution 65/230, the General Assembly requested the Commission on Crime "
                    + "Prevention and Criminal Justice to establish an open-ended intergovernmental expert group to "
                    + "conduct a comprehensive study of the problem and of the responses to it by Member States, the "
                    + "international community and the private sector, including the exchange of information on "
                    + "national legislation, best practices, technical assistance and international cooperation.";
            case WORKING_GROUP -> "In its decision 5/4, the Conference of the Parties to the United Nations "
                    + "Convention against Transnational Organized Crime decided to establish an open-ended "
                    + "intergovernmental working group to advise and assist it in the implementation of its mandate "
                    + "with regard to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, "
                    + "Their Parts and Components and Ammunition.";
            case AD_HOC_COMMITTEE -> "In its resolution 74/247, the General Assembly decided to establish an "
                    + "open-ended ad hoc intergovernmental committee of experts, representative of all regions, to "
                    + "elaborate a comprehensive international convention, taking into full consideration existing "
                    + "international instruments and efforts at the national, regional and international levels.";
        });
        para("In the same decision, " + body + " was requested to hold periodic " + unit + "s and to function as "
                + "the platform for further discussion on substantive issues, keeping pace with evolving trends, and "
                + "to continue to exchange information on national legislation, best practices, technical assistance "
                + "and international cooperation, with a view to examining options to strengthen existing responses "
                + "and to propose new national and international legal or other responses. The secretariat was "
                + "requested to report on the implementation of the mandate at the next session of the governing "
                + "body, and Member States were invited to provide extrabudgetary resources for that purpose.");
        for (int earlier = Math.max(1, session - 3); earlier < session; earlier++) {
            int year = 1985 + earlier;
            para("The " + Words.ordinal(earlier) + " " + unit + " of " + body + " was held in " + venue() + " from "
                    + (3 + earlier % 9) + " to " + (6 + earlier % 9) + " " + Words.month(1 + earlier % 12) + " "
                    + year + ". At that " + unit + ", " + body + " exchanged information on national legislation, "
                    + "best practices, technical assistance and international cooperation.");
        }
        para("The dates of the present " + unit + " were decided by the extended Bureau and confirmed at its "
                + "meeting held " + (10 + random.nextInt(50)) + " days before the opening.");
    }

    private void recommendations() {
        chapter("II", "Recommendations");
        Deliberations text = new Deliberations(kind, random, names());
        para("The " + kind.shortName() + " recommended that States continue to share information on good practices. "
                + text.paragraph());
        para(draft ? "A compilation of the suggestions and recommendations is listed as: […]" : text.paragraph());
    }

    /** The summary of deliberations; returns the agenda items discussed. */
    private List<String> deliberations() {
        chapter("III", "Summary of deliberations");
        List<String> topics = new ArrayList<>(kind.agendaItems());
        java.util.Collections.shuffle(topics, random);
        List<String> items = topics.subList(0, 2 + random.nextInt(2));
        Deliberations text = new Deliberations(kind, random, names());
        for (int i = 0; i < items.size(); i++) {
            section(String.valueOf((char) ('A' + i)), items.get(i));
            int first = 2 + 2 * i;
            String sittingsText = Words.sittingOrdinal(first) + " and " + Words.sittingOrdinal(first + 1);
            String days = Words.days(sittings.of(first), sittings.of(first + 1));
            para("At its " + (draft ? "[" + sittingsText + "]" : sittingsText) + " meetings, on "
                    + (draft ? "[" + days + "]" : days) + " " + Words.monthYear(sittings.of(first + 1)) + ", " + body
                    + " considered agenda item " + (i + 2) + ", entitled “" + items.get(i) + "”.");
            if (random.nextBoolean()) {
                para("The discussion was facilitated by the following panellists: " + panellists() + ".");
            }
            int discussion = 8 + random.nextInt(4);
            for (int p = 0; p < discussion; p++) {
                para(text.paragraph());
            }
        }
        return items;
    }

    private String panellists() {
        List<String> people = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            Cast.Person person = Cast.person(random, states.get(random.nextInt(states.size())));
            people.add(person.name() + " (" + person.state().name() + ")");
        }
        return String.join("; ", people.subList(0, count - 1)) + "; and " + people.get(count - 1);
    }

    private void organization(List<String> items) {
        chapter("IV", "Organization of the " + unit);
        section("A", "Opening of the " + unit);
        Cast.Person chair = cast.chair();
        String chairName = chair.name() + " (" + chair.state().name() + ")";
        para(switch (kind) {
            case EXPERT_GROUP -> "The meeting was opened by " + chairName + ", Vice-Chair of the Expert Group, in "
                    + (chair.female() ? "her" : "his") + " role as Chair of the " + Words.ordinal(session)
                    + " meeting of the Expert Group." + (draft ? " At the opening of the meeting, statements were "
                    + "made by representatives of […]." : "");
            case WORKING_GROUP -> "The meeting was opened by the Chair of the Working Group, " + chairName
                    + ". The present report covers the " + Words.ordinal(session) + " meeting of the Working Group.";
            case AD_HOC_COMMITTEE -> "The " + Words.ordinal(session) + " session of the Ad Hoc Committee was held "
                    + "under the chairmanship of " + chairName + ".";
        });
        section("B", "Statements");
        new Statements(kind, cast, blocks::add, () -> ++paragraph).write();
        section("C", "Adoption of the agenda and organization of work");
        para("At its 1st meeting, on " + Words.date(sittings.start()) + ", " + body + " adopted the following agenda:");
        item(1, "1.", "Organizational matters:");
        item(2, "(a)", "Opening of the " + unit + ";");
        item(2, "(b)", "Adoption of the agenda and organization of work.");
        for (int i = 0; i < items.size(); i++) {
            item(1, (i + 2) + ".", items.get(i) + ".");
        }
        item(1, (items.size() + 2) + ".", "Other matters.");
        item(1, (items.size() + 3) + ".", "Adoption of the report.");
        section("D", "Attendance");
        new Statements(kind, cast, blocks::add, () -> ++paragraph).attendance(random);
        section("E", "Documentation");
        para("The " + kind.shortName() + " had before it the following documents:");
        item(1, "(a)", "Provisional agenda and annotations (" + symbol.substring(0, symbol.lastIndexOf('/')) + "/1);");
        item(1, "(b)", "Background paper prepared by the Secretariat on " + items.get(0).toLowerCase(java.util.Locale.ROOT)
                + ".");
    }

    private int lastSitting(List<String> items) {
        return 2 + 2 * items.size();
    }

    private List<String> names() {
        return states.stream().map(Entity::name).toList();
    }

    private void front(String text) {
        blocks.add(new Block.FrontLine(text));
    }

    private void chapter(String number, String title) {
        blocks.add(new Block.Chapter(number, title));
    }

    private void section(String letter, String title) {
        blocks.add(new Block.Section(letter, title));
    }

    private void para(String text) {
        blocks.add(new Block.Para(++paragraph, text));
    }

    private void item(int depth, String label, String text) {
        blocks.add(new Block.Item(depth, label, text));
    }
}
