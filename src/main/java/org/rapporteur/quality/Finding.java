package org.rapporteur.quality;

/**
 * One data-quality finding: a problem found in an input, kept as data and exported to data-quality.csv.
 *
 * @param location where in the input, e.g. {@code "paragraph 21"}, {@code "line 12"} or {@code "file"}
 * @param code     what it is; the severity follows from the code
 * @param message  a sentence for a person, naming the offending text
 */
public record Finding(String location, FindingCode code, String message) {

    public Severity severity() {
        return code.severity();
    }

    public static Finding inFile(FindingCode code, String message) {
        return new Finding("file", code, message);
    }

    public static Finding inParagraph(int paragraph, FindingCode code, String message) {
        // paragraph 0 holds the annexes after the numbered paragraphs (lists of participants)
        return new Finding(paragraph > 0 ? "paragraph " + paragraph : paragraph == 0 ? "annexes" : "front matter", code,
                message);
    }
}
