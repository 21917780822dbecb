/**
 * Reading the files municipalities send into rows whose every value carries its location as a person sees it in
 * Excel or LibreOffice (file, sheet, row, column letter): the file type decided by content (formats not read named
 * as a clerk knows them), the CSV reader with its encoding and dialect detection, the streaming readers of Excel
 * and OpenDocument workbooks, header recognition from synonym lists; and the typed records a validated return
 * consists of.
 */
package de.landkreis.integrationsmonitor.returns;
