package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agenda item each paragraph falls under: the item a lettered section names in its first paragraph ("Under agenda
 * item 3 (b), …") holds for the section's paragraphs.
 */
final class AgendaItems {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_BEFORE_BRACKET = Pattern.compile("(\\d)\\(");
    private static final Pattern AGENDA_REF = Pattern.compile(
            "agenda item\\s+(\\d{1,2}(?:\\s*\\([a-z]{1,3}\\))?)", Pattern.CASE_INSENSITIVE);

    private AgendaItems() {
    }

    /** The paragraphs with their agenda items. */
    static List<Paragraph> under(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        Heading section = null;
        String item = "";
        for (Paragraph p : paragraphs) {
            if (p.section() != section) {
                section = p.section();
                item = "";
                if (section != null) {
                    Matcher m = AGENDA_REF.matcher(p.text());
                    if (m.find()) {
                        item = NUMBER_BEFORE_BRACKET.matcher(SPACES.matcher(m.group(1)).replaceAll(" ")).replaceAll("$1 (");
                    }
                }
            }
            out.add(new Paragraph(p.number(), p.chapter(), p.section(), item, p.text()));
        }
        return out;
    }
}
