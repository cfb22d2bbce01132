package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, compressing less where the bytes are compressed again: each sheet's rows go to a temporary
 * file compressed at the fastest level (it is read back once), and POI writes the package without compression, as
 * {@link WorkbookWriter#writeWithFixedEntryTimes} reads it back and compresses every part once, for the file that is
 * published. By default POI would deflate the rows three times at the default level, which was about a third of the
 * export's CPU. The published bytes do not change: they come from the last compression alone. The rows are written by
 * {@link SheetXmlWriter}, POI's characters with less work per cell.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    StreamedWorkbook(XSSFWorkbook base, int rowsInMemory) {
        super(base, rowsInMemory);
        setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter(getSharedStringSource());
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.NO_COMPRESSION);
        return zip;
    }
}
