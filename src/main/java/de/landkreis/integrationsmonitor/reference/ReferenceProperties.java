package de.landkreis.integrationsmonitor.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the reference data comes from; each file can be replaced without a code change.
 *
 * @param municipalities the register (ags, name, type, population, population_date, admin_union)
 * @param mailboxes      the office directory (ags, email, salutation, sender_domains): fills the entries the page
 *                       Adressverzeichnis has not edited
 * @param coreTopics     the core topics (code, name, description, expected, valid_from, valid_to)
 * @param vocabularies   the closed lists of RETURNS.md §4 (vocabulary, code, spelling, offered)
 * @param districtName   the district as texts name it, e.g. {@code Landkreis Ravensburg}
 * @param officeName     the office as headers and footers name it
 */
@ConfigurationProperties("integrationsmonitor.reference")
record ReferenceProperties(Resource municipalities, Resource mailboxes, Resource coreTopics, Resource vocabularies,
                           String districtName, String officeName) {
}
