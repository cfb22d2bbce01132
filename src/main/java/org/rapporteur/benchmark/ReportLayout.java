package org.rapporteur.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three forms in which UN reports reach Rapporteur as text: saved from Word (one line per paragraph, numbers from
 * auto-numbering followed by a tab), extracted from a PDF (one line per printed line, running headers, job numbers,
 * page numbers and link lines left between the lines), and extracted from a PDF as the seed report was (the same,
 * with an empty line after every line, trailing spaces and no front page).
 */
enum ReportLayout {

    WORD, PDF, SEED;

    /** Printed lines per page of the PDF forms. */
    static final int LINES_PER_PAGE = 44;
    private static final int WIDTH = 86;

    /** What a PDF prints around the text: the symbol as running header, the job number, links to documents cited. */
    record Furniture(String symbol, String jobNumber, String printDates, List<String> links) {
    }

    String render(List<Block> blocks, Furniture furniture) {
        return switch (this) {
            case WORD -> word(blocks);
            case PDF -> paged(printedLines(blocks, true), furniture, false);
            case SEED -> paged(printedLines(blocks, false), furniture, true);
        };
    }

    private static String word(List<Block> blocks) {
        StringBuilder text = new StringBuilder(blocks.size() * 200);
        for (Block block : blocks) {
            if (block instanceof Block.FrontLine f) {
                text.append(f.text());
            } else if (block instanceof Block.Chapter c) {
                text.append(c.number()).append(".\t").append(c.title());
            } else if (block instanceof Block.Section s) {
                text.append(s.letter()).append(".\t").append(s.title());
            } else if (block instanceof Block.Para p) {
                text.append(p.number()).append(".\t").append(p.text());
            } else if (block instanceof Block.Item i) {
                text.append("\t".repeat(i.depth())).append(i.label()).append('\t').append(i.text());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static List<String> printedLines(List<Block> blocks, boolean frontPage) {
        List<String> lines = new ArrayList<>(blocks.size() * 4);
        for (Block block : blocks) {
            if (block instanceof Block.FrontLine f) {
                if (frontPage) {
                    lines.add(" " + f.text());
                }
            } else if (block instanceof Block.Chapter c) {
                lines.add("  " + c.number() + ". " + c.title());
            } else if (block instanceof Block.Section s) {
                lines.add("  " + s.letter() + ". " + s.title());
            } else if (block instanceof Block.Para p) {
                wrap(p.number() + ". " + p.text(), "", lines);
            } else if (block instanceof Block.Item i) {
                wrap(" ".repeat(i.depth() + 1) + i.label() + " " + i.text(), "", lines);
            }
        }
        return lines;
    }

    /** Breaks a paragraph into printed lines of at most {@link #WIDTH} characters, at spaces. */
    static void wrap(String text, String indent, List<String> lines) {
        int start = 0;
        String prefix = "";
        while (text.length() - start > WIDTH - prefix.length()) {
            int end = text.lastIndexOf(' ', start + WIDTH - prefix.length());
            if (end <= start) {
                end = text.indexOf(' ', start + WIDTH - prefix.length());
                if (end < 0) {
                    break;
                }
            }
            lines.add(prefix + text.substring(start, end));
            start = end + 1;
            prefix = indent;
        }
        lines.add(prefix + text.substring(start));
    }

    /** Cuts the lines into pages and puts the furniture a PDF extraction leaves between them. */
    private static String paged(List<String> lines, Furniture furniture, boolean seedForm) {
        int pages = Math.max(1, (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
        StringBuilder text = new StringBuilder(lines.size() * 100);
        int link = 0;
        for (int i = 0; i < lines.size(); i++) {
            line(text, lines.get(i), seedForm);
            boolean endOfPage = (i + 1) % LINES_PER_PAGE == 0 && i + 1 < lines.size();
            if (endOfPage) {
                int page = (i + 1) / LINES_PER_PAGE;
                if (link < furniture.links().size()) {
                    line(text, "http://undocs.org/" + furniture.links().get(link++), seedForm);
                }
                if (page == 1 && !seedForm) {
                    line(text, furniture.jobNumber() + " (E) " + furniture.printDates(), false);
                    line(text, "*" + furniture.jobNumber().replaceAll("\\D", "") + "*", false);
                }
                String number = (page + 1) + "/" + pages;
                line(text, furniture.symbol(), seedForm);
                line(text, page % 2 == 1 ? number + " " + furniture.jobNumber()
                        : furniture.jobNumber() + " " + number, seedForm);
            }
        }
        while (link < furniture.links().size()) {
            line(text, "http://undocs.org/" + furniture.links().get(link++), seedForm);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line, boolean seedForm) {
        text.append(line);
        if (seedForm) {
            text.append(" \n\n");
        } else {
            text.append('\n');
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
