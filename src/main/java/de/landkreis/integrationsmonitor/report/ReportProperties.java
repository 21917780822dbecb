package de.landkreis.integrationsmonitor.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the reports.
 *
 * @param sampleData whether the returns are fictitious sample data; the committee report then says so in its
 *                   Erläuterungen
 */
@ConfigurationProperties("integrationsmonitor.report")
record ReportProperties(boolean sampleData) {
}
