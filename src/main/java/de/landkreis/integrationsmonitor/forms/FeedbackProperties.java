package de.landkreis.integrationsmonitor.forms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the feedback workbooks.
 *
 * @param deadlineDays how many days after the run a municipality has to send its correction; the deadline named
 *                     in every Rückfrage
 */
@ConfigurationProperties("integrationsmonitor.feedback")
record FeedbackProperties(@DefaultValue("14") int deadlineDays) {
}
