package org.rapporteur.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classify and evaluate commands. */
class PositionCommandsTest {

    static final Path GOLD = Path.of("src/test/resources/positions-small/gold-six.csv");

    @TempDir
    Path work;

    @Test
    void evaluatePrintsTheScoresAndEndsWithTheSummaryLine() {
        RunOutput run = RunOutput.of("evaluate", "--gold", GOLD.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines.get(lines.size() - 1))
                // g5 ("noted the work of the 24/7 network") is found by the model; g6 is labelled against convention 1
                .isEqualTo("macro_f1=0.900 for_f1=1.000 against_f1=0.800 against_recall=0.667 n=6");
        assertThat(run.out()).contains("stance", "topic", "confusion (rows gold, columns predicted)",
                "NEW_INSTRUMENT", "DATA_RETENTION");
    }

    @Test
    void classifyWritesOneRowPerPosition() throws Exception {
        Path out = work.resolve("positions.csv");
        RunOutput run = RunOutput.of("classify", "--in", GOLD.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0))
                .isEqualTo("id,topic,stance,quantifier,weight,attributed_entity_code,on_behalf_of,confidence,rule");
        // the confidence weighs the rules against the model trained on the corpus: it moves as the corpus grows
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.replaceFirst(",,(0\\.\\d\\d?|1),", ",,C,")
                        .replaceFirst(",\"MODEL\\(.*", ",MODEL…"))
                .containsExactly(
                        "g1,NEW_INSTRUMENT,FOR,Several speakers,3,,,C,OPPOSE+negated",
                        "g2,DATA_RETENTION,AGAINST,Many speakers,4,,,C,CONCERN",
                        "g4,NEW_INSTRUMENT,AGAINST,Some speakers,2,,,C,PREMATURE",
                        // the rules name the topic but give no stance: the learned combiner decides, and says so
                        "g5,NETWORKS_24_7,FOR,Several speakers,3,,,C,MODEL…",
                        "g6,NEW_INSTRUMENT,NEUTRAL,One speaker,1,,,C,PREMATURE_POSITION");
    }

    @Test
    void classifyRefusesAFileWithoutTheSentenceColumn() throws Exception {
        Path in = work.resolve("in.csv");
        Files.writeString(in, "id,text\n1,Many speakers supported a new instrument.\n");
        RunOutput run = RunOutput.of("classify", "--in", in.toString(), "--out", work.resolve("o.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 1: the header must have the columns id and sentence");
    }

    @Test
    void evaluateRefusesAGoldRowWithAnUnknownStance() throws Exception {
        Path gold = work.resolve("gold.csv");
        Files.writeString(gold, "id,sentence,topic,stance\n1,Many speakers supported it.,UNTOC,MAYBE\n");
        RunOutput run = RunOutput.of("evaluate", "--gold", gold.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gold.csv line 2: stance \"MAYBE\" is none of FOR, AGAINST, NEUTRAL");
    }
}
