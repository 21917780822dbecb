package de.landkreis.integrationsmonitor.returns;

import java.util.List;

/** What reading one file gave: either a failure for the whole file or the tables and header blocks found. */
public sealed interface ReadResult {

    /**
     * @param detail what people are told: the type found ({@code PDF-Dokument}) or what was wrong
     */
    record Failed(ReadFailure failure, ReadDetail detail) implements ReadResult {
    }

    /**
     * @param macros  the workbook contains a VBA project (rule D05)
     * @param angaben header blocks found (workbooks only)
     * @param tables  section tables found; sheets without a known header are not listed
     */
    record Content(FileFormat format, boolean macros, List<AngabenSheet> angaben, List<SectionTable> tables)
            implements ReadResult {
    }
}
