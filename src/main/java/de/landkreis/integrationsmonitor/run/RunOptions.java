package de.landkreis.integrationsmonitor.run;

import java.nio.file.Path;

/**
 * What the command line asked for.
 *
 * @param year the Berichtsjahr of the report, null = the latest with accepted returns
 */
public record RunOptions(Path input, Path reports, Path data, Integer year) {
}
