package de.landkreis.integrationsmonitor.returns;

/**
 * Stops reading a file that cannot be read as a whole; {@link DetectingReturnFileReader} turns it into a
 * {@link ReadResult.Failed}, so it never leaves the package.
 */
final class UnreadableFileException extends RuntimeException {

    private final ReadFailure failure;

    UnreadableFileException(ReadFailure failure, String detail) {
        super(detail);
        this.failure = failure;
    }

    UnreadableFileException(ReadFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    ReadResult.Failed toFailed() {
        return new ReadResult.Failed(failure, getMessage());
    }
}
