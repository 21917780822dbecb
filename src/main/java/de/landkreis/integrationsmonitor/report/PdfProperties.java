package de.landkreis.integrationsmonitor.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tagged PDFs of the committee report and the draft.
 *
 * @param enabled    whether a run converts them (when LibreOffice is found)
 * @param officeHome LibreOffice's installation folder, the one holding {@code program/soffice}; empty = the
 *                   {@code soffice} found on the PATH
 * @param timeout    how long one conversion may take before it is cut off; starting LibreOffice may take as long,
 *                   but at least a minute
 */
@ConfigurationProperties("integrationsmonitor.pdf")
record PdfProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String officeHome,
                     @DefaultValue("120s") Duration timeout) {
}
