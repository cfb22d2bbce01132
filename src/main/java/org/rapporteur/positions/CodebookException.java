package org.rapporteur.positions;

/** A codebook that cannot be used, with the file, the line and the reason; the run refuses to start with it. */
public class CodebookException extends RuntimeException {

    public CodebookException(String source, int line, String reason) {
        super(source + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}
