package org.rapporteur.job;

import java.nio.file.Path;
import java.util.List;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputFinder;
import org.rapporteur.positions.LazyClassifier;
import org.rapporteur.store.FactStore;
import org.springframework.batch.core.ExitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a long ingest is doing, over all its workers: at the start what it will do ({@link IngestPlan}: a first or full
 * run reads every input), once {@value IngestPlan#PACE_AFTER} inputs are read the time per input and what it makes
 * for the rest, then progress lines: files done of total, rate and time left; one line per tenth of the files, at
 * most one every {@value #MIN_SECONDS_BETWEEN} seconds, and one at least every {@value #MAX_SECONDS_BETWEEN} seconds.
 * The rate counts the files checked one by one, not those found unchanged by their stat in a moment. One instance
 * listens to the ingest's manager step (which starts the count, on the job's thread) and to its workers (which count
 * files, on theirs).
 */
class IngestProgress implements StepExecutionListener, ItemProcessListener<InputFile, IngestedInput> {

    static final int MIN_SECONDS_BETWEEN = 2;
    static final int MAX_SECONDS_BETWEEN = 30;
    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final LazyClassifier classifier;
    private final FactStore store;
    private final String fingerprint;
    private int total;
    private int skipped;
    private int read;
    private long started;
    private long lastLine;
    private int done;
    /** The run's listing and stored inputs, shared with the workers; null to take them here. */
    private final IngestSnapshot snapshot;
    private int lastTenth;

    /**
     * @param classifier  the classifier the workers share, whose cost is said when the ingest ends
     * @param store       the inputs read before (for the opening line); null to say only how many files there are
     * @param fingerprint this version of Rapporteur, as the store records it per input
     */
    IngestProgress(LazyClassifier classifier, FactStore store, String fingerprint) {
        this(classifier, store, fingerprint, null);
    }

    /** As above, taking the input folder's listing and the stored inputs from the run's {@code snapshot}. */
    IngestProgress(LazyClassifier classifier, FactStore store, String fingerprint, IngestSnapshot snapshot) {
        this.snapshot = snapshot;
        this.classifier = classifier;
        this.store = store;
        this.fingerprint = fingerprint;
    }

    /** The manager step starts the count: {@code total} files to check; the workers' own starts change nothing. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(NightlyJobConfiguration.INGEST_STEP)) {
            String input = stepExecution.getJobParameters().getString(NightlyJobConfiguration.INPUT);
            IngestSnapshot.Snapshot taken = input == null || snapshot == null ? null
                    : snapshot.of(stepExecution.getJobExecutionId(), Path.of(input));
            List<InputFile> files = input == null ? List.of() : taken != null ? taken.files()
                    : InputFinder.all(Path.of(input));
            boolean full = "true".equals(stepExecution.getJobParameters().getString(NightlyJobConfiguration.FULL));
            start(files.size(), store == null || files.isEmpty()
                    ? "Ingest: " + files.size() + " input file(s) to check"
                    : IngestPlan.of(files, taken != null ? taken.known() : store.knownInputs(), fingerprint, full)
                            .opening());
        }
    }

    /** When the whole ingest ends: what classifying the sentences cost (a benchmark reads this line). */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(NightlyJobConfiguration.INGEST_STEP) && snapshot != null) {
            snapshot.release(stepExecution.getJobExecutionId());
        }
        if (stepExecution.getStepName().equals(NightlyJobConfiguration.INGEST_STEP) && classifier != null) {
            log.info("Positions: {}", classifier.ifMade().map(c -> c.costLine())
                    .orElse("sentences=0 (no input read: the classifier and its model were not loaded)"));
        }
        return null;
    }

    /** Starts the count of {@code files} files, saying {@code opening}. */
    synchronized void start(int files, String opening) {
        total = files;
        done = 0;
        skipped = 0;
        read = 0;
        lastTenth = 0;
        started = System.nanoTime();
        lastLine = started;
        log.info(opening);
    }

    /** An input checked; {@code result} null when it was found unchanged (by its content's hash) and not read. */
    @Override
    public void afterProcess(InputFile item, IngestedInput result) {
        step(result != null);
    }

    @Override
    public void onProcessError(InputFile item, Exception e) {
        step(true);
    }

    /** A worker found {@code files} of its share unchanged by their stat: done without being checked one by one. */
    synchronized void unchanged(int files) {
        if (files == 0) {
            return;
        }
        done += files - 1;
        skipped += files;
        step(false);
    }

    private synchronized void step(boolean wasRead) {
        done++;
        long now = System.nanoTime();
        if (wasRead && ++read == IngestPlan.PACE_AFTER && done < total) {
            log.info(IngestPlan.pace(read, (now - started) / 1e9, total - done));
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        double sinceLast = (now - lastLine) / 1e9;
        boolean newTenth = tenth > lastTenth && sinceLast >= MIN_SECONDS_BETWEEN;
        if (newTenth || sinceLast >= MAX_SECONDS_BETWEEN) {
            lastTenth = tenth;
            lastLine = now;
            log.info(line(done, total, skipped, (now - started) / 1e9));
        }
    }

    /** "Ingest: 120/500 files (24%), 8.1 files/s, about 47 s left". */
    static String line(int done, int total, double seconds) {
        return line(done, total, 0, seconds);
    }

    /**
     * As {@link #line(int, int, double)}, the rate over the files checked one by one: {@code skipped} of those done
     * were found unchanged by their stat, all at once, and say nothing of the pace.
     */
    static String line(int done, int total, int skipped, double seconds) {
        int checked = done - skipped;
        double rate = seconds > 0 ? checked / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : 0;
        return String.format(java.util.Locale.ROOT, "Ingest: %d/%d files (%d%%), %.1f files/s, about %s left",
                done, total, total == 0 ? 100 : done * 100 / total, rate, IngestPlan.duration(left));
    }
}
