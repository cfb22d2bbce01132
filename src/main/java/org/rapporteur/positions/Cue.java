package org.rapporteur.positions;

import java.util.regex.Pattern;

/**
 * Words that carry a stance: "needed" (FOR), "opposed" (AGAINST), "provided that" (NEUTRAL).
 *
 * @param id      the cue's id, named in the rule column
 * @param stance  the stance the cue gives when it is not negated
 * @param pattern what to look for
 * @param implies whether the cue alone names its topic ("existing instruments are sufficient")
 */
public record Cue(String id, Stance stance, Pattern pattern, boolean implies) {
}
