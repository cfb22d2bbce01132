package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapporteur.quality.Finding;

/**
 * Who spoke and who led, sentence by sentence: statement lists ({@link StatementLists}), speakers named in running
 * text ({@link NamedSpeakers}), panellists and officers ({@link OfficersAndPanellists}); one statement per speaker,
 * group spoken for and paragraph.
 */
final class ParticipantExtractor {

    private final EntityNames names;
    private final StatementLists lists;
    private final NamedSpeakers speakers;
    private final OfficersAndPanellists people;
    private final PanellistsByTitle titled;
    private final OfficersWithoutCountry withoutCountry;
    private final FollowedBy followedBy;
    private final SpeakersByName byName;

    /** @param sessionNumber the session the report is about, or null: officers of other sessions are left out */
    ParticipantExtractor(EntityNames names, List<Finding> findings, Integer sessionNumber, Integer year) {
        this.names = names;
        this.lists = new StatementLists(names, findings);
        this.speakers = new NamedSpeakers(names);
        this.people = new OfficersAndPanellists(names, findings, sessionNumber, year);
        this.titled = new PanellistsByTitle(names);
        this.withoutCountry = new OfficersWithoutCountry(names);
        this.followedBy = new FollowedBy(names);
        this.byName = new SpeakersByName(names::resolve);
    }

    List<Participation> extract(List<Paragraph> paragraphs) {
        List<Participation> statements = new ArrayList<>();
        List<Participation> inRunningText = new ArrayList<>();
        List<Participation> led = new ArrayList<>();
        OneChair chair = new OneChair();
        List<String> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String sentence : LetteredItems.joined(SentenceSplitter.split(p.text()))) {
                sentences.add(sentence);
                // ", in its capacity as Chair of the Group of 77", "(for the Group of …)": whom the speaker spoke for
                // "Ms. A B (Jordan) also took the floor": the person's delegation spoke
                String spoken = ItemNames.spokenForAsOnBehalf(byName.asDelegations(sentence));
                Optional<List<Participation>> listed = lists.statements(p.number(), spoken);
                if (listed.isPresent()) {
                    statements.addAll(listed.get());
                    if (!listed.get().isEmpty()) {
                        inRunningText.addAll(followedBy.find(p.number(), sentence)); // "…, followed by Poland"
                    }
                    continue;
                }
                List<Participation> named = speakers.find(p.number(), spoken);
                inRunningText.addAll(named);
                if (!named.isEmpty()) {
                    inRunningText.addAll(followedBy.find(p.number(), sentence)); // "…, followed by Poland"
                }
                List<Participation> ledHere = new ArrayList<>(people.find(p.number(), sentence, p.text()));
                ledHere.addAll(titled.find(p.number(), sentence));
                led.addAll(chair.ofSentence(ledHere, sentence));
            }
        }
        String annexes = paragraphs.stream().filter(p -> p.number() == 0).map(Paragraph::text).findFirst().orElse("");
        List<Participation> all = new ArrayList<>(withoutCountry.withCountriesFromTheAnnex(
                OneChair.withoutStatesPresidedFor(OneChair.once(ThoseWhoPresided.of(chair.withSuccessor(led),
                        chair.laterChairs(), sentences))), annexes));
        all.addAll(onePerParagraph(statements, inRunningText));
        return all;
    }

    // ---- statements -------------------------------------------------------------------------------------------

    /**
     * One statement row per speaker and paragraph: a name listed twice in one paragraph's list is flagged (the
     * seed names China twice); a speaker the running text names again, or names beside a list, is the same statement.
     * The same speaker in another paragraph is another statement, with its own source.
     */
    private List<Participation> onePerParagraph(List<Participation> listed, List<Participation> inRunningText) {
        List<Participation> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Map<Integer, List<Participation>> byParagraph = new java.util.TreeMap<>();
        listed.forEach(p -> byParagraph.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(p));
        inRunningText.forEach(p -> byParagraph.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()));
        for (var entry : byParagraph.entrySet()) {
            for (Participation p : names.withoutDuplicates(entry.getValue())) {
                if (seen.add(key(p))) {
                    out.add(p);
                }
            }
            for (Participation p : inRunningText) {
                if (p.paragraph() == entry.getKey() && seen.add(key(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String key(Participation p) {
        return p.paragraph() + "|" + (p.entity().code().isEmpty() ? p.entity().name() : p.entity().code()) + "|"
                + p.onBehalfOf();
    }
}
