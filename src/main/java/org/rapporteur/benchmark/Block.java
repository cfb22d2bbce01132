package org.rapporteur.benchmark;

/** One piece of a synthetic report before it is laid out as text: what a word processor would hold. */
sealed interface Block {

    /** A line of the front page (symbol, distribution, date, title). */
    record FrontLine(String text) implements Block {
    }

    /** "I. Introduction". */
    record Chapter(String number, String title) implements Block {
    }

    /** "A. Opening of the meeting". */
    record Section(String letter, String title) implements Block {
    }

    /** A numbered paragraph. */
    record Para(int number, String text) implements Block {
    }

    /** An agenda item or a document listed inside a paragraph: "1. Organizational matters:", "(a) Opening …". */
    record Item(int depth, String label, String text) implements Block {
    }
}
