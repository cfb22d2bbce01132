package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list printed as lettered sub-paragraphs under a lead that ends with a colon, as the Secretariat prints who spoke:
 * "… statements were made by the following:" / "(a) the representative of Kenya, on behalf of the Group of African
 * States;" / "(b) the representatives of Chile, Fiji and Japan; and" / "(c) the observer for the Holy See." Each item
 * is a sentence of its own once a paragraph is split; read alone, no item says what it lists. Joined into the lead,
 * items apart by "; ", they read as the same list printed in one sentence. A run whose items hold sentences of their
 * own (recommendations, conclusions) stays as printed.
 */
final class LetteredItems {

    /** "(a)", "b)", "(iv)", "(2)" before an item; "1." is an agenda's numbering, not a sub-paragraph's. */
    private static final Pattern MARK = Pattern.compile("^\\(?(?:[a-z]|[ivx]{1,5}|\\d{1,2})\\)\\s*(\\S.*)$");
    /** "…; and", "…, and", "…;", "….": what ends an item in the printed list, not part of it. */
    private static final Pattern ITEM_END = Pattern.compile("(?:[;,]\\s*and|[;,.])\\s*$");
    /** A sentence ending inside an item ("… their mangroves. Many …"), not an honorific ("Mr. Pieter de Wit"). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{3,}\\.\\s+\\p{Lu}");
    private static final int LONGEST_ITEM = 400;

    private LetteredItems() {
    }

    /**
     * The sentences with each lead that ends with a colon and the run of two or more lettered items after it joined
     * into one; other sentences as they were. Unmodifiable when the sentences are.
     */
    static List<String> joined(List<String> sentences) {
        if (sentences.stream().noneMatch(s -> s.endsWith(":"))) {
            return sentences;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            String lead = sentences.get(i);
            List<String> items = new ArrayList<>();
            int end = i + 1;
            while (lead.endsWith(":") && end < sentences.size()) {
                Matcher m = MARK.matcher(sentences.get(end));
                if (!m.matches() || m.group(1).length() > LONGEST_ITEM || SENTENCE_INSIDE.matcher(m.group(1)).find()) {
                    break;
                }
                items.add(ITEM_END.matcher(m.group(1)).replaceFirst("").strip());
                end++;
            }
            if (items.size() >= 2) {
                out.add(lead + " " + String.join("; ", items) + ".");
                i = end;
            } else {
                out.add(lead);
                i++;
            }
        }
        return List.copyOf(out);
    }
}
