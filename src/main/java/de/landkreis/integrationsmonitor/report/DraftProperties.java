package de.landkreis.integrationsmonitor.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Mitteilungsvorlage draft.
 *
 * @param template the office's Word template: a file path ({@code /etc/integrationsmonitor/Mitteilungsvorlage.docx},
 *                 relative paths from the working directory), {@code file:…} or {@code classpath:…}; empty = the
 *                 template shipped in the program
 */
@ConfigurationProperties("integrationsmonitor.draft")
record DraftProperties(@DefaultValue("") String template) {
}
