package de.landkreis.integrationsmonitor.store;

import java.time.Instant;

/** A file registered from the inbox; {@code receiptNo} orders all files ever received. */
public record ReceivedFile(long id, String relativePath, long size, Instant modifiedAt, long receiptNo) {
}
