package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.store.Letters;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A letter as the table of letters shows it ({@code fragments/letters}): the draft's file name, downloaded through
 * {@code /briefe/{id}}.
 */
record LetterLink(long id, Letters.Kind kind, int year, Instant createdAt, String fileName, String address) {

    static List<LetterLink> of(List<Letters.Letter> letters) {
        return letters.stream().map(l -> new LetterLink(l.id(), l.kind(), l.year(), l.createdAt(),
                Path.of(l.file()).getFileName().toString(), l.address())).toList();
    }
}
