/**
 * Reference data every other feature looks things up in: the municipality register, the core topics of the
 * guidelines with the years they are valid, and the closed vocabularies of the return form (RETURNS.md §4).
 * Loaded from replaceable files named in {@code application.yml}; depends on no other feature.
 */
package de.landkreis.integrationsmonitor.reference;
