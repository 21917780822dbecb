package de.landkreis.integrationsmonitor.returns;

import java.util.List;
import java.util.Map;

/**
 * The checksums the imports computed when they read the inbox's files. A file unchanged since (same path, size and
 * modification time: how RETURNS.md §1 knows a file) need not be read again to be compared.
 */
public interface ReadChecksums {

    /** @return for those of {@code files} an import has read unchanged, their checksum by relative path */
    Map<String, String> of(List<InboxFile> files);
}
