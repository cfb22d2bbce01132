package org.rapporteur.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rapporteur.positions.CodebookReader;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.positions.SentenceResult;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * Developer tool, not a test: prints each sentence of one report with the positions the classifier gives it, to
 * see why a sentence is (not) classified. Run like {@link SeedDebug}.
 */
class PositionsDebug {
    public static void main(String[] args) throws Exception {
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        PositionClassifier c = new PositionClassifier(CodebookReader.readDefault(), n -> resolver.resolve(n).map(Entity::code));
        String file = args.length > 0 ? args[0] : "../shared/seeds/000_df15103811212375.txt";
        MeetingReport r = new ReportParser(resolver).parse("x", Files.readString(Path.of(file)));
        for (Paragraph p : r.paragraphs()) {
            List<String> sentences = SentenceSplitter.split(p.text());
            List<SentenceResult> results = c.classifyAll(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                SentenceResult res = results.get(i);
                if (res.positions().isEmpty() && res.reviewReason().isEmpty()) continue;
                System.out.println(p.number() + "." + (i + 1) + " " + sentences.get(i));
                res.positions().forEach(pos -> System.out.println("    " + pos));
                if (!res.reviewReason().isEmpty()) System.out.println("    REVIEW " + res.reviewReason());
            }
        }
    }
}
