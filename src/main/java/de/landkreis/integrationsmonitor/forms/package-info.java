/**
 * Closing the loop with the municipalities (issue 6): the return forms for the next Berichtsjahr, prefilled from
 * each municipality's current versions of the year before and guarded by drop-down lists and validations taken
 * from the vocabularies the import checks against, a blank form, and after each run one feedback workbook
 * (Rückfrage) per municipality with FEHLER or WARNUNG findings, plus one list of what no municipality can be told
 * about. Reads the store, writes files; no SQL here.
 */
package de.landkreis.integrationsmonitor.forms;
