package de.landkreis.integrationsmonitor.returns;

import org.springframework.util.unit.DataSize;

/** A size limit as people read it in a message: whole megabytes, or kilobytes below one megabyte. */
public final class DataSizeText {

    private DataSizeText() {
    }

    public static String of(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
