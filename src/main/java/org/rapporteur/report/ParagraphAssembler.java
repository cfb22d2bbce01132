package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.quality.FindingCode;

/**
 * Second stage: rebuilds the report's structure from cleaned lines: Roman-numbered chapters, lettered sections and
 * numbered paragraphs, with lines (and paragraphs broken across pages) joined.
 *
 * <p>Numbers are read in sequence, as a reader does: paragraphs run 1, 2, 3 … through the whole report, so a "1." that
 * comes where paragraph 28 is due is a list item (an adopted agenda) inside the current paragraph, not a paragraph.
 * Roman numerals that are also letters ("C", "D", "V", "I") are told apart the same way: a chapter is the next Roman
 * number, a section the next letter. Text before the first heading or paragraph is the front matter.
 */
final class ParagraphAssembler {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\.(?:\\s+(.*))?");
    private static final Pattern HEADING = Pattern.compile("([IVXL]{1,6}|[A-Z])\\.\\s+(\\S.*)");
    private static final Pattern ITEM = Pattern.compile("(?:\\((?:[a-z]{1,4}|\\d{1,2})\\)|[•▪●-])\\s+\\S.*");
    private static final Pattern AGENDA_REF = Pattern.compile(
            "agenda item\\s+(\\d{1,2}(?:\\s*\\([a-z]{1,3}\\))?)", Pattern.CASE_INSENSITIVE);
    private static final int SHORT_ITEM = 120;
    /** "Annex", "Annex II", "ANNEX 3" alone on a line. */
    private static final Pattern ANNEX = Pattern.compile("(?i:annex)(?:\\s+([IVX]{1,5}|\\d{1,2}))?\\.?");
    /** A corrigendum's instruction at the end of the text so far: "…, paragraphs 83 and 84 For the existing text …". */
    private static final Pattern ANNOUNCEMENT = Pattern.compile("(?i)(?:Page\\s+\\d+,\\s+)?(?:[^.]{0,80}?,\\s+)?"
            + "paragraphs?\\s+(\\d{1,3}(?:\\s*(?:,|and|to|–|-)\\s*\\d{1,3})*)\\s*[.,]?\\s*(?:For\\s+the\\s+existing"
            + "\\s+text\\s+substitute|(?:Replace|Delete|Insert|Add)\\b[^.]{0,80})?[.:]?\\s*$");

    /** What the assembly gives: the front matter lines, the paragraphs and the text that fitted nowhere. */
    record Assembly(List<String> frontMatter, List<Paragraph> paragraphs, List<Finding> findings) {
    }

    private enum Kind { NUMBERED, HEADING, ITEM, TEXT, ANNEX }

    /** A start line with the continuation lines that follow it. */
    private record Block(Kind kind, String label, int firstLine, List<String> lines) {
        String text() {
            return String.join(" ", lines);
        }
    }

    private final List<String> frontMatter = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private Heading chapter;
    private int chapterNumber;
    private Heading section;
    private char sectionLetter;
    private boolean headingOpen;
    private int headingLines;
    private int currentNumber;
    private StringBuilder current;
    private int listNext;
    private boolean structureSeen;
    /** No paragraph numbers in the text (Word keeps them as list numbering): each long line is a paragraph. */
    private boolean unnumbered;
    /** The width of the document's printed lines, which tells a list printed one name per line from wrapped text. */
    private int printedWidth;
    /** The annexes' text, a paragraph numbered 0, or null. */
    private Paragraph annexes;

    static Assembly assemble(List<SourceLine> lines) {
        ParagraphAssembler assembler = new ParagraphAssembler();
        assembler.printedWidth = SubLines.printedWidth(lines);
        List<Block> blocks = blocks(lines);
        assembler.unnumbered = blocks.stream().filter(b -> b.kind() == Kind.NUMBERED && b.text().length() >= 60)
                .count() < 2 && blocks.stream().anyMatch(b -> b.kind() == Kind.HEADING) && longLines(lines) >= 3;
        if (assembler.unnumbered) {
            assembler.findings.add(new Finding("file", FindingCode.UNSTRUCTURED_TEXT,
                    "No paragraph numbers in the text (Word numbering is lost in plain text): each line after the "
                            + "first heading is taken as a paragraph, numbered in order"));
        }
        for (int i = 0; i < blocks.size(); i++) {
            assembler.accept(blocks.get(i));
        }
        assembler.closeParagraph();
        if (assembler.annexes != null) {
            assembler.paragraphs.add(assembler.annexes);
        }
        Dehyphenator dehyphenator = new Dehyphenator(lines.stream().map(SourceLine::text).toList());
        List<Paragraph> resolved = assembler.paragraphs.stream()
                .map(p -> new Paragraph(p.number(), p.chapter(), p.section(), p.agendaItem(),
                        dehyphenator.resolve(p.text())))
                .toList();
        return new Assembly(List.copyOf(assembler.frontMatter), withAgendaItems(resolved),
                List.copyOf(assembler.findings));
    }

