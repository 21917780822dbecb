package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;

/**
 * The offers of one core topic in the district (RETURNS.md §6): the sum of Angebote over the municipalities whose
 * number is known, and how many they are.
 */
public record TopicOffers(CoreTopic topic, int offers, int known) {
}
