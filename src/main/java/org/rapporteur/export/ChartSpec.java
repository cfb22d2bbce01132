package org.rapporteur.export;

import java.util.List;

/**
 * A native Excel chart and the small table it plots, written together on the workbook's Charts sheet.
 *
 * @param title         the chart title, e.g. "Stance by topic: UNODC/CCPCJ/EG.4#4"
 * @param kind          how it is drawn
 * @param categoryTitle the header of the categories column and the title of the category axis ("topic", "meeting")
 * @param valueTitle    the title of the value axis
 * @param percent       values are fractions, shown as percentages
 * @param categories    the labels along the category axis
 * @param series        the series, in order; a null value is an empty cell (a gap)
 */
public record ChartSpec(String title, Kind kind, String categoryTitle, String valueTitle, boolean percent,
                        List<String> categories, List<Series> series) {

    /** How a chart is drawn. */
    public enum Kind {
        STACKED_COLUMN,
        /** Horizontal stacked bars: long category names (topics) read along the vertical axis. */
        STACKED_BAR,
        CLUSTERED_COLUMN,
        LINE
    }

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /**
     * One series of a chart.
     *
     * @param name   the legend label
     * @param values one value per category (null: no value)
     * @param rgb    its colour, six hex digits; null for the next colour of the workbook's palette
     */
    public record Series(String name, List<Number> values, String rgb) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Series(String name, List<Number> values) {
            this(name, values, null);
        }
    }
}
