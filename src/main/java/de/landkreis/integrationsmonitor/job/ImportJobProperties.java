package de.landkreis.integrationsmonitor.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import job.
 *
 * @param unexpectedErrorLimit how many files may fail with an unexpected error (each recorded as D02) before the
 *                             run stops as failed: a safety net, since bad content is a finding, not an error
 */
@ConfigurationProperties("integrationsmonitor.job")
record ImportJobProperties(@DefaultValue("50") int unexpectedErrorLimit) {
}
