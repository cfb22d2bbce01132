package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.text.GuardedPattern;
import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.EntityType;

/**
 * Attendance, in either style a report uses: counts ("attended by representatives of 91 Member States, an observer
 * State, …") and lists by category ("The following States parties to the Convention were represented: …").
 * A category that is listed but not counted is counted from its list.
 */
final class AttendanceExtractor {

    /**
     * "The following States parties … were represented: …", "…, the following signatory States were represented by
     * observers: …", "Representatives of the following States Members of the United Nations attended the session: …".
     */
    static final GuardedPattern REPRESENTED = GuardedPattern.compile("(?:\\b(?i:representatives|observers|delegations|experts)\\s+"
            + "(?i:of|for|from)\\s+)?\\b(?:[Tt]he\\s+)following\\s+(.{2,400}?)\\s+(?:(?:was|were)\\s+(?:also\\s+)?"
            + "(?:represented|present)|(?:also\\s+)?(?:attended|participated)"
            // "the following organizations were granted observer status: (a) …": observers by the rules of procedure
            + "|(?:was|were)\\s+(?:also\\s+)?(?:granted|accorded|given)\\s+(?:the\\s+)?(?:status\\s+of\\s+observers?"
            + "|observer\\s+status))\\b([^:]{0,160}):\\s*(.*)$");
    /**
     * "The other States were represented by the following heads of delegation: Algeria: Mr. A, …; …", "… were
     * represented by their ministers: …": who was represented before the verb, the persons who represented them after.
     */
    private static final GuardedPattern REPRESENTED_BY = GuardedPattern.compile("^\\s*((?:[Tt]he\\s+)?[^:;]{2,160}?)\\s+"
            + "(?:was|were)\\s+(?:also\\s+)?represented\\s+by\\s+(?:the\\s+following|their)\\s+([^:]{2,120}?)\\s*:\\s*(.+)$");
    /** The role the words before "following" give: "Representatives of", "Observers for". */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?i)\\b(representatives|observers|delegations|experts)\\s+"
            + "(?:of|for|from)\\s+(?:the\\s+)?following\\b");

    /** "The session was attended by observers for the following intergovernmental organizations …: …". */
    static final GuardedPattern ATTENDED_BY_THE_FOLLOWING = GuardedPattern.compile("\\battended\\s+by\\s+(?:(?:the\\s+)?((?i)"
            + "representatives|observers|delegations|experts)\\s+(?i:of|for|from)\\s+)?(?:the\\s+)?following\\s+([^:]{2,400}?)"
            + "\\s*:\\s*(.*)$");
    /**
     * "… decided to invite, at their request, observers for Dominica, Guinea and the Holy See to attend the session":
     * States a committee of limited membership admits as observers.
     */
    private static final GuardedPattern INVITED_OBSERVERS = GuardedPattern.compile("\\binvited?\\b,?(?:\\s+at\\s+their\\s+request,)?\\s+"
            + "(?:the\\s+)?observers\\s+(?:for|of|from)\\s+(.+?)\\s+to\\s+(?:attend|participate\\s+in)\\b");
    /** "(a) Organizations of the United Nations system: …": a part of a list, with a heading of its own. */
    private static final Pattern SUB_LIST = Pattern.compile("^\\(([a-z])\\)\\s+([^:]{2,200}?)\\s*:\\s*(.+)$");

    /**
     * "(b) Other Governments" alone on the last line of a paragraph, its list the whole of the next paragraph ("4.
     * Chile; Peru."): the parts of an attendance list a sentence before announced ("attended by …, as listed below").
     */
    /** A part of a list grouped under labels: "African States: Algeria, Cameroon", "Non-member observer State: Holy See". */
    private static final Pattern LABELLED_PART = Pattern.compile("\\s*(\\p{Lu}[^:;,()\\[\\]]{2,80}):\\s+(\\S.*)");
    /**
     * "The participants are listed in the table below: Member State (region): Fiji, Japan; Intergovernmental
     * organization: ASEAN, …": a sentence of who took part, then its list grouped under labels, each a kind (a table
     * with a category column, see {@link TableRows}).
     */
    private static final Pattern GROUPED_LIST = Pattern.compile("^([^:]{2,400}?):\\s+(\\p{Lu}[^:;]{2,80}:\\s+.+?)\\.?$");
    private static final Pattern GROUP = Pattern.compile("\\s*(\\p{Lu}[^:;,\\[\\]]{2,80}):\\s+(\\S.*)");
    private static final Pattern WHO_TOOK_PART = Pattern.compile("(?i)\\b(?:participants|attend\\w*|represented"
            + "|participated|took\\s+part|present|delegations)\\b");
    private static final Pattern LETTERED_HEADING = Pattern.compile("^\\([a-z]\\)\\s+(\\p{Lu}[^:;.]{2,200}?)\\s*$");
    private static final GuardedPattern ATTENDANCE_WORDS = GuardedPattern.compile("(?i)\\b(?:attended|attending|represented|participated"
            + "|took\\s+part|present|attendance)\\b");
    private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:was|were|is|are|has|have|had|will|would|shall"
            + "|attended|participated)\\b");
    private static final Pattern KIND_WORDS = Pattern.compile("(?i)\\b(?:governments?|parties|States|entities|organi[sz]"
            + "ations|institutions|agencies|bodies|programmes|communities|peoples|groups|stakeholders|industry|business"
            + "|academi\\w*|observers)\\b");

    private final EntityNames names;
    private final List<Finding> findings;
    private final NameListSplitter splitter;
    private final AttendanceCounts countSentences;
    private final RepresentedInRunningText runningText;

    AttendanceExtractor(EntityNames names, List<Finding> findings) {
        this.names = names;
        this.findings = findings;
        this.splitter = new NameListSplitter(names::isKnownAsWritten);
        this.countSentences = new AttendanceCounts(names, findings);
        this.runningText = new RepresentedInRunningText(names, splitter);
    }

    /** The result: counts per category and the REPRESENTED participation from lists. */
    record Attendance(List<AttendanceCount> counts, List<Participation> represented) {
    }

    Attendance extract(List<Paragraph> paragraphs) {
        List<AttendanceCount> counted = new ArrayList<>();
        List<Participation> represented = new ArrayList<>();
        Set<ListedCounts.Key> coveredByPrinted = new java.util.HashSet<>();
        String heading = null; // "(b) Other Governments" ending the paragraph before, whose list this one is
        boolean inAttendance = false;
        for (Paragraph p : paragraphs) {
            if (p.number() > 0) {
                String[] lines = p.text().split("\n");
                String last = lines[lines.length - 1].strip();
                Matcher trailing = LETTERED_HEADING.matcher(last);
                String body = lines.length > 1 && trailing.matches()
                        ? p.text().substring(0, p.text().lastIndexOf('\n')) : p.text();
                // "… and Glass Recyclers. Part 2. Welcome": a heading run into the list's paragraph is no name
                String firstSentence = SentenceSplitter.split(body).stream().findFirst().orElse("");
                if (heading != null && bareList(firstSentence)) {
                    represented.addAll(list(p.number(), heading, firstSentence.strip().replaceAll("[.]$", "")));
                    inAttendance = true;
                } else {
                    inAttendance = ATTENDANCE_WORDS.matcher(body).find();
                }
                heading = lines.length > 1 && trailing.matches() && inAttendance && namesAKind(trailing.group(1))
                        ? trailing.group(1) : null;
            }
            if (p.number() == 0) {
                AnnexAttendance annex = AnnexAttendance.of(p.text());
                for (String text : annex.numbered()) {
                    read(0, text, true, counted, represented, coveredByPrinted);
                }
                represented.addAll(annex.headedLists(this::list, names::isKnownAsWritten));
                for (AttendanceCount c : annex.countTables()) {
                    counted.removeIf(before -> ListedCounts.Key.of(before).equals(ListedCounts.Key.of(c)));
                    counted.add(c);
                }
                continue;
            }
            read(p.number(), p.text(), false, counted, represented, coveredByPrinted);
        }
        represented = oncePerMeeting(represented);
        Set<ListedCounts.Key> printed = new java.util.HashSet<>();
        counted.stream().filter(c -> c.basis() != AttendanceCount.Basis.PLACEHOLDER)
                .forEach(c -> printed.add(ListedCounts.Key.of(c)));
        printed.addAll(coveredByPrinted);
        ListedCounts.of(represented).forEach((key, count) -> {
            // "two observer States, the Holy See and the State of Palestine": counted and named, one count
            boolean printedInAnyCapacity = key.capacity() == null
                    && printed.stream().anyMatch(k -> k.category() == key.category());
            if (!printed.contains(key) && !printedInAnyCapacity) {
                counted.add(count);
            }
        });
        // a placeholder where another sentence or the list gives the number is no count of its own
        Set<ListedCounts.Key> numbered = new java.util.HashSet<>();
        counted.stream().filter(c -> c.basis() != AttendanceCount.Basis.PLACEHOLDER)
                .forEach(c -> numbered.add(ListedCounts.Key.of(c)));
        counted.removeIf(c -> c.basis() == AttendanceCount.Basis.PLACEHOLDER
                && numbered.contains(ListedCounts.Key.of(c)));
        List<Participation> named = represented;
        counted.replaceAll(c -> c.withNamed(namedFor(c, named)));
        counted.sort(java.util.Comparator.comparing(ListedCounts.Key::of).thenComparingInt(AttendanceCount::paragraph));
        return new Attendance(List.copyOf(counted), represented);
    }

    /**
     * How many of a count's entities the report names: the entities represented in its category, in its capacity
     * where both say one (at most the count, which a list may name more of than another sentence counts).
     */
    private static int namedFor(AttendanceCount count, List<Participation> represented) {
        long named = represented.stream().filter(p -> p.category() == count.category())
                .filter(p -> count.capacity() == null || p.capacity() == null || p.capacity() == count.capacity())
                .map(p -> p.entity().code().isEmpty() ? p.entity().name() : p.entity().code()).distinct().count();
        return count.basis() == AttendanceCount.Basis.PLACEHOLDER ? (int) named
                : (int) Math.min(named, count.count());
    }

    /**
     * The counts a sentence added ({@code counted} but not {@code before}) are given by sentence {@code index} of
     * paragraph {@code number}; an annex's text is no paragraph whose sentences are counted.
     */
    private static void inSentence(int number, int index, List<AttendanceCount> before, List<AttendanceCount> counted) {
        if (number > 0 && index > 0) {
            counted.replaceAll(c -> before.contains(c) ? c : c.inSentence(index));
        }
    }

    /**
     * Reads the attendance of one paragraph into the counts and rows so far. An annex's numbered paragraph is read
     * for its lists and counts only: names in its running text are no attendance.
     */
    private void read(int number, String text, boolean inAnnex, List<AttendanceCount> counted,
                      List<Participation> represented, Set<ListedCounts.Key> coveredByPrinted) {
        String openHeading = null; // a list heading whose list comes in lettered parts on the next lines
        int index = 0; // the sentence read, from 1, and the counts before it
        List<AttendanceCount> earlier = List.copyOf(counted);
        for (String sentence : SentenceSplitter.split(text)) {
            inSentence(number, index++, earlier, counted);
            earlier = List.copyOf(counted);
            Matcher part = SUB_LIST.matcher(sentence.strip());
            if (openHeading != null && part.matches()) {
                represented.addAll(list(number, partHeading(openHeading, part.group(2)), part.group(3)));
                continue;
            }
            openHeading = null;
            Matcher following = ATTENDED_BY_THE_FOLLOWING.matcher(sentence);
            Matcher listed = REPRESENTED.matcher(sentence);
            if (following.find()) {
                // "attended by the following members of the Committee: …" names no role before the kind
                String heading = (following.group(1) == null ? "" : following.group(1) + " ") + following.group(2);
                openHeading = following.group(3).isBlank() ? heading : null;
                List<Participation> members = list(number, heading, following.group(3));
                printedIn(number, following.group(2), heading).map(c -> ofItsList(c, members))
                        .ifPresent(counted::add);
                represented.addAll(members);
                continue;
            }
            var countedLists = CountedLists.read(number, sentence);
            if (countedLists.isPresent()) {
                for (CountedLists.Counted c : countedLists.get()) {
                    List<Participation> members = c.names().isBlank() ? List.of()
                            : list(number, c.heading(), c.names()).stream()
                            .map(r -> withCapacity(r, c.count().capacity())).toList();
                    AttendanceCount count = ofItsNames(c.count(), members);
                    counted.removeIf(before -> ListedCounts.Key.of(before).equals(ListedCounts.Key.of(count)));
                    counted.add(count);
                    if (!c.names().isBlank()) {
                        // "[Seventy-five] States Parties …: …, Holy See, …": the printed count covers every
                        // category of its list, no count of its own for the Holy See
                        members.forEach(m -> coveredByPrinted.add(new ListedCounts.Key(m.category(), m.capacity())));
                        represented.addAll(members);
                    }
                }
                continue;
            }
            var counts = countSentences.read(number, sentence);
            if (counts.isPresent()) {
                // every count as printed, never two added up; a later sentence's count of a category replaces an
                // earlier one's, which may recount an earlier meeting ("The first meeting was attended by …"),
                // unless it says it adds to it ("Also attending were observers for …")
                List<AttendanceCount> inSentence = counts.get().counts();
                if (!counts.get().also()) {
                    Set<ListedCounts.Key> recounted = new java.util.HashSet<>();
                    inSentence.forEach(c -> recounted.add(ListedCounts.Key.of(c)));
                    counted.removeIf(c -> recounted.contains(ListedCounts.Key.of(c)));
                }
                counted.addAll(inSentence);
                represented.addAll(counts.get().named());
            }
            Matcher invited = INVITED_OBSERVERS.matcher(sentence);
            Matcher representedBy = REPRESENTED_BY.matcher(sentence);
            if (!listed.find() && representedBy.find()) {
                represented.addAll(list(number, representedBy.group(1), representedBy.group(3)));
            } else if (listed.find(0)) {
                Matcher role = ROLE_BEFORE.matcher(sentence);
                String heading = (role.find() ? role.group(1) + " " : "") + listed.group(1) + " " + listed.group(2);
                List<Participation> members = list(number, heading, listed.group(3));
                printedIn(number, listed.group(1), heading).map(c -> ofItsList(c, members))
                        .ifPresent(counted::add);
                openHeading = listed.group(3).isBlank() ? heading : null;
                represented.addAll(members);
            } else if (!grouped(number, sentence, text).isEmpty()) {
                represented.addAll(grouped(number, sentence, text));
            } else if (invited.find()) {
                represented.addAll(list(number, "States represented by observers", invited.group(1)));
            } else if (counts.isEmpty() && !inAnnex) {
                represented.addAll(runningText.read(number, sentence));
            }
        }
        inSentence(number, index, earlier, counted);
    }

    /**
     * The heading of a lettered part of a list: the part's own words where they name a category and the opening
     * heading adds no capacity ("… bodies were granted observer status: (b) The following specialized agencies: …"
     * lists specialized agencies, whatever kinds the opening named together), else both.
     */
    private static String partHeading(String openHeading, String partWords) {
        String both = openHeading + " " + partWords;
        boolean ownCategory = AttendanceCategory.fromPhrase(partWords) != AttendanceCategory.OTHER;
        boolean sameCapacity = java.util.Objects.equals(Capacity.fromPhrase(openHeading), Capacity.fromPhrase(partWords));
        return ownCategory && sameCapacity ? partWords : both;
    }

    /**
     * The entities of a list grouped under labels of kinds, or none; the sentence ("They are listed below:") or the
     * paragraph round it says who took part.
     */
    private List<Participation> grouped(int number, String sentence, String paragraph) {
        if (sentence.indexOf(':') < 0) {
            return List.of(); // every grouped list has its colons: the pattern is not tried on the others
        }
        Matcher m = GROUPED_LIST.matcher(sentence.strip());
        if (!m.matches() || !WHO_TOOK_PART.matcher(paragraph.replace(m.group(2), "")).find()) {
            return List.of();
        }
        List<String> parts = CountItems.splitOutsideBrackets(m.group(2), ";");
        List<Participation> out = new ArrayList<>();
        for (String part : parts) {
            Matcher group = GROUP.matcher(part);
            if (parts.size() < 2 || !group.matches() || !namesAKind(group.group(1))) {
                return List.of();
            }
            out.addAll(list(number, group.group(1).strip(), group.group(2)));
        }
        return out;
    }

    /** A list without a sentence round it: items each beginning with a capital, no verb between them. */
    private boolean bareList(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains("\n") || t.contains(":") || FINITE_VERB.matcher(t).find()) {
            return false;
        }
        List<NameListSplitter.Item> items = splitter.split(t.replaceAll("[.]$", ""));
        return !items.isEmpty() && items.stream().allMatch(i -> !i.name().isEmpty()
                && Character.isUpperCase(i.name().charAt(0)));
    }

    /** "Parties to the Convention", "Other Governments", "Business and industry": a heading that names a kind. */
    private static boolean namesAKind(String heading) {
        ListHeading h = ListHeading.of(heading);
        return h.category() != AttendanceCategory.OTHER || !h.kinds().isEmpty() || KIND_WORDS.matcher(heading).find();
    }

    /**
     * One row per entity named as represented: a name twice in one paragraph's list is flagged (DUPLICATE_ENTITY); the
     * same entity named again in another paragraph ("two States from outside the region (Japan and Norway)" after
     * their list) is the same attendance, kept once without a finding, as the first paragraph in the order printed
     * names it (an annex's list after the text's: "The following members … were represented: Chile, …" and Chile again
     * under the annex's "Members" is one row, the text's).
     */
    private List<Participation> oncePerMeeting(List<Participation> represented) {
        // in the order printed: the annexes (paragraph 0) after the numbered paragraphs, whose rows say more
        java.util.Map<Integer, List<Participation>> byParagraph = new java.util.TreeMap<>(
                java.util.Comparator.comparing((Integer n) -> n == 0).thenComparing(n -> n));
        represented.forEach(p -> byParagraph.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(p));
        Set<String> seen = new java.util.HashSet<>();
        List<Participation> out = new ArrayList<>();
        for (List<Participation> paragraph : byParagraph.values()) {
            for (Participation p : names.withoutDuplicates(paragraph)) {
                if (seen.add(p.entity().code().isEmpty() ? p.entity().name() : p.entity().code())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static Participation withCapacity(Participation p, Capacity capacity) {
        return capacity == null || capacity == p.capacity() ? p : new Participation(p.paragraph(), p.role(), p.entity(),
                p.nameAsWritten(), p.person(), p.onBehalfOf(), p.category(), capacity, p.provisional());
    }

    /**
     * A count whose words name no category ("the following [twenty-nine] members of the Committee") counts what its
     * list holds: States where every name of the list is a Member State.
     */
    private static AttendanceCount ofItsList(AttendanceCount count, List<Participation> members) {
        boolean states = !members.isEmpty()
                && members.stream().allMatch(m -> m.category() == AttendanceCategory.MEMBER_STATE);
        return count.category() != AttendanceCategory.OTHER || !states ? count : new AttendanceCount(count.paragraph(),
                AttendanceCategory.MEMBER_STATE, count.capacity(), count.count(), count.provisional(), count.basis());
    }

    /**
     * A count whose words name no category ("Observer 1 Palestine" in a table) counts the category all its names share.
     */
    private static AttendanceCount ofItsNames(AttendanceCount count, List<Participation> members) {
        if (count.category() != AttendanceCategory.OTHER || members.isEmpty()) {
            return count;
        }
        Set<AttendanceCategory> categories = new java.util.HashSet<>();
        members.forEach(m -> categories.add(m.category()));
        return categories.size() == 1 && categories.iterator().next() != null
                && categories.iterator().next() != AttendanceCategory.OTHER
                ? count.inCategory(categories.iterator().next()) : count;
    }

    /** The count a list's heading prints ("the following [70] States members of the Committee"), if any. */
    private Optional<AttendanceCount> printedIn(int paragraph, String afterFollowing, String heading) {
        return countSentences.printedInHeading(paragraph, afterFollowing, ListHeading.of(heading));
    }

    private List<Participation> list(int paragraph, String categoryPhrase, String list) {
        List<String> parts = CountItems.splitOutsideBrackets(list, ";");
        Optional<List<RepresentativesInLists.Representative>> persons =
                RepresentativesInLists.of(parts, names::isKnownAsWritten);
        if (persons.isPresent()) {
            // "H.E. Mr. A, Minister of Justice of Ethiopia; Algeria: Mr. B, Ambassador …": the delegations they stand for
            List<String> delegations = new ArrayList<>();
            for (RepresentativesInLists.Representative r : persons.get()) {
                if (r.delegation().isPresent()) {
                    delegations.add(r.delegation().get());
                } else {
                    findings.add(Finding.inParagraph(paragraph, FindingCode.UNKNOWN_ENTITY, "A person listed as "
                            + categoryPhrase.strip() + " names no State or organisation the tables know: " + r.item()));
                }
            }
            return delegations.isEmpty() ? List.of() : list(paragraph, categoryPhrase, String.join("; ", delegations));
        }
        if (parts.size() >= 2 && parts.stream().allMatch(part -> LABELLED_PART.matcher(part).matches())) {
            // "African States: Algeria, Cameroon; …; Non-member observer State: Holy See": the list grouped under
            // labels, each part read under its own label where the label names a kind, else under the heading
            List<Participation> out = new ArrayList<>();
            for (String part : parts) {
                Matcher m = LABELLED_PART.matcher(part);
                m.matches();
                out.addAll(list(paragraph, partHeading(categoryPhrase, m.group(1).strip()), m.group(2)));
            }
            return out;
        }
        ListHeading heading = ListHeading.of(categoryPhrase);
        List<Participation> out = new ArrayList<>();
        for (NameListSplitter.Item item : splitter.split(list)) {
            if (item.placeholder()) {
                findings.add(Finding.inParagraph(paragraph, FindingCode.PLACEHOLDER,
                        "The list of " + categoryPhrase.strip() + " represented is still a placeholder"));
                continue;
            }
            Entity entity = names.entity(paragraph, item.name(), heading.kindOfUnknown(item.name()));
            out.add(new Participation(paragraph, Role.REPRESENTED, entity, item.name(), "",
                    names.behalfName(paragraph, item.onBehalfOf(), entity), heading.categoryOf(entity),
                    heading.capacity(), item.provisional()));
        }
        return out;
    }
}
