/**
 * The analysts' web pages of server mode: login, Übersicht with the run button and live progress, Rücklauf,
 * Prüfprotokoll, Hochladen, Berichte, Adressen (the office directory with each municipality's letters) and Kennwort
 * ändern. One package-private controller per screen with its
 * templates under {@code templates/<screen>/}; the figures, findings and runs come from the other modules, nothing
 * is computed here.
 */
package de.landkreis.integrationsmonitor.web;
