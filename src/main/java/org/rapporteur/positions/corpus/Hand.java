package org.rapporteur.positions.corpus;

import java.util.List;

import org.rapporteur.positions.GoldSentence;

/**
 * One writer's labelled sentences: a hand of the corpus ({@code hand-sec.csv} is the hand "sec").
 *
 * @param name      the hand's name, from its file name
 * @param sentences its sentences with their labels
 */
public record Hand(String name, List<GoldSentence> sentences) {
}
