package org.rapporteur.positions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which codebook a run uses: the one given, else {@code jobs/codebook.yml} when present, else the default in the jar. */
public final class Codebooks {

    /** The operator's codebook, read when present and no other is given. */
    public static final Path OPERATOR_CODEBOOK = Path.of("jobs", "codebook.yml");

    private Codebooks() {
    }

    /** @param given a codebook file named on the command line, or null */
    public static Codebook choose(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new CodebookException(given.toString(), 0, "no such file");
            }
            return CodebookReader.read(given);
        }
        if (Files.isRegularFile(OPERATOR_CODEBOOK)) {
            return CodebookReader.read(OPERATOR_CODEBOOK);
        }
        return CodebookReader.readDefault();
    }
}