    private static List<Block> blocks(List<SourceLine> lines) {
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
                    blocks.add(open);
                } else {
                    open.lines().add(text);
                }
                continue;
            }
            Matcher numbered = NUMBERED.matcher(text);
            Matcher heading = HEADING.matcher(text);
            Block started = null;
            if (numbered.matches()) {
                numberedSeen = true;
                String rest = numbered.group(2) == null ? "" : numbered.group(2);
                started = new Block(Kind.NUMBERED, numbered.group(1), line.number(), new ArrayList<>(List.of(rest)));
            } else if (heading.matches() && text.length() < 160) {
                started = new Block(Kind.HEADING, heading.group(1), line.number(),
                        new ArrayList<>(List.of(heading.group(2).strip())));
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

    private void accept(Block block) {
        switch (block.kind()) {
            case HEADING -> acceptHeading(block);
            case NUMBERED -> acceptNumbered(block);
            case ITEM -> appendItem(block);
            case TEXT -> appendText(block);
            case ANNEX -> acceptAnnex(block);
        }
    }

    /**
     * The annexes after the numbered paragraphs ("Annex II / Attendance / States Members … represented by observers /
     * Algeria, Bangladesh, …"): one paragraph numbered 0 for them all, a line per printed line, so that a list keeps
     * its heading line; their text is never the last paragraph's.
     */
    private void acceptAnnex(Block block) {
        closeParagraph();
        headingOpen = false;
        String title = "Annex" + (block.label().isEmpty() ? "" : " " + block.label());
        String text = (title + "\n" + String.join("\n", block.lines())).strip();
        Paragraph before = annexes;
        annexes = new Paragraph(0, new Heading(before == null ? title : before.chapter().label(), "Annexes"), null, "",
                before == null ? text : before.text() + "\n" + text);
    }

    private void acceptHeading(Block block) {
        String label = block.label();
        int roman = Roman.value(label);
        boolean letter = label.length() == 1;
        char nextLetter = sectionLetter == 0 ? 'A' : (char) (sectionLetter + 1);
        boolean titleLike = block.text().length() <= 100 && !block.text().matches(".*[.;:]$");
        boolean isNextLetter = letter && (chapter != null ? label.charAt(0) == nextLetter
                : titleLike && (sectionLetter == 0 || label.charAt(0) == nextLetter));
        boolean isNextChapter = roman == chapterNumber + 1 || (roman > chapterNumber && roman <= chapterNumber + 2
                && !isNextLetter) || (chapterNumber == 0 && !structureSeen && roman > 0 && roman <= 12 && !letter);
        if (isNextChapter && !(isNextLetter && sectionLetter != 0)) {
            closeParagraph();
            chapterNumber = roman;
            chapter = new Heading(label, headingTitle(block));
            section = null;
            sectionLetter = 0;
            openHeading(block);
        } else if (isNextLetter || (letter && chapter != null && label.charAt(0) == nextLetter + 1)) {
            closeParagraph();
            sectionLetter = label.charAt(0);
            section = new Heading(label, headingTitle(block));
            openHeading(block);
        } else {
            appendText(new Block(Kind.TEXT, "", block.firstLine(), List.of(label + ". " + block.text())));
        }
    }

    private String headingTitle(Block block) {
        List<String> lines = block.lines();
        return String.join(" ", lines.subList(0, unnumbered ? 1 : Math.min(lines.size(), 3))).strip();
    }

    private void openHeading(Block block) {
        structureSeen = true;
        headingOpen = true;
        if (unnumbered) {
            headingLines = 1;
            if (block.lines().size() > 1) {
                appendText(new Block(Kind.TEXT, "", block.firstLine() + 1,
                        block.lines().subList(1, block.lines().size())));
            }
            return;
        }
        headingLines = block.lines().size();
        if (headingLines > 3) {
            findings.add(new Finding("line " + block.firstLine(), FindingCode.UNSTRUCTURED_TEXT,
                    "Text after the heading \"" + block.lines().get(0) + "\" is not in a numbered paragraph: "
                            + abbreviate(String.join(" ", block.lines().subList(3, block.lines().size())))));
        }
    }

    private void acceptNumbered(Block block) {
        int n = Integer.parseInt(block.label());
        if (unnumbered) {
            appendItem(new Block(Kind.ITEM, "", block.firstLine(), List.of(n + ". " + block.text())));
            return;
        }
        int expected = currentNumber + 1;
        int length = block.text().length();
        boolean listItemDue = listNext > 0 && n == listNext;
        boolean listStarts = n == 1 && current != null && endsWithColon(current) && currentNumber >= 1;
        if (n == expected && !(listItemDue && length < SHORT_ITEM) && !(listStarts && length < SHORT_ITEM)) {
            openParagraph(n, block);
        } else if (listItemDue || listStarts) {
            listNext = n + 1;
            appendItem(new Block(Kind.ITEM, "", block.firstLine(), List.of(n + ". " + block.text())));
        } else if (currentNumber == 0 && paragraphs.isEmpty() && current == null) {
            openParagraph(n, block);
        } else if (n > expected && length >= 40 && announced(n)) {
            // a corrigendum reprints paragraphs 31, 33, 83 …, each announced ("Page 31, …, paragraphs 83 and 84 / For
            // the existing text substitute"): the announcement is no text of the paragraph before
            current = new StringBuilder(ANNOUNCEMENT.matcher(current).replaceFirst("").strip());
            openParagraph(n, block);
        } else if (n > expected && n <= expected + 2 && length >= 40) {
            findings.add(new Finding("line " + block.firstLine(), FindingCode.UNSTRUCTURED_TEXT,
                    "Paragraph " + n + " follows paragraph " + currentNumber + ": paragraph numbers skipped"));
            openParagraph(n, block);
        } else {
            appendItem(new Block(Kind.ITEM, "", block.firstLine(), List.of(n + ". " + block.text())));
        }
    }

    /** Whether the text just before a numbered line announces that paragraph ("paragraphs 83 and 84"). */
    private boolean announced(int n) {
        if (current == null) {
            return false;
        }
        Matcher m = ANNOUNCEMENT.matcher(current);
        if (!m.find()) {
            return false;
        }
        Matcher number = Pattern.compile("\\d{1,3}").matcher(m.group(1));
        while (number.find()) {
            if (Integer.parseInt(number.group()) == n) {
                return true;
            }
        }
        return false;
    }

    private void openParagraph(int n, Block block) {
        closeParagraph();
        currentNumber = n;
        current = new StringBuilder();
        SubLines.append(current, block.lines(), printedWidth);
        headingOpen = false;
        listNext = 0;
        structureSeen = true;
    }

    private void appendItem(Block block) {
        if (current == null) {
            appendText(block);
            return;
        }
        if (!block.lines().get(0).matches("\\d{1,3}\\..*")) {
            listNext = listNext > 0 ? listNext : 0;
        }
        current.append('\n');
        StringBuilder item = new StringBuilder();
        for (String line : block.lines()) {
            Dehyphenator.append(item, line);
        }
        current.append(item);
    }

    private void appendText(Block block) {
        if (unnumbered && structureSeen) {
            for (String line : block.lines()) {
                if (headingOpen && headingLines < 3 && line.length() <= 100 && !line.matches(".*[.:;]$")) {
                    headingLines++;
                    appendToHeading(line);
                } else {
                    openParagraph(currentNumber + 1,
                            new Block(Kind.NUMBERED, "", block.firstLine(), new ArrayList<>(List.of(line))));
                }
            }
            return;
        }
        if (!structureSeen) {
            frontMatter.addAll(block.lines());
        } else if (headingOpen) {
            if (headingLines + block.lines().size() <= 3) {
                headingLines += block.lines().size();
                appendToHeading(String.join(" ", block.lines()));
            } else {
                findings.add(new Finding("line " + block.firstLine(), FindingCode.UNSTRUCTURED_TEXT,
                        "Text outside any numbered paragraph: " + abbreviate(String.join(" ", block.lines()))));
            }
        } else if (current != null) {
            for (String line : block.lines()) {
                Dehyphenator.append(current, line);
            }
        } else {
            frontMatter.addAll(block.lines());
        }
    }

    private void appendToHeading(String more) {
        if (section != null) {
            section = new Heading(section.label(), section.title() + " " + more);
        } else if (chapter != null) {
            chapter = new Heading(chapter.label(), chapter.title() + " " + more);
        }
    }

    /** Lines longer than a printed line can be: text saved with one line per paragraph. */
    private static long longLines(List<SourceLine> lines) {
        return lines.stream().filter(l -> l.text().length() > 150).count();
    }

    private void closeParagraph() {
        if (current != null) {
            paragraphs.add(new Paragraph(currentNumber, chapter, section, "", current.toString().strip()));
            current = null;
        }
        listNext = 0;
    }

    private static boolean endsWithColon(StringBuilder text) {
        String t = text.toString().stripTrailing();
        return t.endsWith(":");
    }

    private static List<Paragraph> withAgendaItems(List<Paragraph> paragraphs) {
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
                        item = m.group(1).replaceAll("\\s+", " ").replaceAll("(\\d)\\(", "$1 (");
                    }
                }
            }
            out.add(new Paragraph(p.number(), p.chapter(), p.section(), item, p.text()));
        }
        return out;
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
