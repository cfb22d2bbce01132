package org.rapporteur.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one meeting adds to the tables built across meetings, kept with the export so that the next export can add
 * it again without reading the meeting: its figures for the Overview, its positions tallied per topic and stance and
 * per entity, the first of its positions per topic and stance, its cells of the participation matrix, the persons its
 * lists repeat, and the analyst's overrides it used. Rows are counted from the meeting's first (the export adds
 * where the meeting's rows begin). Its rows themselves are bytes of the CSV files ({@link ExportParts}).
 */
record MeetingPart(Figures figures, List<Tally> summary, List<EntityTally> byEntity, List<First> firstPositions,
                   List<Cell> matrix, List<Duplicate> duplicates, List<Integer> usedOverrides) {

    /** The meeting's figures for the Overview, as {@link WorkbookFigures.Meeting} holds them without the meeting. */
    record Figures(String series, String label, String shortLabel, Long counted, int named, boolean provisional,
                   int speaking, Long delegates, long women, long men, int[] byGroup) {
    }

    /**
     * positions-summary: the meeting's mentions of a topic and stance the classifier is sure of, the most weight, the
     * weighted mentions; and apart, the mentions and weighted mentions of those it is unsure of (to review).
     */
    record Tally(String topic, String stance, int mentions, int maxWeight, int weighted, int toReview,
                 int weightedToReview) {
    }

    /** positions-by-entity: the meeting's positions credited to an entity on a topic and stance. */
    record EntityTally(String credited, String topic, String stance, List<String> sources, int mentions,
                       List<String> speakers) {
    }

    /** The meeting's first position row (from the meeting's first) of a topic and stance. */
    record First(String topic, String stance, int row) {
    }

    /** An entity's cell of the matrix: who (as first met), the roles' bits, its first participation row. */
    record Cell(String code, String type, String name, String group, int roles, int row) {
    }

    /** A person of a list also on another list for the same meeting and delegation (counted once). */
    record Duplicate(String source, String earlier, int line) {
    }

    byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (Out out = new Out(bytes)) {
            Figures f = figures;
            out.string(f.series()).string(f.label()).string(f.shortLabel()).number(f.counted()).integer(f.named())
                    .integer(f.provisional() ? 1 : 0).integer(f.speaking()).number(f.delegates())
                    .number(f.women()).number(f.men()).integer(f.byGroup().length);
            for (int g : f.byGroup()) {
                out.integer(g);
            }
            out.integer(summary.size());
            for (Tally t : summary) {
                out.string(t.topic()).string(t.stance()).integer(t.mentions()).integer(t.maxWeight())
                        .integer(t.weighted()).integer(t.toReview()).integer(t.weightedToReview());
            }
            out.integer(byEntity.size());
            for (EntityTally e : byEntity) {
                out.string(e.credited()).string(e.topic()).string(e.stance()).strings(e.sources())
                        .integer(e.mentions()).strings(e.speakers());
            }
            out.integer(firstPositions.size());
            for (First p : firstPositions) {
                out.string(p.topic()).string(p.stance()).integer(p.row());
            }
            out.integer(matrix.size());
            for (Cell c : matrix) {
                out.string(c.code()).string(c.type()).string(c.name()).string(c.group()).integer(c.roles())
                        .integer(c.row());
            }
            out.integer(duplicates.size());
            for (Duplicate d : duplicates) {
                out.string(d.source()).string(d.earlier()).integer(d.line());
            }
            out.integer(usedOverrides.size());
            for (int i : usedOverrides) {
                out.integer(i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static MeetingPart of(byte[] bytes) throws IOException {
        In in = new In(bytes);
        Figures figures = new Figures(in.string(), in.string(), in.string(), in.number(), in.integer(),
                in.integer() == 1, in.integer(), in.number(), in.number(), in.number(), in.ints(in.integer()));
        List<Tally> summary = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            summary.add(new Tally(in.string(), in.string(), in.integer(), in.integer(), in.integer(), in.integer(),
                    in.integer()));
        }
        List<EntityTally> byEntity = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            byEntity.add(new EntityTally(in.string(), in.string(), in.string(), in.strings(), in.integer(),
                    in.strings()));
        }
        List<First> firsts = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            firsts.add(new First(in.string(), in.string(), in.integer()));
        }
        List<Cell> matrix = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            matrix.add(new Cell(in.string(), in.string(), in.string(), in.string(), in.integer(), in.integer()));
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            duplicates.add(new Duplicate(in.string(), in.string(), in.integer()));
        }
        List<Integer> used = new ArrayList<>();
        for (int i = in.integer(); i > 0; i--) {
            used.add(in.integer());
        }
        return new MeetingPart(figures, summary, byEntity, firsts, matrix, duplicates, used);
    }

    /** Writes strings once each (later as their number), numbers in as few bytes as they need. */
    private static final class Out extends DataOutputStream {
        private final Map<String, Integer> seen = new HashMap<>();

        Out(ByteArrayOutputStream bytes) {
            super(bytes);
        }

        Out string(String s) throws IOException {
            if (s == null) {
                integer(0);
                return this;
            }
            Integer known = seen.get(s);
            if (known != null) {
                integer(known + 2);
                return this;
            }
            seen.put(s, seen.size());
            integer(1);
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            integer(utf8.length);
            write(utf8);
            return this;
        }

        Out strings(List<String> list) throws IOException {
            integer(list.size());
            for (String s : list) {
                string(s);
            }
            return this;
        }

        Out number(Long n) throws IOException {
            if (n == null) {
                integer(0);
            } else {
                integer(1);
                writeLong(n);
            }
            return this;
        }

        Out integer(long n) throws IOException {
            long v = (n << 1) ^ (n >> 63); // zig-zag: small negatives small too
            while ((v & ~0x7FL) != 0) {
                writeByte((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            writeByte((int) v);
            return this;
        }
    }

    private static final class In {
        private final DataInputStream in;
        private final List<String> seen = new ArrayList<>();

        In(byte[] bytes) {
            in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        String string() throws IOException {
            int tag = integer();
            if (tag == 0) {
                return null;
            }
            if (tag > 1) {
                return seen.get(tag - 2);
            }
            byte[] utf8 = new byte[integer()];
            in.readFully(utf8);
            String s = new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
            seen.add(s);
            return s;
        }

        List<String> strings() throws IOException {
            List<String> list = new ArrayList<>();
            for (int i = integer(); i > 0; i--) {
                list.add(string());
            }
            return list;
        }

        Long number() throws IOException {
            return integer() == 0 ? null : in.readLong();
        }

        int[] ints(int n) throws IOException {
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = integer();
            }
            return values;
        }

        int integer() throws IOException {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                int b = in.readUnsignedByte();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return Math.toIntExact((v >>> 1) ^ -(v & 1));
        }
    }
}
