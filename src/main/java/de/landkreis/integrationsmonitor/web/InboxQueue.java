package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.returns.Inbox;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The inbox files the next run would register: every file no earlier run has settled, in the order of receipt. */
@Component
@ServerMode
class InboxQueue {

    /** At most this many are listed; the count is of all. */
    static final int LISTED = 200;

    /** @param files the first {@link #LISTED} of them */
    record Waiting(List<InboxFile> files, int count) {
    }

    private final RunOptions options;
    private final ReceivedFiles received;

    InboxQueue(RunOptions options, ReceivedFiles received) {
        this.options = options;
        this.received = received;
    }

    Waiting waiting() {
        Set<ReceivedFiles.SeenKey> settled = received.settled();
        List<InboxFile> waiting = Inbox.list(options.input()).stream()
                .filter(f -> !settled.contains(new ReceivedFiles.SeenKey(f.relativePath(), f.size(), f.modifiedAt())))
                .toList();
        return new Waiting(waiting.subList(0, Math.min(LISTED, waiting.size())), waiting.size());
    }
}
