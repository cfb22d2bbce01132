package org.rapporteur.tables;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.rapporteur.store.FactSource;
import org.rapporteur.store.StoredFacts;

/**
 * The meetings' facts in date order, each read from the store on a thread of its own a few meetings ahead of the one
 * being written: reading the store and writing the tables take the two cores side by side, and the order, so the
 * exports' bytes, is the same as reading one meeting after the other. Holds at most {@link #AHEAD} meetings' facts.
 */
final class MeetingsAhead implements AutoCloseable {

    /** Meetings read ahead: enough to keep the reader busy, few enough that the heap does not notice. */
    static final int AHEAD = 4;

    private final FactSource facts;
    private final MeetingIndex index;
    private final List<StoredFacts.Meeting> meetings;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "export-reader");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<MeetingFacts>> pending = new ArrayDeque<>();
    private int submitted;

    MeetingsAhead(FactSource facts, MeetingIndex index) {
        this(facts, index, index.meetings());
    }

    /** Reads the given meetings only, in their order. */
    MeetingsAhead(FactSource facts, MeetingIndex index, List<StoredFacts.Meeting> meetings) {
        this.facts = facts;
        this.index = index;
        this.meetings = meetings;
        while (submitted < meetings.size() && submitted < AHEAD) {
            submitNext();
        }
    }

    private void submitNext() {
        StoredFacts.Meeting m = meetings.get(submitted++);
        pending.add(reader.submit(() -> MeetingFacts.read(facts, index, m.meetingId(), m)));
    }

    /** The next meeting's facts, in the order given; an error reading it is thrown. */
    MeetingFacts next() {
        Future<MeetingFacts> head = pending.poll();
        if (head == null) {
            throw new IllegalStateException("every meeting has been read");
        }
        if (submitted < meetings.size()) {
            submitNext();
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading a meeting's facts");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        reader.shutdownNow();
    }
}
