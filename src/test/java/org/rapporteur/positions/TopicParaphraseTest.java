package org.rapporteur.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Topics named by paraphrase families the codebook's words missed: a convention by the city where it was drawn up or by
 * the body that drew it up ("the Strasbourg treaty", "the treaty of the Council of Europe", "the Palermo instrument"),
 * and data retention by the records kept ("conserve the connection data", "storage of traffic records", "a retention
 * mandate"). A place or a body named for itself is no topic. The rules alone, one sentence each, our own wording.
 */
class TopicParaphraseTest {

    static final PositionClassifier RULES = new PositionClassifier(CodebookReader.readDefault(),
            name -> Optional.empty());

    @Test
    void aConventionNamedByItsCityOrItsBody() {
        assertThat(classify("Several delegations criticized the Strasbourg treaty for its closed accession "
                + "procedure.")).containsExactly("BUDAPEST_CONVENTION AGAINST CLOSED_ACCESSION");
        assertThat(classify("One delegation praised the treaty of the Council of Europe as a practical tool."))
                .containsExactly("BUDAPEST_CONVENTION FOR WELCOME");
        assertThat(classify("A few experts doubted that the instrument drawn up within the Council of Europe could "
                + "serve every region.")).containsExactly("BUDAPEST_CONVENTION AGAINST DOUBT");
        assertThat(classify("The representative of Chad considered the Palermo instrument well suited to offences by "
                + "organized groups.")).containsExactly("UNTOC FOR EFFECTIVE");
    }

    @Test
    void dataRetentionNamedByTheRecordsKept() {
        assertThat(classify("Some speakers opposed any rule obliging operators to conserve the connection data of all "
                + "users.")).containsExactly("DATA_RETENTION AGAINST OPPOSE");
        assertThat(classify("Several experts described compulsory storage of traffic records as disproportionate."))
                .containsExactly("DATA_RETENTION AGAINST DOUBT");
        assertThat(classify("One delegation rejected any retention mandate for small providers."))
                .containsExactly("DATA_RETENTION AGAINST OPPOSE");
    }

    @Test
    void aPlaceOrABodyNamedForItselfIsNoTopic() {
        assertThat(classify("The Council of Europe hosted a workshop in Strasbourg on judicial training.")).isEmpty();
    }

    private static List<String> classify(String sentence) {
        return RULES.classify(sentence, SentenceContext.NONE).positions().stream()
                .map(p -> p.topic() + " " + p.stance() + " " + p.rule()).toList();
    }
}
