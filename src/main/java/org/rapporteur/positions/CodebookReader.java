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
 * Reads a codebook from YAML. Every problem (bad YAML, an unknown key, an unknown stance, a pattern that does not
 * compile, a duplicate topic id) is refused with the file, the line and the reason, before any input is read.
 *
 * <p>An analyst's codebook need not copy the default: a section it leaves out is the default's, and its topics are
 * added to the default topics (a topic with a default topic's id replaces it). So a file holding one new topic, with
 * its patterns and example sentences, is a whole codebook.
 */
public final class CodebookReader {

    /** The codebook inside the jar. */
    public static final String DEFAULT_RESOURCE = "/positions/codebook.yml";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Set<String> ROOT_KEYS = Set.of("version", "topics", "cues", "hedges", "neutralFrames",
            "negations", "mentionOnly", "contrasts", "quantifiers", "passive", "carryOver", "attribution",
            "reportingVerbs", "reasons", "negationScopeEnds", "negatedSubjects", "negatingPrefixes",
            "superseded");
    private static final Set<String> TOPIC_KEYS = Set.of("id", "label", "tracked", "patterns", "anaphora", "cues",
            "description", "examples", "inBodies");
    private static final Set<String> IN_BODY_KEYS = Set.of("body", "pattern");
    private static final Set<String> CUE_KEYS = Set.of("id", "stance", "pattern", "implies");
    private static final Set<String> QUANTIFIER_KEYS = Set.of("id", "weight", "pattern");
    private static final Set<String> EXAMPLE_KEYS = Set.of("FOR", "AGAINST", "NEUTRAL", "mention");

    private final String source;
    /** The codebook whose sections fill in the ones left out; null when reading the default itself. */
    private final Codebook base;

    private CodebookReader(String source, Codebook base) {
        this.source = source;
        this.base = base;
    }

    public static Codebook readDefault() {
        try (InputStream in = CodebookReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default codebook " + DEFAULT_RESOURCE + " is not in the jar");
            }
            return parse("codebook.yml (default)", new InputStreamReader(in, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Codebook read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), reader, readDefault());
        } catch (IOException e) {
            throw new CodebookException(file.toString(), 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads an analyst's codebook, the default filling in what it leaves out; the reader is not closed. */
    public static Codebook read(String source, Reader reader) {
        return parse(source, reader, readDefault());
    }

    private static Codebook parse(String source, Reader reader, Codebook base) {
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
        return new CodebookReader(source, base).codebook(root);
    }

    private Codebook codebook(Node root) {
        Map<String, Node> map = mapping(root, "the codebook", ROOT_KEYS);
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
        if (base != null) {
            List<Topic> merged = new ArrayList<>();
            for (Topic t : base.topics()) {
                merged.add(topics.stream().filter(o -> o.id().equals(t.id())).findFirst().orElse(t));
            }
            topics.stream().filter(t -> base.topic(t.id()).isEmpty()).forEach(merged::add);
            topics = merged;
        }
        return new Codebook(source, List.copyOf(topics),
                section(map, "cues", root, Codebook::cues, n -> cues(n, "cues")),
                section(map, "hedges", root, Codebook::hedges, n -> cues(n, "hedges")),
                section(map, "neutralFrames", root, Codebook::neutralFrames, n -> cues(n, "neutralFrames")),
                section(map, "negations", root, Codebook::negations, n -> patterns(n, "negations", true)),
                section(map, "mentionOnly", root, Codebook::mentionOnly, n -> patterns(n, "mentionOnly", true)),
                section(map, "contrasts", root, Codebook::contrasts, n -> patterns(n, "contrasts", false)),
                section(map, "quantifiers", root, Codebook::quantifiers, this::quantifiers),
                section(map, "passive", root, Codebook::passive, n -> patterns(n, "passive", true)),
                section(map, "carryOver", root, Codebook::carryOver, n -> patterns(n, "carryOver", true)),
                section(map, "attribution", root, Codebook::attribution, n -> patterns(n, "attribution", false)),
                section(map, "reportingVerbs", root, Codebook::reportingVerbs,
                        n -> patterns(n, "reportingVerbs", true)),
                section(map, "reasons", root, Codebook::reasons, n -> patterns(n, "reasons", true)),
                section(map, "negationScopeEnds", root, Codebook::negationScopeEnds,
                        n -> patterns(n, "negationScopeEnds", false)),
                section(map, "negatedSubjects", root, Codebook::negatedSubjects,
                        n -> patterns(n, "negatedSubjects", false)),
                section(map, "negatingPrefixes", root, Codebook::negatingPrefixes,
                        n -> patterns(n, "negatingPrefixes", false)),
                section(map, "superseded", root, Codebook::superseded, n -> patterns(n, "superseded", true)));
    }

    /**
     * A section as written, else the base codebook's; the default codebook must have it (reasons, neutral frames,
     * negating prefixes and superseded views are optional).
     */
    private <T> List<T> section(Map<String, Node> map, String key, Node root,
                                java.util.function.Function<Codebook, List<T>> fromBase,
                                java.util.function.Function<Node, List<T>> read) {
        if (map.containsKey(key)) {
            return read.apply(map.get(key));
        }
        if (base != null) {
            return fromBase.apply(base);
        }
        if (key.equals("reasons") || key.equals("neutralFrames") || key.equals("negatingPrefixes")
                || key.equals("superseded")) {
            return List.of();
        }
        throw error(root, "missing key \"" + key + "\"");
    }

    private Topic topic(Node node) {
        Map<String, Node> map = mapping(node, "a topic", TOPIC_KEYS);
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
        String description = map.containsKey("description") ? scalar(map.get("description"), "description") : "";
        List<Topic.Example> examples = map.containsKey("examples") ? examples(map.get("examples"), id)
                : List.of();
        List<Topic.InBody> inBodies = new ArrayList<>();
        if (map.containsKey("inBodies")) {
            for (Node item : sequence(map.get("inBodies"), id + " inBodies")) {
                Map<String, Node> in = mapping(item, "an inBodies entry of " + id, IN_BODY_KEYS);
                inBodies.add(new Topic.InBody(pattern(require(in, "body", item), false),
                        pattern(require(in, "pattern", item), true)));
            }
        }
        return new Topic(id, label, tracked, patterns, anaphora, cues, description, examples, List.copyOf(inBodies));
    }

    /** {@code examples: {FOR: [...], AGAINST: [...], NEUTRAL: [...], mention: [...]}}. */
    private List<Topic.Example> examples(Node node, String topic) {
        List<Topic.Example> out = new ArrayList<>();
        mapping(node, "the examples of " + topic, EXAMPLE_KEYS).forEach((key, list) -> {
            Stance stance = key.equals("mention") ? null : Stance.valueOf(key);
            for (Node item : sequence(list, topic + " examples " + key)) {
                String sentence = scalar(item, "an example");
                if (sentence.isBlank()) {
                    throw error(item, "empty example");
                }
                out.add(new Topic.Example(sentence.strip(), stance));
            }
        });
        return List.copyOf(out);
    }

    private List<Cue> cues(Node node, String what) {
        List<Cue> cues = new ArrayList<>();
        for (Node item : sequence(node, what)) {
            Map<String, Node> map = mapping(item, "a cue in " + what, CUE_KEYS);
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
            Map<String, Node> map = mapping(item, "a quantifier", QUANTIFIER_KEYS);
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

    private Map<String, Node> mapping(Node node, String what, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!known.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key \"" + key + "\" in " + what + " (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
            map.put(key, tuple.getValueNode());
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
