package org.rapporteur.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputFinder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the ingest's input files among its workers. A file belongs to partition {@code hash(kind, source) mod n}: the
 * same file to the same partition whatever else the folder holds, so a file added or removed while the workers list
 * the folder can never be read by two workers or by none. Only the partition's number and their count go into its
 * execution context (each worker takes its share of the run's one listing, {@link IngestSnapshot}), so the job
 * repository stores a few bytes per partition rather than a list of files rewritten at every commit. On a restart each
 * partition's share is taken from a new listing, and the hash still sends every file to one partition.
 */
class InputFilesPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

    private final Path inputDirectory;

    InputFilesPartitioner(Path inputDirectory) {
        this.inputDirectory = inputDirectory;
    }

    /** Up to {@code gridSize} partitions, no more than there are files (and one when there are none). */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, InputFinder.all(inputDirectory).size()));
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int k = 0; k < partitions; k++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, k);
            context.putInt(PARTITIONS, partitions);
            contexts.put(PARTITION + k, context);
        }
        return contexts;
    }

    /** The files of partition {@code partition} of {@code partitions}, in the listing's order. */
    static List<InputFile> share(List<InputFile> files, int partition, int partitions) {
        return files.stream().filter(f -> partitionOf(f, partitions) == partition).toList();
    }

    static int partitionOf(InputFile file, int partitions) {
        return Math.floorMod((file.kind().name() + "/" + file.source()).hashCode(), partitions);
    }
}
