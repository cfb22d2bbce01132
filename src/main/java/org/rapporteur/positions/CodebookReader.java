package org.rapporteur.positions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a codebook from YAML. Every problem (bad YAML, a missing key, an unknown stance, a pattern that does not
 * compile, a duplicate topic id) is refused with the file, the line and the reason, before any input is read.
 */
public final class CodebookReader {

    /** The codebook inside the jar. */
    public static final String DEFAULT_RESOURCE = "/positions/codebook.yml";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final String source;

    private CodebookReader(String source) {
        this.source = source;
    }

    public static Codebook readDefault() {
        try (InputStream in = CodebookReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default codebook " + DEFAULT_RESOURCE + " is not in the jar");
            }
            return read("codebook.yml (default)", new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Codebook read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (IOException e) {
            throw new CodebookException(file.toString(), 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a codebook; the reader is not closed. */
    public static Codebook read(String source, Reader reader) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new CodebookException(source, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new CodebookException(source, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new CodebookException(source, 1, "the file is empty");
        }
        return new CodebookReader(source).codebook(root);
    }

    private Codebook codebook(Node root) {
        Map<String, Node> map = mapping(root, "the codebook");
        Node version = require(map, "version", root);
        if (!"1".equals(scalar(version, "version"))) {
            throw error(version, "unsupported version " + scalar(version, "version") + " (this Rapporteur reads 1)");
        }
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : sequence(require(map, "topics", root), "topics")) {
            Topic topic = topic(node);
            if (!ids.add(topic.id())) {
                throw error(node, "topic id " + topic.id() + " is used twice");
            }
            topics.add(topic);
        }
        if (topics.isEmpty()) {
            throw error(map.get("topics"), "no topics");
        }
        return new Codebook(source, List.copyOf(topics), cues(require(map, "cues", root), "cues"),
                cues(require(map, "hedges", root), "hedges"),
                map.containsKey("neutralFrames") ? cues(map.get("neutralFrames"), "neutralFrames") : List.of(),
                patterns(require(map, "negations", root), "negations", true),
                patterns(require(map, "mentionOnly", root), "mentionOnly", true),
                patterns(require(map, "contrasts", root), "contrasts", false),
                quantifiers(require(map, "quantifiers", root)),
                patterns(require(map, "passive", root), "passive", true),
                patterns(require(map, "carryOver", root), "carryOver", true),
                patterns(require(map, "attribution", root), "attribution", false),
                patterns(require(map, "reportingVerbs", root), "reportingVerbs", true),
                map.containsKey("reasons") ? patterns(map.get("reasons"), "reasons", true) : List.of());
    }

    private Topic topic(Node node) {
        Map<String, Node> map = mapping(node, "a topic");
        String id = scalar(require(map, "id", node), "id");
        if (!id.matches("[A-Z][A-Z0-9_]*")) {
            throw error(map.get("id"), "topic id \"" + id + "\" must be upper case letters, digits and _");
        }
        String label = map.containsKey("label") ? scalar(map.get("label"), "label") : id;
        boolean tracked = map.containsKey("tracked") && bool(map.get("tracked"), "tracked");
        List<Pattern> patterns = patterns(require(map, "patterns", node), id + " patterns", true);
        if (patterns.isEmpty()) {
            throw error(map.get("patterns"), "topic " + id + " has no patterns");
        }
        List<Pattern> anaphora = map.containsKey("anaphora")
                ? patterns(map.get("anaphora"), id + " anaphora", true) : List.of();
        List<Cue> cues = map.containsKey("cues") ? cues(map.get("cues"), id + " cues") : List.of();
        return new Topic(id, label, tracked, patterns, anaphora, cues);
    }

    private List<Cue> cues(Node node, String what) {
        List<Cue> cues = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            Map<String, Node> map = mapping(item, "a cue in " + what);
            String id = scalar(require(map, "id", item), "id");
            String stanceText = scalar(require(map, "stance", item), "stance");
            Stance stance;
            try {
                stance = Stance.valueOf(stanceText);
            } catch (IllegalArgumentException e) {
                throw error(map.get("stance"), "stance \"" + stanceText + "\" is none of FOR, AGAINST, NEUTRAL");
            }
            cues.add(new Cue(id, stance, pattern(require(map, "pattern", item), true),
                    map.containsKey("implies") && bool(map.get("implies"), "implies")));
        }
        return List.copyOf(cues);
    }

    private List<Quantifier> quantifiers(Node node) {
        List<Quantifier> out = new ArrayList<>();
        for (Node item : sequence(node, "quantifiers")) {
            Map<String, Node> map = mapping(item, "a quantifier");
            String id = scalar(require(map, "id", item), "id");
            Node weightNode = require(map, "weight", item);
            int weight;
            try {
                weight = Integer.parseInt(scalar(weightNode, "weight"));
            } catch (NumberFormatException e) {
                throw error(weightNode, "weight must be a whole number from 1 to 6");
            }
            if (weight < 1 || weight > 6) {
                throw error(weightNode, "weight " + weight + " is not from 1 to 6");
            }
            out.add(new Quantifier(id, pattern(require(map, "pattern", item), true), weight));
        }
        return List.copyOf(out);
    }

    private List<Pattern> patterns(Node node, String what, boolean wholeWords) {
        List<Pattern> out = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            out.add(pattern(item, wholeWords));
        }
        return List.copyOf(out);
    }

    private Pattern pattern(Node node, boolean wholeWords) {
        String text = scalar(node, "pattern");
        if (text.isBlank()) {
            throw error(node, "empty pattern");
        }
        try {
            return Pattern.compile(wholeWords ? "(?<![\\p{L}\\p{N}])(?:" + text + ")(?![\\p{L}\\p{N}])" : text, FLAGS);
        } catch (PatternSyntaxException e) {
            throw error(node, "pattern \"" + text + "\" is not a valid regular expression: " + e.getDescription());
        }
    }

    private Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            map.put(scalar(tuple.getKeyNode(), "key"), tuple.getValueNode());
        }
        return map;
    }

    private List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, what + " must be a list");
        }
        return sequence.getValue();
    }

    private String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    private boolean bool(Node node, String what) {
        String value = scalar(node, what);
        if (!value.equals("true") && !value.equals("false")) {
            throw error(node, what + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private Node require(Map<String, Node> map, String key, Node parent) {
        Node node = map.get(key);
        if (node == null) {
            throw error(parent, "missing key \"" + key + "\"");
        }
        return node;
    }

    private CodebookException error(Node node, String reason) {
        return new CodebookException(source, node == null ? 0 : node.getStartMark().getLine() + 1, reason);
    }
}
