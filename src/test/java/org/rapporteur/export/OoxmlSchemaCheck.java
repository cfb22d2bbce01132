package org.rapporteur.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates the parts of an .xlsx (workbook, sheets, shared strings, styles, tables, charts) against the OOXML schemas, as
 * Excel would before it offers to "repair" a file. Run in its own JVM with the full schemas (poi-ooxml-full) on the
 * classpath instead of the slim ones; prints one line per part and exits 1 when any part is invalid.
 */
public final class OoxmlSchemaCheck {

    private OoxmlSchemaCheck() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(check(Path.of(args[0]), System.out) ? 0 : 1);
    }

    static boolean check(Path xlsx, PrintStream out) throws IOException {
        boolean valid = true;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                XmlObject part;
                try (InputStream in = zip.getInputStream(entry)) {
                    part = parse(name, in);
                } catch (XmlException e) {
                    out.println(name + ": NOT PARSED " + e.getMessage());
                    valid = false;
                    continue;
                }
                if (part == null) {
                    continue;
                }
                List<XmlError> errors = new ArrayList<>();
                boolean ok = part.validate(new XmlOptions().setErrorListener(errors));
                Set<String> messages = new LinkedHashSet<>();
                errors.forEach(e -> messages.add(e.getMessage()));
                out.println(name + ": " + (ok ? "OK" : "INVALID " + messages));
                valid &= ok;
            }
        }
        return valid;
    }

    private static final String MAIN = "org.openxmlformats.schemas.spreadsheetml.x2006.main.";

    /** The schema document type of a part, by its name; null for parts not checked (relationships, properties). */
    private static String documentType(String name) {
        if (name.contains("_rels")) {
            return null;
        }
        if (name.startsWith("xl/charts/")) {
            return "org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument";
        }
        // drawings (the anchors of the charts) are not checked: XMLBeans cannot resolve the chart reference inside
        // their strict wildcard ("no definition found" for c:chart), whoever wrote the file
        if (name.startsWith("xl/worksheets/")) {
            return MAIN + "WorksheetDocument";
        }
        if (name.startsWith("xl/tables/")) {
            return MAIN + "TableDocument";
        }
        return switch (name) {
            case "xl/styles.xml" -> MAIN + "StyleSheetDocument";
            case "xl/workbook.xml" -> MAIN + "WorkbookDocument";
            case "xl/sharedStrings.xml" -> MAIN + "SstDocument";
            default -> null;
        };
    }

    /** The part parsed as its document type (looked up by name: the slim schemas the tests compile with lack some). */
    private static XmlObject parse(String name, InputStream in) throws XmlException, IOException {
        String type = documentType(name);
        if (type == null) {
            return null;
        }
        try {
            SchemaType schemaType = (SchemaType) Class.forName(type).getField("type").get(null);
            return XmlBeans.getContextTypeLoader().parse(in, schemaType, null);
        } catch (ReflectiveOperationException e) {
            throw new XmlException("no schema type " + type + " on the classpath: " + e);
        }
    }
}
