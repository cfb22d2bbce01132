package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of {@link ParagraphAssembler}: cleaned lines grouped into blocks, each a start line (a numbered
 * paragraph "12.", a heading "II." or "B.", a list item "(a)" or "•", an annex's title) with the continuation lines
 * that follow it. Which block is a paragraph, a chapter or an item of a list is the assembler's decision.
 */
final class LineBlocks {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.(?:\\s+(.*))?");
    /**
     * "10.In all, representatives of …": a PDF whose paragraph numbers are set in a narrow column prints a two-digit
     * number against its text, and extraction loses the space; the number is a paragraph's only if it is the one due.
     */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(\\d{1,3})\\.([\\p{Lu}\u201c\u2018\"(].*)");
    private static final Pattern HEADING = Pattern.compile("([IVXL]{1,6}|[A-Z])\\.\\s+(\\S.*)");
    /**
     * "Chapter III" alone on a line, its title on the next (the Official Records' form), or "Chapter III. Organization of
     * the session": a chapter heading as "III." is.
     */
    private static final Pattern CHAPTER = Pattern.compile("Chapter\\s+([IVXL]{1,6})(?:\\.?\\s*|[.:]?\\s+(\\p{Lu}.*))");
    private static final Pattern ITEM = Pattern.compile("(?:\\((?:[a-z]{1,4}|\\d{1,2})\\)|[•▪●-])\\s+\\S.*");
    /** An annex's label: a roman numeral, a number or a capital letter ("II", "3", "A"). */
    static final String ANNEX_LABEL = "[IVX]{1,5}|\\d{1,2}|[A-Z]";
    /**
     * "Annex", "Annex II", "ANNEX 3" alone on a line; "ANNEX A. LIST OF PARTICIPANTS", "Annex I: Attendance": with a
     * letter, or with its title on the same line (kept as the annex's first line). "Appendix B" (the FAO's word) is
     * an annex too.
     */
    private static final Pattern ANNEX = Pattern.compile("(?i:annexe?|appendix)(?:\\s+(" + ANNEX_LABEL + "))?(?:\\.?|(?:\\.|:|\\s+[–—-])"
            + "\\s+(\\p{Lu}[^.;]{2,100}))");

    /** What a block's start line is. */
    enum Kind { NUMBERED, GLUED_NUMBER, HEADING, ITEM, TEXT, ANNEX }

    /** A start line with the continuation lines that follow it. */
    record Block(Kind kind, String label, int firstLine, List<String> lines) {
        String text() {
            return String.join(" ", lines);
        }
    }

    private LineBlocks() {
    }

    /** The blocks of the lines, in order; after the numbered paragraphs, an annex holds every line to the next one. */
    static List<Block> of(List<SourceLine> lines) {
        List<Block> blocks = new ArrayList<>();
        Block open = null;
        boolean numberedSeen = false;
        for (SourceLine line : lines) {
            String text = line.text();
            Matcher annex = ANNEX.matcher(text);
            if (annex.matches() && numberedSeen || open != null && open.kind() == Kind.ANNEX) {
                // after the numbered paragraphs, "Annex II": every line to the next annex is the annex's, as printed
                if (annex.matches()) {
                    open = new Block(Kind.ANNEX, annex.group(1) == null ? "" : annex.group(1), line.number(),
                            new ArrayList<>());
                    if (annex.group(2) != null) {
                        open.lines().add(annex.group(2).strip());
                    }
                    blocks.add(open);
                } else {
                    open.lines().add(text);
                }
                continue;
            }
            Matcher numbered = NUMBERED.matcher(text);
            Matcher heading = HEADING.matcher(text);
            Matcher glued = GLUED_NUMBER.matcher(text);
            Block started = null;
            if (glued.matches()) {
                numberedSeen = true;
                started = new Block(Kind.GLUED_NUMBER, glued.group(1), line.number(),
                        new ArrayList<>(List.of(glued.group(2))));
            } else if (numbered.matches()) {
                numberedSeen = true;
                String rest = numbered.group(2) == null ? "" : numbered.group(2);
                started = new Block(Kind.NUMBERED, numbered.group(1), line.number(), new ArrayList<>(List.of(rest)));
            } else if (heading.matches() && text.length() < 160) {
                started = new Block(Kind.HEADING, heading.group(1), line.number(),
                        new ArrayList<>(List.of(heading.group(2).strip())));
            } else if (CHAPTER.matcher(text).matches() && text.length() < 160) {
                Matcher chapter = CHAPTER.matcher(text);
                chapter.matches();
                List<String> title = new ArrayList<>();
                if (chapter.group(2) != null) {
                    title.add(chapter.group(2).strip());
                }
                started = new Block(Kind.HEADING, chapter.group(1), line.number(), title);
            } else if (ITEM.matcher(text).matches()) {
                started = new Block(Kind.ITEM, "", line.number(), new ArrayList<>(List.of(text)));
            }
            if (started != null) {
                blocks.add(started);
                open = started;
            } else if (open == null) {
                open = new Block(Kind.TEXT, "", line.number(), new ArrayList<>(List.of(text)));
                blocks.add(open);
            } else {
                open.lines().add(text);
            }
        }
        return blocks;
    }
}
