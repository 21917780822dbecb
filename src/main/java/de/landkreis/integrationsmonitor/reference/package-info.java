/**
 * Reference data every other feature looks things up in: the municipality register, the core topics of the
 * guidelines with the years they are valid, the closed vocabularies of the return form (RETURNS.md §4) and the office
 * directory of the municipalities' addresses. Loaded from replaceable files named in {@code application.yml}, every
 * line checked (a bad one stops the start naming file and line); depends on no other feature.
 */
package de.landkreis.integrationsmonitor.reference;
