/**
 * The analysts' web pages of server mode: login, Übersicht with the run button, live progress and the inbox files of
 * the next run, a run's files, Rücklauf, a municipality's file with its letters, Prüfprotokoll (paged and sorted in
 * the database), Hochladen, Berichte with every download and the report of any year, Adressen (the office
 * directory), Kennwort ändern and Zugänge. One package-private controller per screen with its templates under
 * {@code templates/<screen>/}; the figures, findings and runs come from the other modules, nothing is computed here.
 * Invalid URL values and unknown AGS or runs get the German error page ({@code PageProblems}).
 */
package de.landkreis.integrationsmonitor.web;
