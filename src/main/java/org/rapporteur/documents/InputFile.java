package org.rapporteur.documents;

import java.nio.file.Path;

/**
 * One input file of a run.
 *
 * @param kind   the folder it was found in under the input directory ({@code reports})
 * @param source its path relative to that folder, with "/" separators: the name exports use
 * @param path   where it is
 */
public record InputFile(String kind, String source, Path path) {
}
