package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.rapporteur.store.FactSource;
import org.rapporteur.store.StoredFacts;

/** Meetings read ahead on a thread of their own come in date order, each with its own rows, and an error is thrown. */
class MeetingsAheadTest {

    /** Ten meetings, more than are read ahead, stored out of date order, each with its own number of States. */
    private static StoredFacts tenMeetings() {
        Facts facts = new Facts();
        for (int m = 10; m >= 1; m--) {
            String source = "WG-" + m + ".txt";
            facts.seriesReport(source, "WG#" + m, "WG", LocalDate.of(2010 + m, 3, 1));
            for (int s = 0; s < m; s++) {
                facts.counted(source, 4 + s, "MEMBER_STATE", 10 + s);
            }
        }
        return facts.build();
    }

    @Test
    void everyMeetingInDateOrderWithItsOwnFacts() {
        StoredFacts facts = tenMeetings();
        MeetingIndex index = new MeetingIndex(facts);
        List<String> read = new ArrayList<>();
        try (MeetingsAhead ahead = new MeetingsAhead(facts, index)) {
            for (int i = 0; i < 10; i++) {
                MeetingFacts meeting = ahead.next();
                read.add(meeting.meetingId() + ":" + meeting.attendance().size());
            }
        }
        assertThat(read).containsExactly("WG#1:1", "WG#2:2", "WG#3:3", "WG#4:4", "WG#5:5", "WG#6:6", "WG#7:7",
                "WG#8:8", "WG#9:9", "WG#10:10");
    }

    @Test
    void anErrorReadingAMeetingIsThrownWhenThatMeetingIsAskedFor() {
        StoredFacts stored = tenMeetings();
        FactSource failing = new FailingOn("WG-6.txt", stored);
        MeetingIndex index = new MeetingIndex(failing);
        try (MeetingsAhead ahead = new MeetingsAhead(failing, index)) {
            for (int i = 1; i <= 5; i++) {
                assertThat(ahead.next().meetingId()).isEqualTo("WG#" + i);
            }
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot read WG-6.txt");
        }
    }

    /** The stored facts, except that reading one report's attendance fails. */
    private record FailingOn(String source, StoredFacts facts) implements FactSource {
        @Override
        public List<StoredFacts.Meeting> meetings() {
            return facts.meetings();
        }

        @Override
        public List<SourceSymbol> delegateSymbols() {
            return facts.delegateSymbols();
        }

        @Override
        public List<SourceSymbol> statementSymbols() {
            return facts.statementSymbols();
        }

        @Override
        public List<StoredFacts.Attendance> attendance(String from) {
            if (from.equals(source)) {
                throw new IllegalStateException("cannot read " + from);
            }
            return facts.attendance(from);
        }

        @Override
        public List<StoredFacts.Participant> participation(String from) {
            return facts.participation(from);
        }

        @Override
        public List<StoredFacts.PositionRow> positions(String from) {
            return facts.positions(from);
        }

        @Override
        public List<StoredFacts.ReviewRow> review(String from) {
            return facts.review(from);
        }

        @Override
        public List<StoredFacts.DelegateRow> delegates(String from) {
            return facts.delegates(from);
        }

        @Override
        public List<StoredFacts.StatementRow> statements(String from) {
            return facts.statements(from);
        }

        @Override
        public void findings(Consumer<StoredFacts.QualityFinding> each) {
            facts.findings(each);
        }
    }
}
