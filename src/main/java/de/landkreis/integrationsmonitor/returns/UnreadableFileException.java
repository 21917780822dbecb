package de.landkreis.integrationsmonitor.returns;

/**
 * Stops reading a file that cannot be read as a whole; {@link DetectingReturnFileReader} turns it into a
 * {@link ReadResult.Failed}, so it never leaves the package.
 */
final class UnreadableFileException extends RuntimeException {

    private final ReadFailure failure;
    private final ReadDetail detail;

    UnreadableFileException(ReadFailure failure, ReadDetail detail) {
        this(failure, detail, null);
    }

    UnreadableFileException(ReadFailure failure, ReadDetail detail, Throwable cause) {
        super(failure + " " + detail.key(), cause);
        this.failure = failure;
        this.detail = detail;
    }

    ReadResult.Failed toFailed() {
        return new ReadResult.Failed(failure, detail);
    }
}
