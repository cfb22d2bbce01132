/**
 * Text helpers shared by the report parser and the position rules: what a regular expression needs to find
 * ({@link org.rapporteur.text.RequiredText}) and patterns run only on text that holds it
 * ({@link org.rapporteur.text.GuardedPattern}).
 */
package org.rapporteur.text;
