package org.rapporteur.positions.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.rapporteur.positions.GoldSentence;
import org.rapporteur.positions.GoldSetReader;

/**
 * The labelled corpus the learned parts of the classifier are trained on: one file per hand ({@code hand-<name>.csv},
 * see the README beside them). The default corpus ships inside the jar under {@code positions/corpus/}, listed in its
 * {@code hands.txt}.
 */
public final class LabelledCorpus {

    public static final String RESOURCE_DIR = "/positions/corpus/";

    private LabelledCorpus() {
    }

    /** The hands shipped in the jar, in the order of {@code hands.txt}. */
    public static List<Hand> readDefault() {
        List<Hand> hands = new ArrayList<>();
        for (String file : index()) {
            try (InputStream in = LabelledCorpus.class.getResourceAsStream(RESOURCE_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("The corpus file " + file + " listed in hands.txt is not in the jar");
                }
                hands.add(read(file, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hands;
    }

    private static List<String> index() {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream(RESOURCE_DIR + "hands.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code hand-*.csv} of a folder, by name. */
    public static List<Hand> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().matches("hand-[\\w.-]+\\.csv")).sorted().toList();
        }
        List<Hand> hands = new ArrayList<>();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                hands.add(read(file.getFileName().toString(), reader));
            }
        }
        return hands;
    }

    static Hand read(String file, Reader reader) throws IOException {
        String name = file.replaceFirst("^hand-", "").replaceFirst("\\.csv$", "");
        List<GoldSentence> sentences = GoldSetReader.read(file, reader);
        return new Hand(name, sentences);
    }

    /** All sentences of the hands, in order. */
    public static List<GoldSentence> sentences(List<Hand> hands) {
        List<GoldSentence> all = new ArrayList<>();
        hands.forEach(h -> all.addAll(h.sentences()));
        return all;
    }
}
