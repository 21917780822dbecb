package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.returns.ReadChecksums;
import de.landkreis.integrationsmonitor.store.ReceivedFiles.SeenKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The checksums the imports stored with the files they read, for the inbox's duplicate check. */
@Component
class ImportedChecksums implements ReadChecksums {

    private final ReceivedFiles files;

    ImportedChecksums(ReceivedFiles files) {
        this.files = files;
    }

    @Override
    public Map<String, String> of(List<InboxFile> inbox) {
        Map<SeenKey, String> read = files.checksums();
        Map<String, String> found = new HashMap<>();
        for (InboxFile file : inbox) {
            String sha256 = read.get(new SeenKey(file.relativePath(), file.size(), file.modifiedAt()));
            if (sha256 != null) {
                found.put(file.relativePath(), sha256);
            }
        }
        return found;
    }
}
