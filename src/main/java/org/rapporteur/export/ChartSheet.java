package org.rapporteur.export;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes charts onto one sheet: for each chart, its data block (title, a header of series names, one row per
 * category) on the left and a stacked column chart plotting that block beside it, so that the chart's series are
 * ranges of the workbook an analyst can inspect.
 */
final class ChartSheet {

    static final String NAME = "Charts";
    private static final int CHART_COLUMNS = 10;
    private static final int MIN_CHART_ROWS = 16;

    private ChartSheet() {
    }

    static void write(XSSFSheet sheet, java.util.List<ChartSpec> charts) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = 0;
        int width = 1;
        for (ChartSpec spec : charts) {
            int categories = spec.categories().size();
            Row title = sheet.createRow(top);
            title.createCell(0).setCellValue(CellText.neutralise(spec.title()));
            Row header = sheet.createRow(top + 1);
            header.createCell(0).setCellValue("topic");
            for (int s = 0; s < spec.series().size(); s++) {
                header.createCell(s + 1).setCellValue(spec.series().get(s).name());
            }
            for (int c = 0; c < categories; c++) {
                Row row = sheet.createRow(top + 2 + c);
                row.createCell(0).setCellValue(CellText.neutralise(spec.categories().get(c)));
                width = Math.max(width, spec.categories().get(c).length());
                for (int s = 0; s < spec.series().size(); s++) {
                    row.createCell(s + 1).setCellValue(spec.series().get(s).values().get(c).doubleValue());
                }
            }
            int series = spec.series().size();
            int rows = Math.max(MIN_CHART_ROWS, categories + 3);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, series + 2, top, series + 2 + CHART_COLUMNS,
                    top + rows);
            plot(sheet, drawing.createChart(anchor), spec, top);
            top += rows + 1;
        }
        sheet.setColumnWidth(0, Math.min(60, width + 2) * 256);
    }

    private static void plot(XSSFSheet sheet, XSSFChart chart, ChartSpec spec, int top) {
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis topics = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis weight = chart.createValueAxis(AxisPosition.LEFT);
        weight.setCrosses(AxisCrosses.AUTO_ZERO);
        int first = top + 2;
        int last = first + spec.categories().size() - 1;
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, topics, weight);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.STACKED);
        for (int s = 0; s < spec.series().size(); s++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, s + 1, s + 1));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(spec.series().get(s).name(), new CellReference(sheet.getSheetName(), top + 1, s + 1,
                    true, true));
        }
        chart.plot(data);
    }
}
