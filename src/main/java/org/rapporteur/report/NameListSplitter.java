package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a list of names as reports print it ("Brazil, China, Trinidad and Tobago, Iran (Islamic Republic of) and
 * Chile") into its items, with the "on behalf of" attribution of each.
 *
 * <p>Commas and "and" separate items, but long names hold commas, brackets and "and" of their own. Items are therefore
 * cut at every separator outside brackets and then glued back, longest first, wherever the joined text is a known
 * name ("Trinidad" + "Tobago", "Group of 77" + "China"). Where the list uses semicolons, only they separate items,
 * as semicolons are used when the items carry commas ("Egypt, on behalf of the Group of African States; Mexico").
 */
final class NameListSplitter {

    /**
     * One item of a list.
     *
     * @param name        the name as written, brackets of a provisional value removed
     * @param onBehalfOf  the group or organisation spoken for as written, or ""
     * @param placeholder true for a draft placeholder ("[…]") where the name is still to come
     * @param provisional true when the name stood in square brackets
     */
    record Item(String name, String onBehalfOf, boolean placeholder, boolean provisional) {
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\[\\s*(?:…|\\.{2,}|_+|x+|X+|\\s*)\\s*\\]|…");
    private static final Pattern BEHALF = Pattern.compile(
            "^(.*?)[,\\s]*\\(?\\s*(?:(?:(?:also|speaking)\\s+){0,2}on\\s+behalf\\s+of|(?:also\\s+)?speaking\\s+(?:also\\s+)?for)\\s+(.+?)\\)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "a regional economic integration organization (that is a party to the Convention)", "the host country": said of
     * the item before. A description, not a name: "the Amazon Cooperation Treaty Organization" is an item of its own.
     */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^(?:an?|the(?=\\s+(?-i:\\p{Ll})))\\s+[^()]*\\b(?:organi[sz]ation|body|entity|institution|agency|group|State|country|party"
                    + "|observer|member|signatory)s?(?:\\s+(?:that|which|with|of)\\b[^()]*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_NAME_WORD = Pattern.compile(
            "the|a|an|and|by|on|of|for|in|its|their|speaking|also|as|representatives?|observers?|delegations?|experts?"
                    + "|members?");
    private static final Pattern WHITE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.;:,]+$");
    private static final Pattern FINAL_BRACKETS_AND_COMMAS = Pattern.compile("[),]+$");
    /** "and, at the second plenary meeting, …": the sitting a part of a list was heard at, before its names. */
    private static final Pattern SITTING_CLAUSE = Pattern.compile("^(?i)(?:and\\s*,?\\s*)?(?:at|in|during|on)\\s+"
            + "[^,;()]{1,60}?\\b(?:meetings?|sessions?|sittings?|days?)\\s*,\\s*");
    /** "and", "by", "and by" before an item: "…; by Fiji, on behalf of …; and by Norway". */
    private static final Pattern LEADING_AND = Pattern.compile("^(?i)(?:and\\s+)?by\\s+(?=\\S)|^(?i)and\\s+");
    /** ", as President of the Assembly", ", in its capacity as Chair of the Working Group": an office, not a name. */
    private static final String OFFICE_LEAD = "(?i),\\s+(?:in\\s+(?:its|her|his)\\s+capacity\\s+as|as)\\s+(?:the\\s+)?"
            + "(?:current\\s+)?(?:chair(?:person|man|woman)?|president|vice-president|vice-chair|coordinator|presidency"
            + "|facilitator|rapporteur)\\s+of\\s+";
    /** The office to the end of an item. */
    private static final Pattern OFFICE_HELD = Pattern.compile(OFFICE_LEAD + ".+$");
    /** The office up to the semicolon that ends its item, in a list cut at semicolons. */
    private static final Pattern OFFICE_HELD_TO_SEMICOLON = Pattern.compile(OFFICE_LEAD + "[^;()]+?(?=\\s*;|$)");
    /**
     * ", in its capacity as observer", ", as an observer State": the capacity an item spoke in, after its name and before
     * the end of the item; no name of its own.
     */
    private static final Pattern CAPACITY_AFTER_COMMA = Pattern.compile("(?i),\\s*(?:speaking\\s+)?(?:in\\s+(?:its|her|his"
            + "|their)\\s+capacity\\s+as|as)\\s+(?:an?\\s+)?(?:observers?|signator(?:y|ies))(?:\\s+States?)?(?=\\s*(?:[;,)]|$))");
    /** "Panama (Observer State)", "Colombia (Signatory State)": the capacity it spoke in, no part of the name. */
    private static final Pattern CAPACITY_IN_BRACKETS = Pattern.compile("(?i)\\s*\\((?:an?\\s+)?(?:observer|signatory|member"
            + "|non-member)(?:\\s+State)?\\)$");
    /**
     * The sub-headings of a list of non-governmental organizations by consultative status ("General category",
     * "Special category", "Roster"), printed on lines of their own among the names: no names.
     */
    private static final Pattern STATUS_HEADING = Pattern.compile("(?i)(?:(?:general|special)(?:\\s+consultative)?"
            + "\\s+(?:category|status)|roster|category\\s+[A-Z0-9]{1,3})");
    private static final Pattern HEADED_ITEM = Pattern.compile("^([^:()]{2,40}):\\s*(\\S.*)$");
    private static final int MAX_GLUE = 6;
    /** What an item speaks for when an organisation speaks "on behalf of its member States". */
    static final String MEMBERS_OF_THE_SPEAKER = "its member States";
    /** Stands for ", and its member States" while a list is cut into items. */
    static final String MEMBERS_MARK = "\uE000";
    /** ", and its member States" outside brackets (inside an attribution it names the group spoken for). */
    private static final Pattern ITS_MEMBERS = Pattern.compile(
            "(?i),?\\s+and\\s+" + EntityNames.ITS_MEMBERS + "\\b(?![^()]*\\))");

    private final Predicate<String> isKnownName;

    /** @param isKnownName whether a text is a whole known name; decides where commas and "and" are inside a name */
    NameListSplitter(Predicate<String> isKnownName) {
        this.isKnownName = isKnownName;
    }

    List<Item> split(String list) {
        // "the European Union and its member States": the organisation speaking for its members, one item; marked
        // so that the "and" does not split it
        String text = ITS_MEMBERS.matcher(CAPACITY_AFTER_COMMA.matcher(TRAILING_MARKS.matcher(list.strip())
                .replaceAll("").strip()).replaceAll("")).replaceAll(MEMBERS_MARK);
        if (text.isEmpty()) {
            return List.of();
        }
        boolean bySemicolons = hasTopLevel(text, ';');
        if (bySemicolons) {
            // "Peru, as Chair of the Working Group on …; Chile": the office ends at the semicolon, no item of its own
            text = OFFICE_HELD_TO_SEMICOLON.matcher(text).replaceAll("");
        }
        List<String> pieces = bySemicolons ? semicolonPieces(text) : glue(atoms(text));
        List<Item> items = new ArrayList<>();
        for (String piece : pieces) {
            String p = SpeakerRoles.withoutRole(LEADING_AND.matcher(piece.strip()).replaceFirst("").strip());
            // "the secretariat of the Committee" is the meeting's own; "the secretariat of the Convention on
            // Biological Diversity" a participant the tables know
            if (p.isEmpty() || SpeakerRoles.THE_MEETING_ITSELF.matcher(p).matches() && !isKnownName.test(p)) {
                continue;
            }
            if (STATUS_HEADING.matcher(p).matches()) {
                continue;
            }
            // "General category: Consumers Union": the sub-heading run into the first name of its list
            Matcher headed = HEADED_ITEM.matcher(p);
            if (headed.matches() && STATUS_HEADING.matcher(headed.group(1)).matches()) {
                p = headed.group(2);
            }
            if (APPOSITIVE.matcher(p).matches() && !items.isEmpty() && !isKnownName.test(p)) {
                continue;
            }
            if (ItemNames.LEADING_BEHALF.matcher(p).find()) {
                if (!items.isEmpty()) {
                    Item last = items.remove(items.size() - 1);
                    Item attributed = item(p);
                    items.add(new Item(last.name(), attributed.onBehalfOf(), last.placeholder(), last.provisional()));
                    continue;
                }
            }
            items.add(item(p));
        }
        return items;
    }

    /**
     * The pieces of a list cut at its semicolons; a piece that is itself a list of known names with commas or "and" ("…,
     * Cuba and Pakistan; and, at the second plenary meeting, South Africa, Australia and Canada") is cut into its names,
     * after the sitting that opens it.
     */
    private List<String> semicolonPieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : CountItems.splitOutsideBrackets(text, ";")) {
            String p = SITTING_CLAUSE.matcher(piece.strip()).replaceFirst("");
            // "the observers for the Holy See and the State of Palestine": an "and" alone joins names too
            if ((hasTopLevel(p, ',') || p.contains(" and ") && !p.contains("behalf")) && !isKnownName.test(p)) {
                List<String> names = glue(atoms(p));
                if (names.size() > 1 && names.stream().allMatch(this::isKnownItem)) {
                    pieces.addAll(names);
                    continue;
                }
            }
            pieces.add(p.equals(piece.strip()) ? piece : p);
        }
        return pieces;
    }

    private boolean isKnownItem(String piece) {
        String p = SpeakerRoles.withoutRole(LEADING_AND.matcher(piece.strip()).replaceFirst("").strip());
        return !p.isEmpty() && isKnownName.test(item(p).name());
    }

    private Item item(String text) {
        boolean withMembers = text.contains(MEMBERS_MARK);
        String name = OFFICE_HELD.matcher(CAPACITY_IN_BRACKETS.matcher(text.replace(MEMBERS_MARK, "").strip())
                .replaceFirst("")).replaceFirst("");
        String behalf = "";
        Matcher m = BEHALF.matcher(name);
        if (m.matches()) {
            name = m.group(1).strip();
            behalf = CountItems.closed(FINAL_BRACKETS_AND_COMMAS.matcher(m.group(2).strip()).replaceAll("").strip());
        }
        if (withMembers) {
            // "X and its member States" speaks for its members; "on behalf of X and its member States" for X's
            behalf = behalf.isEmpty() ? MEMBERS_OF_THE_SPEAKER : behalf + " and its member States";
        }
        if (name.isEmpty() || PLACEHOLDER.matcher(name).matches()) {
            return new Item(name, behalf, true, true);
        }
        boolean provisional = false;
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1).strip();
            provisional = true;
        }
        return new Item(name, behalf, false, provisional);
    }

    /** A piece of text between separators, and the separator that came before it. */
    private record Atom(String separator, String text) {
    }

    private static List<Atom> atoms(String text) {
        List<Atom> atoms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String separator = "";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth != 0) {
                continue;
            }
            if (c == ',') {
                atoms.add(new Atom(separator, text.substring(start, i).strip()));
                int next = i + 1;
                separator = ", ";
                if (text.startsWith(" and ", next)) {
                    next += 5;
                    separator = ", and ";
                }
                start = next;
                i = next - 1;
            } else if (text.startsWith(" and ", i)) {
                atoms.add(new Atom(separator, text.substring(start, i).strip()));
                separator = " and ";
                start = i + 5;
                i = start - 1;
            }
        }
        atoms.add(new Atom(separator, text.substring(start).strip()));
        return atoms;
    }

    private List<String> glue(List<Atom> atoms) {
        List<String> pieces = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        int i = 0;
        while (i < atoms.size()) {
            int taken = 1;
            for (int j = Math.min(atoms.size(), i + MAX_GLUE); j > i + 1; j--) {
                String joined = join(atoms, i, j);
                if (isKnownName.test(ItemNames.nameOnly(joined))) {
                    taken = j - i;
                    break;
                }
            }
            pieces.add(join(atoms, i, i + taken));
            separators.add(atoms.get(i).separator());
            i += taken;
        }
        return andInsideNames(pieces, separators);
    }

    /**
     * An " and " that separates no items belongs to a name the reference tables do not know, so the pieces around it
     * are one item when neither is a known name: an " and " followed later by another comma ("Graduate Institute of
     * International and Development Studies, Norvex Ltd and …"); an " and " after the list's final ", and " ("…, and
     * Korean Institute of Criminology and Justice"); and a second " and " after the last comma, where a known name
     * shows which is the list's own ("…, Organisation of Islamic Cooperation and Sahara and Sahel Observatory").
     */
    private List<String> andInsideNames(List<String> pieces, List<String> separators) {
        int lastComma = -1;
        for (int k = 0; k < separators.size(); k++) {
            lastComma = separators.get(k).startsWith(",") ? k : lastComma;
        }
        long andsAfterLastComma = separators.subList(Math.max(0, lastComma + 1), separators.size()).stream()
                .filter(" and "::equals).count();
        // "A and the observers for B and C" has no comma: its "and"s are all the list's
        boolean tailHasKnown = lastComma >= 0 && pieces.subList(lastComma, pieces.size()).stream()
                .anyMatch(p -> isKnownName.test(ItemNames.nameOnly(p)));
        boolean finalAndSeen = false;
        List<String> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            String separator = separators.get(k);
            boolean neitherKnown = !out.isEmpty() && !isKnownName.test(ItemNames.nameOnly(out.get(out.size() - 1)))
                    && !isKnownName.test(ItemNames.nameOnly(pieces.get(k))) && !PLACEHOLDER.matcher(pieces.get(k)).find()
                    && SpeakerRoles.withoutRole(pieces.get(k)).equals(pieces.get(k).strip());
            if (k > 0 && !out.isEmpty() && separator.equals(" and ") && continues(pieces.get(k))
                    && !isKnownName.test(ItemNames.nameOnly(out.get(out.size() - 1)))) {
                // "the Working Group on the issue of human rights and transnational corporations and other …"
                out.set(out.size() - 1, out.get(out.size() - 1) + " and " + pieces.get(k));
                continue;
            }
            if (k > 0 && !out.isEmpty() && separator.equals(" and ")
                    && restOfTheGroupSpokenFor(out.get(out.size() - 1), pieces.get(k))) {
                // "on behalf of the Latin America and the Caribbean Regional Group": the group's own "and"
                out.set(out.size() - 1, out.get(out.size() - 1) + " and " + pieces.get(k));
                continue;
            }
            // ", and" later counts as a later comma: "… Law and Human Rights, and Nordic …"
            boolean laterComma = separators.subList(k + 1, separators.size()).stream().anyMatch(s -> s.startsWith(","));
            boolean notTheListsAnd = laterComma || finalAndSeen || andsAfterLastComma >= 2
                    && (tailHasKnown || !out.isEmpty() && tailOfAPhrase(out.get(out.size() - 1), pieces.get(k)));
            if (k > 0 && separator.equals(" and ") && notTheListsAnd && neitherKnown) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " and " + pieces.get(k));
                continue;
            }
            finalAndSeen |= separator.equals(", and ");
            out.add(pieces.get(k));
        }
        return out;
    }

    /**
     * "on behalf of the Latin America" + "the Caribbean Regional Group": after an attribution whose words name no kind of
     * body, a piece that is no known name but names a kind of body ("Group", "Community") is the rest of the group spoken
     * for, not the next item ("on behalf of Iceland and the Republic of Moldova" stays two: the second is known).
     */
    private boolean restOfTheGroupSpokenFor(String before, String piece) {
        Matcher behalf = ItemNames.LEADING_BEHALF.matcher(before.strip());
        if (!behalf.find()) {
            return false;
        }
        String spokenFor = before.strip().substring(behalf.end());
        String p = piece.strip();
        return !spokenFor.isEmpty() && !BODY_WORD.matcher(spokenFor).find() && !isKnownName.test(spokenFor)
                && BODY_WORD.matcher(p).find() && !isKnownName.test(ItemNames.nameOnly(p))
                && !LEADING_AND.matcher(p).find() && !ItemNames.LEADING_BEHALF.matcher(p).find()
                && !p.contains(",");
    }

    /**
     * "… League for Justice and Freedom", "… Conferences on Forestry and Rural Affairs": of two " and "s after the last
     * comma, the one between a name ending in a phrase after "of", "for", "on" or "in" and a short piece of capitalised
     * words naming no kind of body is the name's own (the piece is the rest of that phrase, no name).
     */
    private static boolean tailOfAPhrase(String before, String piece) {
        String[] words = WHITE.split(piece.strip());
        return PHRASE_AFTER_PREPOSITION.matcher(before).find() && words.length <= 3
                && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                && !BODY_WORD.matcher(piece).find();
    }

    private static final Pattern PHRASE_AFTER_PREPOSITION = Pattern.compile(
            "\\s(?:of|for|on|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}$");
    /** Words that make a piece a body's name of its own ("Sahel Observatory", "Forest Trust"). */
    private static final Pattern BODY_WORD = Pattern.compile("(?i)\\b(?:organi[sz]ations?|institutes?|institutions?"
            + "|associations?|unions?|councils?|centres?|centers?|foundations?|federations?|trusts?|networks?|watch"
            + "|international|observatory|society|societies|agency|agencies|programmes?|funds?|banks?|commissions?"
            + "|committees?|universit(?:y|ies)|academy|alliance|coalition|campaign|movement|league|forum|group"
            + "|secretariat|office|council|conference|initiative|partnership|states?|republic|kingdom|islands?)\\b");

    /** A piece that begins with a lower-case word other than an article or a role: the rest of a name, no name. */
    private static boolean continues(String piece) {
        String first = WHITE.split(piece.strip(), 2)[0];
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && !NO_NAME_WORD.matcher(first).matches();
    }

    private static String join(List<Atom> atoms, int from, int to) {
        StringBuilder sb = new StringBuilder(atoms.get(from).text());
        for (int k = from + 1; k < to; k++) {
            sb.append(atoms.get(k).separator()).append(atoms.get(k).text());
        }
        return sb.toString();
    }

    private static boolean hasTopLevel(String text, char separator) {
        return CountItems.topLevel(text, separator) >= 0;
    }
}
