package de.landkreis.integrationsmonitor.returns;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one bad or hostile file from exhausting the run (RETURNS.md §5, D02).
 *
 * @param maxFileSize          files larger than this are not opened at all
 * @param maxRowsPerSheet      a sheet or CSV file with content beyond this row number is rejected as a whole
 * @param maxUnzippedEntrySize largest uncompressed part of a workbook (zip-bomb protection)
 * @param minInflateRatio      smallest compressed/uncompressed ratio of a workbook part (zip-bomb protection)
 */
@ConfigurationProperties("integrationsmonitor.import")
public record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize,
                    @DefaultValue("5000") int maxRowsPerSheet,
                    @DefaultValue("200MB") DataSize maxUnzippedEntrySize,
                    @DefaultValue("0.01") double minInflateRatio) {

    /** The limits the application ships with, for code that runs without Spring. */
    static ImportLimits defaults() {
        return new ImportLimits(DataSize.ofMegabytes(20), 5000, DataSize.ofMegabytes(200), 0.01);
    }
}
