/**
 * The database: received files in order of receipt, section versions with their outcome and supersession,
 * structure answers, positions, findings, and the contact data of each return in a table of its own (which no
 * report reads), the office directory and the record of every letter to a municipality. Plain JDBC over {@code JdbcClient}; query classes such as {@code CurrentPositions} and
 * {@code CurrentAnswers} return records for the figures. The schema belongs to Flyway ({@code db/migration});
 * {@code SchemaTables} reads its list of tables back from the database.
 */
package de.landkreis.integrationsmonitor.store;
