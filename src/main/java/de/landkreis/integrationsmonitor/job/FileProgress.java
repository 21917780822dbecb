package de.landkreis.integrationsmonitor.job;

/** Published before each file of a run is read: the console and the web pages show it. */
public record FileProgress(long runId, int index, int total, String relativePath) {
}
