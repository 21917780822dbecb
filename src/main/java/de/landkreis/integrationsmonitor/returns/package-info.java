/**
 * Reading the files municipalities send into rows whose every value carries its location as a person sees it in
 * Excel (file, sheet, row, column letter): the file type decided by content, the CSV reader with its dialect
 * detection, the streaming Excel readers, header recognition from synonym lists; and the typed records a
 * validated return consists of.
 */
package de.landkreis.integrationsmonitor.returns;
