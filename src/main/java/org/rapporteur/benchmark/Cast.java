package org.rapporteur.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.rapporteur.reference.Entity;

/**
 * Who took part in a synthetic meeting: the Chair, the States that spoke (in speaking order), the Member States
 * attending, and the extras a report may mention (a statement on behalf of a group, one for the European Union, the
 * observer for the State of Palestine, a State listed twice by mistake).
 *
 * @param parties     the States parties listed as attending (lists-by-category form), else empty
 * @param attending   the Member States attending: the count the report gives, or the number of parties listed
 * @param speakers    the States in the statements list, in speaking order, each once
 * @param duplicate   a State of {@code speakers} listed a second time at the end of the list, or null
 * @param group       the group the first speaker spoke for ("Group of 77 and China"), or null
 * @param euSpeaker   the State whose representative spoke for the European Union, or null
 * @param palestine   whether the observer for the State of Palestine made a statement
 */
record Cast(Person chair, List<Entity> parties, int attending, List<Entity> speakers, Entity duplicate, String group,
            Entity euSpeaker, boolean palestine) {

    /** A person named in a report with the State they come from. */
    record Person(String name, Entity state, boolean female) {
    }

    private static final List<String> FIRST = List.of("Ana Lucía", "Tomasz", "Kwame", "Emina", "Rahul", "Claire",
            "Hernán", "Sanja", "Thabo", "Elif", "Jean-Baptiste", "María José", "Olena", "Kenji", "Amina", "Lars",
            "Fatima", "Ivan", "Mei Ling", "Oluwaseun", "Nadia", "Pedro", "Ingrid", "Youssef", "Chidi", "Astrid");
    private static final List<String> LAST = List.of("Ferreyra", "Nowicki", "Asante-Mensah", "Hadžić", "Venkataraman",
            "Dubois-Martin", "Echeverría Solís", "Kovačević", "Mokoena", "Yıldırım", "Kouassi", "Castro Villalobos",
            "Shevchenko", "Tanaka", "Diallo", "Lindqvist", "El Amrani", "Petrov", "Wong", "Adeyemi", "Haddad",
            "Verdelho", "Johansen", "Benali", "Okafor", "van der Berg");
    private static final List<String> GROUPS = List.of("Group of 77 and China", "Group of African States",
            "Group of Latin American and Caribbean States");

    static Cast draw(Random random, BodyKind kind, List<Entity> memberStates) {
        List<Entity> shuffled = new ArrayList<>(memberStates);
        Collections.shuffle(shuffled, random);
        int speaking = 8 + random.nextInt(33);
        List<Entity> speakers = List.copyOf(shuffled.subList(0, speaking));
        List<Entity> parties = List.of();
        int attending;
        if (kind == BodyKind.WORKING_GROUP) {
            List<Entity> listed = new ArrayList<>(shuffled.subList(0, speaking + 5 + random.nextInt(90)));
            listed.sort(Comparator.comparing(Entity::name));
            parties = List.copyOf(listed);
            attending = parties.size();
        } else {
            attending = speaking + 5 + random.nextInt(120);
        }
        Entity duplicate = random.nextInt(4) == 0 ? speakers.get(random.nextInt(speakers.size() - 1)) : null;
        String group = kind != BodyKind.WORKING_GROUP && random.nextInt(3) == 0
                ? GROUPS.get(random.nextInt(GROUPS.size())) : null;
        Entity eu = kind == BodyKind.EXPERT_GROUP && random.nextInt(2) == 0 ? shuffled.get(speaking) : null;
        boolean palestine = kind != BodyKind.WORKING_GROUP && random.nextInt(4) == 0;
        Person chair = person(random, shuffled.get(speaking + 1 + random.nextInt(40)));
        return new Cast(chair, parties, attending, speakers, duplicate, group, eu, palestine);
    }

    static Person person(Random random, Entity state) {
        int first = random.nextInt(FIRST.size());
        return new Person(FIRST.get(first) + " " + LAST.get(random.nextInt(LAST.size())), state, first % 2 == 0);
    }

    /**
     * The codes of the States that made statements: the list's, the State that spoke for the European Union (a
     * statement on behalf of others is still that State's), and the State of Palestine.
     */
    List<String> speakerCodes() {
        List<String> codes = new ArrayList<>(speakers.stream().map(Entity::code).toList());
        if (euSpeaker != null) {
            codes.add(euSpeaker.code());
        }
        if (palestine) {
            codes.add("PSE");
        }
        return codes;
    }
}
