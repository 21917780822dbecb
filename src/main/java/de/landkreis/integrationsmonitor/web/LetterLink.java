package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.store.Letters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A letter as the tables of letters show it ({@code fragments/letters}): the draft's file name, downloaded through
 * {@code /briefe/{id}}, and where its sending stands.
 */
record LetterLink(long id, String ags, Letters.Kind kind, int year, Instant createdAt, String fileName,
                  String address, Letters.Sending sending, int attempts, Instant sentAt, String sentBy,
                  String lastError) {

    static List<LetterLink> of(List<Letters.Letter> letters) {
        return letters.stream().map(l -> new LetterLink(l.id(), l.ags(), l.kind(), l.year(), l.createdAt(),
                Path.of(l.file()).getFileName().toString(), l.address(), l.sending(), l.attempts(), l.sentAt(),
                l.sentBy(), l.lastError())).toList();
    }

    /** Failed at least once and tried again by the next sending. Public: the templates call it. */
    public boolean retrying() {
        return sending == Letters.Sending.DUE && attempts > 0;
    }
}
