package de.landkreis.integrationsmonitor.mailbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The mailbox's settings, in every mode: a run from the command line or the schedule reads the mailbox too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxProperties.class)
class MailboxConfiguration {
}
