package de.landkreis.integrationsmonitor.job;

/** Keys of the job execution context and the job parameters of an import run. */
public final class RunContext {

    public static final String INPUT_DIR = "inputDir";
    public static final String REPORTS_DIR = "reportsDir";
    public static final String YEAR = "year";
    public static final String STARTED = "started";
    static final String INSTANCE = "instance";
    static final String RUN_ID = "runId";
    static final String TOTAL_FILES = "totalFiles";
    /** The Berichtsjahr of the report written: the PDFs are made of its papers. */
    static final String REPORT_YEAR = "reportYear";

    private RunContext() {
    }
}
