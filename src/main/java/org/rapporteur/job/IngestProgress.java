package org.rapporteur.job;

import java.nio.file.Path;

import org.rapporteur.inputs.InputFile;
import org.rapporteur.inputs.InputFinder;
import org.rapporteur.positions.LazyClassifier;
import org.springframework.batch.core.ExitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Progress lines during a long ingest, over all its workers: files done of total, rate and time left; one line per
 * tenth of the files, at most one every {@value #MIN_SECONDS_BETWEEN} seconds, and one at least every
 * {@value #MAX_SECONDS_BETWEEN} seconds. One instance listens to the ingest's manager step (which starts the count, on
 * the job's thread) and to its workers (which count files, on theirs).
 */
class IngestProgress implements StepExecutionListener, ItemProcessListener<InputFile, IngestedInput> {

    static final int MIN_SECONDS_BETWEEN = 2;
    static final int MAX_SECONDS_BETWEEN = 30;
    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final LazyClassifier classifier;
    private int total;
    private long started;
    private long lastLine;
    private int done;
    private int lastTenth;

    /** @param classifier the classifier the workers share, whose cost is said when the ingest ends */
    IngestProgress(LazyClassifier classifier) {
        this.classifier = classifier;
    }

    /** The manager step starts the count: {@code total} files to check; the workers' own starts change nothing. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(NightlyJobConfiguration.INGEST_STEP)) {
            String input = stepExecution.getJobParameters().getString(NightlyJobConfiguration.INPUT);
            start(input == null ? 0 : InputFinder.all(Path.of(input)).size());
        }
    }

    /** When the whole ingest ends: what classifying the sentences cost (a benchmark reads this line). */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStepName().equals(NightlyJobConfiguration.INGEST_STEP) && classifier != null) {
            log.info("Positions: {}", classifier.ifMade().map(c -> c.costLine())
                    .orElse("sentences=0 (no input read: the classifier and its model were not loaded)"));
        }
        return null;
    }

    synchronized void start(int files) {
        total = files;
        done = 0;
        lastTenth = 0;
        started = System.nanoTime();
        lastLine = started;
        log.info("Ingest: {} input file(s) to check", total);
    }

    @Override
    public void afterProcess(InputFile item, IngestedInput result) {
        step();
    }

    @Override
    public void onProcessError(InputFile item, Exception e) {
        step();
    }

    /** A worker found {@code files} of its share unchanged by their stat: done without being checked one by one. */
    synchronized void unchanged(int files) {
        if (files == 0) {
            return;
        }
        done += files - 1;
        step();
    }

    private synchronized void step() {
        done++;
        long now = System.nanoTime();
        int tenth = total == 0 ? 10 : done * 10 / total;
        double sinceLast = (now - lastLine) / 1e9;
        boolean newTenth = tenth > lastTenth && sinceLast >= MIN_SECONDS_BETWEEN;
        if (newTenth || sinceLast >= MAX_SECONDS_BETWEEN) {
            lastTenth = tenth;
            lastLine = now;
            log.info(line(done, total, (now - started) / 1e9));
        }
    }

    /** "Ingest: 120/500 files (24%), 8.1 files/s, about 47 s left". */
    static String line(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        return String.format(java.util.Locale.ROOT, "Ingest: %d/%d files (%d%%), %.1f files/s, about %d s left",
                done, total, total == 0 ? 100 : done * 100 / total, rate, left);
    }
}
