/**
 * Text helpers shared by the report parser and the position rules: what a regular expression needs to find
 * ({@link org.rapporteur.text.RequiredText}), patterns run only on text that holds it
 * ({@link org.rapporteur.text.GuardedPattern}), and where a pattern's matches can begin
 * ({@link org.rapporteur.text.MatchStarts}).
 */
package org.rapporteur.text;
