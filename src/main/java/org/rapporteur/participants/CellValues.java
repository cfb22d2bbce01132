package org.rapporteur.participants;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the cells of a list say beyond their text: whether a person is the head of delegation (a yes/no column, a role
 * in the delegation, or the position), whether she checked in, whether a row is a total line.
 */
final class CellValues {

    /**
     * The head, in the words lists use: head, chief or leader of the delegation, its chief delegate or delegation
     * leader ("Chief delegate", "Leader of the Delegation"), in English, French and Spanish.
     */
    private static final Pattern HEAD = Pattern.compile("(?i)(?<!deputy )(?<!alternate )(?<!vice[- ])(?<!adjoint )"
            + "\\b(?:(?:head|chief|leader) of (?:the )?delegation|chief delegate|head delegate|delegation (?:head|leader)"
            + "|chef(?:fe)? de (?:la )?d[ée]l[ée]gation|jef[ae] de (?:la )?delegaci[óo]n)\\b");
    /**
     * Not the head: a deputy or alternate, someone working for the head, a former head, a "chef de délégation
     * adjoint". The last only with a space between: after a comma ("Head of delegation, Deputy Minister") the deputy
     * is the person's post at home, not a rank in the delegation.
     */
    private static final Pattern NOT_HEAD = Pattern.compile("(?i)\\b(?:deputy|alternate|vice|acting[- ]deputy|"
            + "adjoint[e]?|suplente|altern[oa]|former|ex)\\W+(?:head|chef|jef|chief|leader)|\\b(?:to|of|for|du|de la|del|de)\\s+"
            + "(?:the\\s+)?(?:head|chef|jef[ea])\\s+(?:of|de)\\b|(?:d[ée]l[ée]gation|delegation|delegaci[óo]n)\\s+"
            + "(?:adjoint[e]?|suplente|altern[oa]|deputy)\\b");
    /** A role in the delegation that is the head by a word alone ("Head", "HoD", "Chef", "Jefa"). */
    private static final Pattern HEAD_ALONE = Pattern.compile("(?i)\\s*(?:head|hod|h\\.o\\.d\\.?|chef(?:fe)?|"
            + "jef[ae])\\s*");
    /** A badge status that says the badge was collected ("Printed" alone does not: the person may never come). */
    private static final Pattern COLLECTED = Pattern.compile("(?i)\\s*(?:badge\\s+)?(?:collected|picked[- ]up|"
            + "retir[ée]e?|recogid[oa]|abgeholt)\\s*");
    private static final Pattern YES = Pattern.compile("(?i)\\s*(?:yes|y|true|1|x|checked(?:[- ]in)?|oui|s[ií]|"
            + "present|attended|[\u2713\u2714\u2611\u2705\u2612\u2022\u25cf]|\\[\\s*[x\u2713\u2714]\\s*\\])\\s*");
    /** A date or time in a check-in column (when the badge was collected): the person came. */
    private static final Pattern CHECK_IN_TIME = Pattern.compile("\\s*\\d{1,4}[-/.:]\\d{1,2}(?:[-/.:]\\d{1,4})?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*(?:[AP]M)?\\s*", Pattern.CASE_INSENSITIVE);
    /** A month's name or its abbreviation, in English, French or Spanish ("Feb", "févr.", "abr", "September"). */
    private static final String MONTH = "(?:jan|feb|f[eé][bv]r?|m[aä]r|mars|marzo|apr|avr|abr|may|mai|mayo|jun|juin|juil"
            + "|jul|aug|ao[uû]t|ago|sep|sept|set|oct|okt|nov|dec|d[ée]c|dic|ene|janv|enero)[\\p{L}]*\\.?";
    /** A date written with its month's name: "18 Feb 2026", "10-Nov-2026 09:12", "Feb 18, 2026", "3 avril 2026". */
    private static final Pattern CHECK_IN_DATE = Pattern.compile("\\s*(?:\\d{1,2}(?:er)?[-. /]?\\s*" + MONTH
            + "|" + MONTH + "\\s+\\d{1,2},?)(?:[-. /]?\\s*\\d{2,4})?(?:,?\\s*\\d{1,2}[:h.]\\d{2}(?::\\d{2})?\\s*(?:[AP]M)?)?"
            + "\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Total", "Grand total: 52", "Nombre total de participants : 66", "Participants in total 40": a summary line under
     * the list, not a person.
     */
    private static final Pattern TOTAL = Pattern.compile("(?i)\\s*(?:grand\\s+|sous[- ]?|sub[- ]?)?(?:total|sum|totals)"
            + "\\b.*|\\s*(?:count|anzahl|summe|nombre|n[úu]mero|number)\\b.*\\d+\\s*"
            + "|.*\\b(?:total|totals|totaux|totale|gesamt)\\b.*\\d+\\s*\\.?\\s*");

    /** The signs lists mark a person with, for a legend to explain: asterisks ("*", "(*)"), a dagger, a superscript. */
    static final String MARK_SIGN = "(?:\\(?\\*+\\)?|[\u2020\u2021\u00b9\u00b2\u00b3])";
    /**
     * A mark after (or before) a name that a legend may explain ("MANSOUR Hassan *", "*H.E. Mr. Li Wei", "Ana LIMA†",
     * "(*) Mr. Li Wei", "Ana LIMA¹").
     */
    private static final Pattern MARK = Pattern.compile("\\s*" + MARK_SIGN + "\\s*$|^\\s*" + MARK_SIGN + "\\s*");
    /** A legend row: "* Head of delegation", "(*) Chef de délégation", "* = head of delegation", "† Head". */
    private static final Pattern LEGEND = Pattern.compile("^\\s*" + MARK_SIGN + "\\s*[=:\\-\u2013]?\\s*(.+)$");

    private CellValues() {
    }

    /** Whether the name carries a mark after it. */
    static boolean marked(String name) {
        return MARK.matcher(name).find();
    }

    /** The name without the mark after it. */
    static String unmarked(String name) {
        return MARK.matcher(name).replaceAll("");
    }

    /**
     * A note that says the head of each delegation by her place: named first ("Within each delegation, the first person
     * named heads the delegation", "Heads of delegation are listed first", "Le premier nom de chaque délégation est
     * celui du chef de délégation", "La primera persona de cada delegación es su jefa"). Read without accents, in
     * lower case; the note must speak of the delegation, so that no person's line is taken for one.
     */
    private static final Pattern FIRST_NAMED_HEADS = Pattern.compile("(?:\\b(?:first|premiere?|primer[ao]?)\\b[^.;]{0,80}"
            + "\\b(?:heads?|leads?|leader|chef(?:fe)?|jef[ae]|encabeza|dirige|preside)\\b"
            + "|\\b(?:heads?|chef(?:fe)?s?|jef[ae]s?)\\b[^.;]{0,60}\\b(?:(?:listed|named|shown|printed|placed|given|"
            + "appear|appears|come|comes)\\s+first|en\\s+premier|en\\s+primer\\s+lugar|(?:sont|est)\\s+(?:nomme|cite|"
            + "indique)e?s?\\s+en\\s+premier)\\b)");
    private static final Pattern DELEGATION_WORD = Pattern.compile("\\bdelega(?:tion|cion)(?:s|es)?\\b");

    /** Whether a line is a note saying that the first person named in each delegation is its head. */
    static boolean firstNamedIsHead(String onlyCell) {
        if (onlyCell == null || onlyCell.length() > 300) {
            return false;
        }
        String folded = java.text.Normalizer.normalize(onlyCell, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        return DELEGATION_WORD.matcher(folded).find() && FIRST_NAMED_HEADS.matcher(folded).find();
    }

    /** The meaning a legend row gives the mark ("* Head of delegation": the head), or null for no legend. */
    static Boolean legendSaysHead(String onlyCell) {
        if (onlyCell == null) {
            return null;
        }
        java.util.regex.Matcher m = LEGEND.matcher(onlyCell);
        // "* Ms. Ana LIMA, Counsellor": a person marked at the start of her line, no legend
        if (m.matches()) {
            return Gender.leadingHonorific(m.group(1).strip()).isEmpty() ? headByRole(m.group(1).strip()) : null;
        }
        return legendSentence(onlyCell) ? Boolean.TRUE : null;
    }

    /** A mark a legend sentence names: by its word ("asterisk", "astérisque", "dagger") or as a sign. */
    private static final Pattern MARK_NAMED = Pattern.compile("(?iu)\\b(?:asterisks?|ast[ée]risques?|asteriscos?|"
            + "daggers?|obelus|croix)\\b|" + MARK_SIGN);

    /**
     * A note in words that says the mark makes the head: "An asterisk (*) before a name marks the head of delegation",
     * "Heads of delegation are marked with a dagger (†)", "Les chefs de délégation sont signalés par un astérisque".
     * It names a mark and the head (not the deputy), opens with no honorific and is no longer than a sentence.
     */
    static boolean legendSentence(String onlyCell) {
        String t = onlyCell.strip();
        String unmarked = t.replaceFirst("^" + MARK_SIGN + "\\s*", "");
        if (t.length() > 300 || t.split("\\s+").length < 4 || !Gender.leadingHonorific(unmarked).isEmpty()
                || Groups.looksLikeAPerson(unmarked) || !MARK_NAMED.matcher(t).find()) {
            return false;
        }
        String singular = t.replaceAll("(?iu)\\bheads\\b", "head").replaceAll("(?iu)\\bchefs\\b", "chef")
                .replaceAll("(?iu)\\bjef([ae])s\\b", "jef$1").replaceAll("(?iu)\\bd[ée]l[ée]gations\\b", "délégation")
                .replaceAll("(?iu)\\bdelegations\\b", "delegation").replaceAll("(?iu)\\bdelegaciones\\b", "delegación");
        return HEAD.matcher(singular).find() && !DEPUTY.matcher(singular).find();
    }

    /** A deputy or alternate head, whom a legend's mark does not make the head. */
    private static final Pattern DEPUTY = Pattern.compile("(?iu)\\b(?:deputy|alternate|vice|adjoint[e]?|suplente|"
            + "altern[oa])\\b");

    /** Pieces of a remark ("HoD; arrives Tuesday", "Vegetarian / Head"). */
    private static final Pattern REMARK_PIECES = Pattern.compile("\\s*[;,/|]\\s*|\\s+[\\-\u2013\u2014]\\s+");

    /**
     * A remark that makes the person the head: one of its pieces is a head's role alone ("HoD", "Head", "Chef",
     * "Jefa") or names the head ("Head of Delegation", "Cheffe de délégation", "Jefe de la delegación"; not "Deputy
     * Head of Delegation"). A yes, a lone letter or any other remark ("Vegetarian", "Arrives Tuesday") is none.
     */
    static boolean headByRemark(String remark) {
        if (remark == null || remark.isBlank()) {
            return false;
        }
        for (String piece : REMARK_PIECES.split(remark.strip())) {
            String bare = piece.replaceAll("[()\\[\\]]", " ").strip();
            if (HEAD_ALONE.matcher(bare).matches() || headByPosition(piece)) {
                return true;
            }
        }
        return false;
    }

    /** A position that makes its holder the head: "Head of Delegation", not "Deputy Head of Delegation". */
    static boolean headByPosition(String position) {
        return HEAD.matcher(position).find() && !NOT_HEAD.matcher(position).find();
    }

    /**
     * The cell of a head-of-delegation column: a yes ("Yes", "X", "Sí"), or a role in the delegation that is the head
     * ("Head of Delegation", "Head", "Chef de délégation"; not "Alternate", "Adviser", "Deputy Head").
     */
    static boolean headByRole(String value) {
        // a head column of single letters, O/N (oui/non) or S/N (sí/no); never in a check-in column, where "o" may
        // mark an absence
        return yes(value) || value.strip().matches("(?i)[os]") || HEAD_ALONE.matcher(value).matches() || headByPosition(value);
    }

    /** A check-in cell that says the person came: a yes, or the date or time the badge was collected. */
    static boolean checkedIn(String value) {
        if (yes(value) || CHECK_IN_TIME.matcher(value).matches() || CHECK_IN_DATE.matcher(value).matches()
                || COLLECTED.matcher(value).matches()) {
            return true;
        }
        // the days attended, several in one cell ("03/05/2027 | 05/05/2027", "3 May; 5 May"): any of them
        String[] days = value.split("\\s*[|;]\\s*|\\s+/\\s+");
        return days.length > 1 && java.util.Arrays.stream(days).anyMatch(d -> !d.isBlank()
                && (CHECK_IN_TIME.matcher(d).matches() || CHECK_IN_DATE.matcher(d).matches()));
    }

    static boolean yes(String value) {
        return YES.matcher(value).matches();
    }

    /** A row whose first filled cell says "Total" and whose other cells hold nothing but numbers. */
    static boolean isTotal(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> c != null && !c.isBlank()).toList();
        return !filled.isEmpty() && TOTAL.matcher(filled.get(0)).matches()
                && filled.stream().skip(1).allMatch(c -> c.strip().matches("[\\d.,: ]+"));
    }
}
