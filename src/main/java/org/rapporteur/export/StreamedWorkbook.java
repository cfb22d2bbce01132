package org.rapporteur.export;

import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, compressing only where the bytes are kept: each sheet's rows go to a temporary file
 * uncompressed (it is read back once, at once, from the page cache), and POI writes the package without compression,
 * as {@link WorkbookWriter#writeWithFixedEntryTimes} reads it back and compresses every part once, for the file that
 * is published. By default POI would deflate the rows three times at the default level, which was about a third of
 * the export's CPU; deflating the temporary files at the fastest level still cost a deflate and an inflate of every
 * sheet's XML (the sheets are capped at {@code WorkbookStream.Links#rowsPerSheet()} rows, so the files stay small).
 * The published bytes do not change: they come from the last compression alone.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    StreamedWorkbook(XSSFWorkbook base, int rowsInMemory) {
        super(base, rowsInMemory);
        setCompressTempFiles(false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(Deflater.NO_COMPRESSION);
        return zip;
    }
}
