package org.rapporteur.export;

import java.util.HexFormat;

import javax.xml.namespace.QName;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Writes charts onto one sheet: notes at the top, then for each chart its data block (title,
 * a header of series names, one row per category) on the left and the chart plotting that block beside it, so that
 * every series is a range of the workbook an analyst can inspect. A chart is sized to its categories (a bar per topic,
 * a column per meeting); a block that does not fit in what is left of a printed page starts the next one, so that a
 * chart is whole when printed and a page holds as many as fit.
 */
final class ChartSheet {

    static final String NAME = "Charts";
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** Colours for series that name none: distinct, and readable when printed in grey. */
    static final List<String> PALETTE = List.of("4472C4", "ED7D31", "70AD47", "7030A0", "FFC000", "5B9BD5",
            "A5A5A5", "264478");
    private static final int SERIES_COLUMN_CHARS = 12;
    /** A column's default width, in characters (what is under a chart). */
    private static final double DEFAULT_COLUMN_CHARS = 8.43;
    /** The widest the categories' column gets; a longer category wraps. */
    private static final int MAX_CATEGORY_CHARS = 46;
    private static final int MIN_CHART_COLUMNS = 12;
    private static final int MAX_CHART_COLUMNS = 40;
    private static final int MIN_CHART_ROWS = 18;
    private static final int MAX_CHART_ROWS = 40;

    private ChartSheet() {
    }

