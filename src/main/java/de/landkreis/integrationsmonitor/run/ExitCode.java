package de.landkreis.integrationsmonitor.run;

/** The exit codes of the command line; the district's scripts rely on them. */
public enum ExitCode {
    /** the run completed; rejected returns are a normal outcome */
    COMPLETED(0),
    /** the run failed */
    FAILED(1),
    /** wrong usage: unknown option, missing input folder */
    USAGE(2),
    /** another run is already working on this database */
    ALREADY_RUNNING(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
