package org.rapporteur.participants;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.participants.Columns.Column;

/** The columns a header names by a word inside a longer text, where no header names them exactly ({@link Columns}). */
final class HeaderWords {

    private HeaderWords() {
    }

    /**
     * The words that name a column inside a longer header ("Party/Organization", "Title / Position", "Badge pickup",
     * "Summary of statement", "Reunión"), tried only for the columns no header names exactly, from the most specific
     * column to the most general, and only in a row where some header is named exactly (so that a row of values, "State
     * of Palestine", "First Secretary", is not read as a header). A header goes to the first column one of its words names, or to none: "Jefe/a de
     * delegación" is the head of delegation, never the delegation; "Title / Position" is a position, as the honorific
     * column is never recognised by the ambiguous "title" alone.
     */
    private static final List<Map.Entry<Column, Set<String>>> WORDS = List.of(
            Map.entry(Column.GENDER, Set.of("gender", "sex", "sexe", "sexo", "genre", "genero", "geschlecht")),
            Map.entry(Column.HEAD, Set.of("hod", "head", "heads", "chef", "cheffe", "jefe", "jefa")),
            Map.entry(Column.DELEGATION_TYPE, Set.of("type", "category", "categorie", "categoria")),
            Map.entry(Column.CHECKED_IN, Set.of("badge", "badges", "checkin", "checked", "attended",
                    "attendance", "pickup", "collected", "retire", "recogida", "recogido", "present", "retirada",
                    "retirado", "remis", "remise", "entregada", "entregado", "signed", "issued", "pointage", "pointe",
                    "pointes", "emargement", "asistencia", "presencia", "presence")),
            Map.entry(Column.MEETING, Set.of("meeting", "reunion", "symbol", "cote", "simbolo")),
            Map.entry(Column.TEXT, Set.of("statement", "statements", "summary", "text", "content",
                    "declaration", "intervention", "resume", "resumen")),
            Map.entry(Column.SPEAKER, Set.of("speaker", "orateur", "oradora", "orador")),
            Map.entry(Column.TITLE, Set.of("salutation", "honorific", "civilite", "civility", "tratamiento", "trat",
                    "prefix", "courtesy")),
            Map.entry(Column.FIRST_NAME, Set.of("first", "given", "forename", "forenames", "prenom",
                    "prenoms")),
            Map.entry(Column.LAST_NAME, Set.of("surname", "family", "apellido", "apellidos")),
            Map.entry(Column.POSITION, Set.of("position", "function", "fonction", "cargo", "job",
                    "designation")),
            Map.entry(Column.DELEGATION, Set.of("delegation", "delegacion", "country", "countries", "pays",
                    "pais", "party", "parties", "state", "organization", "organisation", "organizacion", "entity")));

    /** Words that, with a word for the delegation, name a person's role in it ("Role in delegation"): the head column. */
    private static final Set<String> ROLE = Set.of("role", "roles", "function", "fonction", "funcion", "status",
            "statut", "rol", "papel", "capacity", "qualite");
    private static final Set<String> DELEGATION_WORDS = Set.of("delegation", "delegacion", "del");

    /**
     * A header that is the check-in only where no other names one: an "Accreditation" ("Acreditación": Sí / No) is
     * the badge handed over in some systems, the registration's approval in others ("Accreditation status": Approved,
     * beside a "Badge status"). So is the date a person "Registered on", where the list has nothing else: registration
     * on site is then the only mark of having come, also under a header of that word alone ("Registered",
     * "Inscrit", "Registrado"), where only a date is a check-in: a yes there may be a registration made online
     * beforehand ({@link #registrationAlone}).
     */
    private static final Set<String> CHECK_IN_LAST = Set.of("accreditation", "acreditacion", "accreditationcollected",
            "registeredon", "registeredat", "registered", "inscrit", "inscrite", "inscrits", "registrado",
            "registrada", "inscrito", "inscrita", "dateinscription", "fechaderegistro", "registrationdate", "dateregistered", "dateofregistration",
            "accreditedon", "accrediteele", "accreditele", "acreditadoel", "acreditadael", "fechadeacreditacion");

    /** A header that is a registration word alone: its cells say a check-in by a date only. */
    private static final Set<String> REGISTRATION_ALONE = Set.of("registered", "inscrit", "inscrite", "inscrits",
            "registrado", "registrada", "inscrito", "inscrita");

    /** Whether the check-in column's header is a registration word alone ("Registered"). */
    static boolean registrationAlone(String header) {
        return REGISTRATION_ALONE.contains(Columns.key(header));
    }

    static void byWords(List<String> header, Map<Column, Integer> index, Set<Integer> taken) {
        byWordsOnly(header, index, taken);
        for (int i = 0; i < header.size() && !index.containsKey(Column.CHECKED_IN); i++) {
            // a header with a date in it ("Registered 03/07") is one day of a sign-in sheet, not the check-in
            if (!taken.contains(i) && CHECK_IN_LAST.contains(Columns.key(header.get(i)))
                    && !header.get(i).matches("(?s).*\\d.*")) {
                index.put(Column.CHECKED_IN, i);
                taken.add(i);
            }
        }
    }

    private static void byWordsOnly(List<String> header, Map<Column, Integer> index, Set<Integer> taken) {
        for (int i = 0; i < header.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            Set<String> words = words(header.get(i));
            if (!index.containsKey(Column.HEAD) && words.stream().anyMatch(ROLE::contains)
                    && words.stream().anyMatch(DELEGATION_WORDS::contains)) {
                index.put(Column.HEAD, i);
                taken.add(i);
                continue;
            }
            for (Map.Entry<Column, Set<String>> entry : WORDS) {
                if (words.stream().anyMatch(entry.getValue()::contains)) {
                    if (!index.containsKey(entry.getKey())) {
                        index.put(entry.getKey(), i);
                        taken.add(i);
                    }
                    break;
                }
            }
        }
    }

    private static Set<String> words(String header) {
        Set<String> words = new HashSet<>();
        for (String word : Columns.folded(header).replace("check-in", "checkin")
                .replace("check in", "checkin").split("[^a-z]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
