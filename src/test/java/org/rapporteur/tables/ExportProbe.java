package org.rapporteur.tables;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.rapporteur.positions.PositionOverrides;
import org.rapporteur.reference.ReferenceData;
import org.rapporteur.store.FactReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A developer's tool, not a test: times the export step alone (every table to CSV and the workbook) on the database a
 * nightly run left, opened read-only, and prints the wall and CPU time and the peak heap. Run it with the test
 * classpath: {@code java -Xmx512m -cp ... org.rapporteur.tables.ExportProbe <output>/.state <scratch folder>}.
 */
public final class ExportProbe {

    private ExportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        String url = "jdbc:hsqldb:file:" + state.resolve("rapporteur") + ";readonly=true;hsqldb.tx=mvcc";
        SingleConnectionDataSource data = new SingleConnectionDataSource(url, "SA", "", true);
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        FactReader facts = new FactReader(new JdbcTemplate(data));
        Lookups lookups = Lookups.of(ReferenceData.loadDefault(), java.util.Map.of());
        int meetings;
        try (TableFiles files = new TableFiles(out, false)) {
            WorkbookFigures figures = new ExportTables(facts, PositionOverrides.NONE, lookups).write(files);
            files.commit();
            files.workbook().finish(AnalystWorkbook.TITLE, AnalystWorkbook.intro(figures, List.of()),
                    AnalystWorkbook.overview(figures, List.of()), AnalystWorkbook.chartNotes(figures),
                    AnalystWorkbook.charts(figures, List.of("NEW_INSTRUMENT", "BUDAPEST_CONVENTION")),
                    out.resolve("rapporteur.xlsx"));
            meetings = figures.meetings().size();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        double processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "meetings=%d export_wall_s=%.1f export_cpu_s=%.1f process_cpu_s=%.1f "
                        + "peak_heap_mb=%d max_heap_mb=%d workbook_mb=%.1f%n", meetings, wall, cpu, processCpu,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Files.size(out.resolve("rapporteur.xlsx")) / 1e6);
        data.destroy();
    }
}
