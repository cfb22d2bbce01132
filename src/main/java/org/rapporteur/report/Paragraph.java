package org.rapporteur.report;

/**
 * A numbered paragraph of a report, page furniture removed and lines joined.
 *
 * @param number     the paragraph number as printed (1, 2, …)
 * @param chapter    the chapter it stands under, or null before the first chapter
 * @param section    the lettered section it stands under, or null
 * @param agendaItem the agenda item its section considers ("2", "1 (c)"), or empty
 * @param text       the paragraph text; list items inside it (agenda items, "(a)" sub-items) start on a new line
 */
public record Paragraph(int number, Heading chapter, Heading section, String agendaItem, String text) {

    public boolean inChapter(String titleWord) {
        return chapter != null && chapter.title().toLowerCase().contains(titleWord.toLowerCase());
    }
}
