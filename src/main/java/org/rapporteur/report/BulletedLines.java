package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list printed one item a line with bullets ("•", "▪", "●", "-") after a line that ends with a colon: "Statements were
 * made by:" / "• Zimbabwe (on behalf of …)" / "• Kazakhstan", "The Bureau is composed as follows:" / "• Co-Chairs:" /
 * "• Ms. A (Sri Lanka)", "… registered for the session:" / "• Observer States: one". Its items are joined as
 * {@link SubLines} joins a list printed one item a line without bullets: apart by "; ", a label that ends with a
 * colon kept with the item after it, so that whoever reads the paragraph reads both forms alike. A run of bullets
 * holding prose (an item longer than a short line that is no label and its list, or a sentence inside an item) stays
 * as printed, one item a line.
 */
final class BulletedLines {

    private static final Pattern BULLET = Pattern.compile("^\\s*[•▪●◦‣-]\\s+(\\S.*)$");
    private static final int SHORT_ITEM = 120;
    /** "African States: Algeria, Cameroon, …": a label and the list it heads, however long. */
    private static final Pattern LABELLED_LIST = Pattern.compile("^[^:;.]{2,80}:\\s+[^.;:]+$");
    /** A sentence ending inside an item ("… their mangroves. Many …"), not an honorific ("Mr. Pieter de Wit"). */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{3,}\\.\\s+\\p{Lu}");
    private static final Pattern AND_AT_END = Pattern.compile("[;,]?\\s+and$");

    private BulletedLines() {
    }

    /** The paragraph's text with each such run of bullets joined into the line before it. */
    static String joined(String paragraph) {
        String[] lines = paragraph.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            int end = i + 1;
            while (end < lines.length && BULLET.matcher(lines[end]).matches()) {
                end++;
            }
            List<String> run = new ArrayList<>();
            for (int j = i + 1; j < end; j++) {
                var m = BULLET.matcher(lines[j]);
                m.matches();
                run.add(AND_AT_END.matcher(m.group(1).strip()).replaceFirst(""));
            }
            if (line.stripTrailing().endsWith(":") && run.size() >= 2 && run.stream().allMatch(BulletedLines::isItem)) {
                StringBuilder text = new StringBuilder(line.stripTrailing());
                List<String> items = TableRows.items(run);
                String separator = TableRows.holdsCommaLists(run) ? ", " : "; ";
                boolean afterLabel = true;
                for (String item : items) {
                    text.append(afterLabel ? " " : separator).append(item);
                    afterLabel = item.endsWith(":");
                }
                out.add(text.toString());
                i = end;
            } else {
                out.add(line);
                i++;
            }
        }
        return String.join("\n", out);
    }

    private static boolean isItem(String item) {
        return (item.length() <= SHORT_ITEM || LABELLED_LIST.matcher(item).matches())
                && !SENTENCE_INSIDE.matcher(item).find();
    }
}
