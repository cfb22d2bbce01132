package org.rapporteur.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.rapporteur.reference.Entity;

/** The statements and attendance paragraphs of a synthetic report, in the form its body's kind uses. */
final class Statements {

    private final BodyKind kind;
    private final Cast cast;
    private final Consumer<Block> sink;
    private final IntSupplier nextParagraph;

    Statements(BodyKind kind, Cast cast, Consumer<Block> sink, IntSupplier nextParagraph) {
        this.kind = kind;
        this.cast = cast;
        this.sink = sink;
        this.nextParagraph = nextParagraph;
    }

    void write() {
        List<String> names = new ArrayList<>(cast.speakers().stream().map(Entity::name).toList());
        if (cast.group() != null) {
            names.set(0, names.get(0) + " (on behalf of the " + cast.group() + ")");
        }
        if (cast.duplicate() != null) {
            names.add(cast.duplicate().name());
        }
        String list = series(names);
        para(switch (kind) {
            case EXPERT_GROUP -> "Statements were made by experts of the following States: " + list + ".";
            case WORKING_GROUP -> "In the general discussion, statements were made by the representatives of " + list
                    + ".";
            case AD_HOC_COMMITTEE -> "Statements were made by the representatives of the following Member States: "
                    + list + ".";
        });
        if (cast.euSpeaker() != null) {
            para("A statement was made by the representative of " + cast.euSpeaker().name() + " on behalf of the "
                    + "States Members of the United Nations that are members of the European Union.");
        } else if (kind == BodyKind.WORKING_GROUP) {
            para("The representative of the European Union also made a statement.");
        }
        if (cast.palestine()) {
            para("A statement was made by the observer for the State of Palestine.");
        }
        para(kind == BodyKind.WORKING_GROUP
                ? "Statements were made by the observers for the International Criminal Police Organization and the "
                + "World Customs Organization."
                : "Statements were also made by representatives of the following intergovernmental organizations: "
                + "Council of Europe and International Criminal Police Organization.");
    }

    void attendance(Random random) {
        boolean words = random.nextBoolean();
        switch (kind) {
            case EXPERT_GROUP -> para("The meeting was attended by representatives of "
                    + Words.count(cast.attending(), words) + " Member States, an observer State, "
                    + (random.nextBoolean() ? "a United Nations Secretariat unit" : "two United Nations Secretariat units")
                    + ", " + Words.count(2 + random.nextInt(9), words) + " intergovernmental organizations and "
                    + Words.count(2 + random.nextInt(30), !words) + " institutions from academia and the private sector.");
            case WORKING_GROUP -> {
                para("The following States parties to the Convention were represented at the meeting: "
                        + series(cast.parties().stream().map(Entity::name).toList()) + ".");
                para("The European Union, a regional economic integration organization that is a party to the "
                        + "Convention, was represented at the meeting.");
                para("The following non-member State was represented by an observer: Holy See.");
                para("The following intergovernmental organizations were represented by observers: International "
                        + "Criminal Police Organization, World Customs Organization and Organization for Security and "
                        + "Co-operation in Europe.");
            }
            case AD_HOC_COMMITTEE -> para("The session was attended by representatives of "
                    + Words.count(cast.attending(), words) + " Member States, "
                    + Words.count(2 + random.nextInt(2), words) + " observer States, "
                    + Words.count(3 + random.nextInt(20), words) + " intergovernmental organizations and "
                    + Words.count(5 + random.nextInt(60), !words) + " non-governmental organizations.");
        }
    }

    /** "A, B and C". */
    static String series(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private void para(String text) {
        sink.accept(new Block.Para(nextParagraph.getAsInt(), text));
    }
}
