package org.rapporteur.participants;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of the visible sheets of an Excel workbook, read with POI's event API (the sheet's XML as a stream, shared
 * strings read-only), so that memory does not grow with the rows. A cell gives the value Excel shows: a formula its
 * saved result, a date the date as formatted. A cell under the first row of a <b>merged</b> region (a country cell
 * merged down over its delegation) gives the region's value, as the reader of the sheet sees it: Excel stores the
 * value in the region's first cell only.
 */
final class WorkbookRows {

    /** Merged regions of one sheet taken into account at most; a sheet with more is read without the others. */
    static final int MAX_MERGED_REGIONS = 100_000;

    private WorkbookRows() {
    }

    /**
     * Hands over the rows of every visible sheet, in order.
     *
     * @param workbook the package, opened by the caller (who closes it)
     */
    static void read(OPCPackage workbook, TabularFile.Rows rows) throws IOException {
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Set<String> hidden = hiddenSheets(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            DataFormatter format = new DataFormatter();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            int index = 0;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (hidden.contains(sheets.getSheetName())) {
                        continue;
                    }
                    List<CellRangeAddress> merged = mergedRegions(sheets.getSheetPart());
                    rows.sheet(index++, sheets.getSheetName());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
                            new SheetRows(rows, merged), format, false));
                    parser.parse(new InputSource(sheet));
                    rows.endSheet();
                }
            }
        } catch (SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The names of the sheets the workbook marks hidden or very hidden. */
    private static Set<String> hiddenSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        Set<String> hidden = new HashSet<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("sheet".equals(localName) && attributes.getValue("state") != null
                        && !"visible".equals(attributes.getValue("state"))) {
                    hidden.add(attributes.getValue("name"));
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return hidden;
    }

    /**
     * The merged regions of a sheet that span more than one row. Excel writes them after the rows, so the sheet's XML is
     * read once for them before its rows are (a second stream over the part; memory grows with the regions only).
     */
    static List<CellRangeAddress> mergedRegions(PackagePart sheet) throws IOException, SAXException,
            javax.xml.parsers.ParserConfigurationException {
        List<CellRangeAddress> regions = new ArrayList<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String ref = attributes.getValue("ref");
                if ("mergeCell".equals(localName) && ref != null && regions.size() < MAX_MERGED_REGIONS) {
                    try {
                        CellRangeAddress region = CellRangeAddress.valueOf(ref);
                        if (region.getLastRow() > region.getFirstRow()) {
                            regions.add(region);
                        }
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        // a damaged reference: the region is not taken into account
                    }
                }
            }
        });
        try (InputStream in = sheet.getInputStream()) {
            parser.parse(new InputSource(in));
        }
        return regions;
    }

    /** POI's cell events made into lines, missing cells filled with "" and merged regions with their value. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TabularFile.Rows rows;
        /** Regions by their first row, until that row is read. */
        private final Map<Integer, List<CellRangeAddress>> starting = new HashMap<>();
        /** Regions whose first row was read and whose later rows are still to come, with their value. */
        private final Map<CellRangeAddress, String> open = new HashMap<>();
        private List<String> cells;

        SheetRows(TabularFile.Rows rows, List<CellRangeAddress> merged) {
            this.rows = rows;
            for (CellRangeAddress region : merged) {
                starting.computeIfAbsent(region.getFirstRow(), r -> new ArrayList<>()).add(region);
            }
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            for (Iterator<Map.Entry<CellRangeAddress, String>> it = open.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<CellRangeAddress, String> region = it.next();
                if (region.getKey().getLastRow() < rowNum) {
                    it.remove();
                } else {
                    fill(region.getKey().getFirstColumn(), region.getValue());
                }
            }
            List<CellRangeAddress> first = starting.remove(rowNum);
            if (first != null) {
                for (CellRangeAddress region : first) {
                    int column = region.getFirstColumn();
                    open.put(region, column < cells.size() ? cells.get(column) : "");
                }
            }
            rows.row(new TabularFile.Line(rowNum + 1, cells));
        }

        /** The region's value in its first column, where the row has nothing of its own there. */
        private void fill(int column, String value) {
            while (cells.size() <= column) {
                cells.add("");
            }
            if (cells.get(column).isBlank()) {
                cells.set(column, value);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
