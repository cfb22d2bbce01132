package org.rapporteur.inputs;

import java.nio.file.Path;

/**
 * One entry of an input folder: a file to read, or something that stands where one would (a folder that cannot be
 * listed, a broken symbolic link), which its reader then rejects with a finding.
 *
 * @param kind   the folder it was found in
 * @param source its path relative to that folder, with "/" separators, after the kind's prefix: the name exports use
 * @param path   where it is
 */
public record InputFile(InputKind kind, String source, Path path) {
}
