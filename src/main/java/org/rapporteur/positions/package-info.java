/**
 * Positions: the stances voiced in a report's summary of deliberations, by topic, with the quantifier weight the report
 * gives them ("many speakers" outweighs "some speakers") and the speaker where the text names one. Rule-based and
 * explainable: a {@link org.rapporteur.positions.Codebook} (a YAML file a user can read and change) holds the topics,
 * cues and quantifiers, and every position names the rule and the cue words that produced it.
 */
package org.rapporteur.positions;
