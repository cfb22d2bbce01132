package org.rapporteur.documents;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's guard against zip bombs, as every reader of an Office file (Word reports, Excel lists) sets it: an entry that
 * inflates more than 100 times its compressed size, or a part over 100 MB, is refused before it is expanded. The
 * limits are POI's process-wide settings; {@link #apply()} sets them, and is called before any such file is opened.
 */
public final class ZipLimits {

    /** The largest part (a document's body, a workbook's sheet) opened, expanded. */
    public static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private ZipLimits() {
    }

    /** Makes sure the limits are set (they are, once this class is loaded). */
    public static void apply() {
        // the static initialiser does the work
    }

    /** Whether POI refused the file, or one of its parts, for these limits (it says so in a message of the chain). */
    public static boolean exceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("max entry")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the limit exceeded is the size of a part (a large file, as a list of many rows written with inline
     * strings gives), not the inflation ratio (a file built to expand).
     */
    public static boolean partTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max size of the expanded data") || message.contains("max entry")) {
                return true;
            }
        }
        return false;
    }
}
