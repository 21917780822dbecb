/**
 * The database: received files in order of receipt, section versions with their outcome and supersession,
 * structure answers, positions, findings, and the contact data of each return in a table of its own (which no
 * report reads). Plain JDBC over {@code JdbcClient}; the schema belongs to Flyway ({@code db/migration}).
 */
package de.landkreis.integrationsmonitor.store;
