package org.rapporteur.cli;

import java.nio.file.Path;

import org.rapporteur.positions.Codebooks;
import org.rapporteur.positions.PositionClassifier;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** Builds the position classifier for the commands that need no database. */
final class ClassifierFactory {

    private ClassifierFactory() {
    }

    static PositionClassifier create(Path codebook) {
        NameResolver resolver = new NameResolver(ReferenceData.loadDefault());
        return PositionClassifier.withDefaultModel(Codebooks.choose(codebook), name -> resolver.resolve(name).map(Entity::code));
    }
}
