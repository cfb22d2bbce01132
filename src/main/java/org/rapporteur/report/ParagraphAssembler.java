package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.rapporteur.quality.Finding;
import org.rapporteur.report.LineBlocks.Block;
import org.rapporteur.report.LineBlocks.Kind;
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

    private static final int SHORT_ITEM = 120;

    /** What the assembly gives: the front matter lines, the paragraphs and the text that fitted nowhere. */
    record Assembly(List<String> frontMatter, List<Paragraph> paragraphs, List<Finding> findings) {
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
        List<Block> blocks = LineBlocks.of(lines);
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
        return new Assembly(List.copyOf(assembler.frontMatter), AgendaItems.under(resolved),
                List.copyOf(assembler.findings));
    }

    private void accept(Block block) {
        switch (block.kind()) {
            case HEADING -> acceptHeading(block);
            case NUMBERED -> acceptNumbered(block);
            case GLUED_NUMBER -> acceptGluedNumber(block);
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

    /** "10.In all, …": the paragraph due, or else text that begins with a number ("3.The"), kept as printed. */
    private void acceptGluedNumber(Block block) {
        int n = Integer.parseInt(block.label());
        if (!unnumbered && n == currentNumber + 1 && (current != null || headingOpen)) {
            acceptNumbered(new Block(Kind.NUMBERED, block.label(), block.firstLine(), block.lines()));
        } else {
            List<String> lines = new ArrayList<>(block.lines());
            lines.set(0, n + "." + lines.get(0));
            appendText(new Block(Kind.TEXT, "", block.firstLine(), lines));
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
        } else if (n > expected && length >= 40 && current != null && Corrigenda.announces(current, n)) {
            // a corrigendum reprints paragraphs 31, 33, 83 …, each announced ("Page 31, …, paragraphs 83 and 84 / For
            // the existing text substitute"): the announcement is no text of the paragraph before
            current = new StringBuilder(Corrigenda.withoutAnnouncement(current));
            openParagraph(n, block);
        } else if (n > expected && n <= expected + 2 && length >= 40) {
            findings.add(new Finding("line " + block.firstLine(), FindingCode.UNSTRUCTURED_TEXT,
                    "Paragraph " + n + " follows paragraph " + currentNumber + ": paragraph numbers skipped"));
            openParagraph(n, block);
        } else {
            appendItem(new Block(Kind.ITEM, "", block.firstLine(), List.of(n + ". " + block.text())));
        }
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

    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,3}\\..*");

    private void appendItem(Block block) {
        if (current == null) {
            appendText(block);
            return;
        }
        if (!NUMBERED_ITEM.matcher(block.lines().get(0)).matches()) {
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
            paragraphs.add(new Paragraph(currentNumber, chapter, section, "",
                    BulletedLines.joined(current.toString().strip())));
            current = null;
        }
        listNext = 0;
    }

    private static boolean endsWithColon(StringBuilder text) {
        String t = text.toString().stripTrailing();
        return t.endsWith(":");
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