    static void write(XSSFSheet sheet, List<String> notes, List<ChartSpec> charts, WorkbookStyles styles) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = 0;
        for (String note : notes) {
            WorkbookWriter.text(sheet.createRow(top++).createCell(0), note, styles,
                    WorkbookStyles.Look.PLAIN.withItalic());
        }
        if (!notes.isEmpty()) {
            top++;
        }
        int width = 8;
        int widestBlock = 1;
        int rightEdge = 1;
        for (ChartSpec spec : charts) {
            widestBlock = Math.max(widestBlock, spec.series().size() + 1);
            rightEdge = Math.max(rightEdge, spec.series().size() + 2 + chartColumns(spec));
            for (String category : spec.categories()) {
                width = Math.max(width, category.length());
            }
        }
        int firstWidth = Math.min(MAX_CATEGORY_CHARS, width) + 2;
        // the page's width: the categories, the series' columns, then columns of the default width under the charts
        PrintedPage page = new PrintedPage(firstWidth + (widestBlock - 1) * (SERIES_COLUMN_CHARS + 1)
                + (rightEdge - widestBlock) * DEFAULT_COLUMN_CHARS);
        page.place(sheet, 0, top, false);
        for (ChartSpec spec : charts) {
            int blockTop = top;
            int categories = spec.categories().size();
            Row title = sheet.createRow(top);
            WorkbookWriter.text(title.createCell(0), spec.title(), styles, WorkbookStyles.Look.BOLD);
            Row header = sheet.createRow(top + 1);
            WorkbookWriter.text(header.createCell(0), spec.categoryTitle(), styles,
                    WorkbookStyles.Look.BOLD.withWrap());
            int headerLines = 1;
            for (int s = 0; s < spec.series().size(); s++) {
                String name = spec.series().get(s).name();
                // right-aligned, above the figures of its column
                WorkbookWriter.text(header.createCell(s + 1), name, styles,
                        WorkbookStyles.Look.BOLD.withWrap().withRight());
                headerLines = Math.max(headerLines, WrappedText.lines(name, SERIES_COLUMN_CHARS));
            }
            header.setHeightInPoints(Math.min(5, headerLines) * 15f);
            for (int c = 0; c < categories; c++) {
                categoryRow(sheet.createRow(top + 2 + c), spec, c, styles);
            }
            int rows = chartRows(spec);
            int left = spec.series().size() + 2; // right of its own block, a column apart
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top + 1, left + chartColumns(spec),
                    top + 1 + rows);
            plot(sheet, drawing.createChart(anchor), spec, top);
            top += Math.max(rows + 2, categories + 3) + 1;
            page.place(sheet, blockTop, top, true); // a chart and its data block on one page, never cut
        }
        sheet.setColumnWidth(0, firstWidth * 256);
        for (int c = 1; c < widestBlock; c++) {
            sheet.setColumnWidth(c, (SERIES_COLUMN_CHARS + 1) * 256);
        }
        PageSetup.landscapeOnePageWide(sheet);
    }

    /**
     * A category's row of a data block: its label, then a value per series. A label is text read from a document, so
     * inert as every text cell; one longer than the column wraps, its row as high as its lines and every cell at the
     * top, beside its first line.
     */
    private static void categoryRow(Row row, ChartSpec spec, int c, WorkbookStyles styles) {
        String category = spec.categories().get(c);
        // a column's width counts the default font's digits; text of letters fits some more
        int perLine = (int) ((MAX_CATEGORY_CHARS + 2) * 1.15);
        boolean wrap = category.length() > perLine;
        WorkbookStyles.Look plain = wrap ? WorkbookStyles.Look.PLAIN.withWrap() : WorkbookStyles.Look.PLAIN;
        WorkbookWriter.text(row.createCell(0), category, styles, plain);
        if (wrap) {
            row.setHeightInPoints(Math.min(4, WrappedText.lines(category, perLine)) * 15f);
        }
        WorkbookStyles.Look figure = spec.percent() ? plain.withFormat(WorkbookStyles.PERCENT_FORMAT) : plain;
        for (int s = 0; s < spec.series().size(); s++) {
            Number value = spec.series().get(s).values().get(c);
            if (value != null) {
                WorkbookWriter.write(row.createCell(s + 1), value.doubleValue(), styles, figure);
            }
        }
    }

    /** Columns a chart spans: room for each column of a meeting (or point of a line), within bounds. */
    static int chartColumns(ChartSpec spec) {
        int categories = spec.categories().size();
        if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
            return 16;
        }
        return Math.min(MAX_CHART_COLUMNS, Math.max(MIN_CHART_COLUMNS, 4 + (categories * 2 + 2) / 3));
    }

    /** Rows a chart spans: room for each bar of a topic, within bounds. */
    static int chartRows(ChartSpec spec) {
        if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
            return Math.min(MAX_CHART_ROWS, Math.max(MIN_CHART_ROWS, 6 + 2 * spec.categories().size()));
        }
        return 22;
    }

    private static void plot(XSSFSheet sheet, XSSFChart chart, ChartSpec spec, int top) {
        chart.setTitleText(spec.title());
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        boolean horizontal = spec.kind() == ChartSpec.Kind.STACKED_BAR;
        // horizontal bars: the categories (topics) down the left, the values along the bottom; the first category is
        // drawn at the bottom, so a caller lists them from the least to the most
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        categoryAxis.setTitle(spec.categoryTitle());
        XDDFValueAxis valueAxis = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setTitle(spec.valueTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        if (spec.percent()) {
            valueAxis.setMinimum(0);
            valueAxis.setMaximum(1);
            valueAxis.setNumberFormat("0%");
        }
        int first = top + 2;
        int last = first + spec.categories().size() - 1;
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFChartData data;
        if (spec.kind() == ChartSpec.Kind.LINE) {
            XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
            lines.setGrouping(Grouping.STANDARD); // required by the schema
            data = lines;
        } else {
            XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
            bars.setBarDirection(spec.kind() == ChartSpec.Kind.STACKED_BAR ? BarDirection.BAR : BarDirection.COL);
            bars.setBarGrouping(spec.kind() == ChartSpec.Kind.CLUSTERED_COLUMN ? BarGrouping.CLUSTERED
                    : BarGrouping.STACKED);
            data = bars;
        }
        for (int s = 0; s < spec.series().size(); s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, s + 1, s + 1));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(spec.series().get(s).name(), new CellReference(sheet.getSheetName(), top + 1, s + 1,
                    true, true));
            String rgb = spec.series().get(s).rgb() != null ? spec.series().get(s).rgb()
                    : PALETTE.get(s % PALETTE.size());
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb)));
            if (series instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setFillProperties(fill);
                stroke.setWidth(2.25);
                line.setLineProperties(stroke);
            } else {
                series.setFillProperties(fill);
            }
        }
        chart.plot(data);
        if (spec.kind() == ChartSpec.Kind.STACKED_COLUMN || spec.kind() == ChartSpec.Kind.STACKED_BAR) {
            overlapFully(chart);
        }
    }

    /**
     * {@code <c:overlap val="100"/>}: without it Excel draws a stacked column's parts side by side like stairs. Written
     * through a cursor because POI's slim schema jar lacks the overlap type; it goes before the axis ids, as the
     * schema orders a bar chart's children.
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bars.getAxIdArray(0).newCursor()) {
            cursor.beginElement(new QName(CHART_NS, "overlap", "c"));
            cursor.insertAttributeWithValue("val", "100");
        }
    }
}
