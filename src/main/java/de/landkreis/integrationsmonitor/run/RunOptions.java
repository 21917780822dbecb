package de.landkreis.integrationsmonitor.run;

import java.nio.file.Path;

/**
 * What the command line asked for.
 *
 * @param year  for {@link Mode#RUN} the Berichtsjahr of the report (null = the latest with accepted returns), for
 *              {@link Mode#FORMS} the year of the forms, for {@link Mode#REMINDERS} the year reminded of
 * @param dbUrl a JDBC URL instead of the embedded H2 file in {@code data}, null = H2
 * @param port  the web port in server mode, null = as configured
 * @param file  the file {@link Mode#EXPORT} writes or {@link Mode#IMPORT} reads, null otherwise
 */
public record RunOptions(Mode mode, Path input, Path reports, Path data, Integer year, String dbUrl, Integer port,
                         Path file) {

    /** What the process does. */
    public enum Mode {
        /** import the inbox, write the log and the reports (the default) */
        RUN,
        /** long-running server: web pages and the scheduled run */
        SERVE,
        /** print the last runs */
        HISTORY,
        /** write the return forms for a year */
        FORMS,
        /** write the reminder letters for a year */
        REMINDERS,
        /** write the project's tables to a portable file (moving to another database) */
        EXPORT,
        /** read such a file into an empty database */
        IMPORT
    }
}
