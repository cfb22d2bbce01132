package org.rapporteur.export;

import java.util.List;

/**
 * A native Excel bar chart and the small table it plots, written together on the workbook's Charts sheet.
 *
 * @param title      the chart title, e.g. "Stance by topic: UNODC/CCPCJ/EG.4#4"
 * @param categories the bars' labels (topics)
 * @param series     one series per stance, in order
 */
public record ChartSpec(String title, List<String> categories, List<Series> series) {

    /**
     * One series of a chart.
     *
     * @param name   the legend label
     * @param values one value per category
     */
    public record Series(String name, List<Number> values) {
    }
}
