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

    /** A workbook that cannot be read; POI reports a zip bomb as a plain IOException, only its message tells. */
    static UnreadableFileException workbook(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("would exceed"))) {
                return new UnreadableFileException(ReadFailure.TOO_LARGE, ReadDetail.of("read.detail.zipBomb"), e);
            }
        }
        return new UnreadableFileException(ReadFailure.DAMAGED, ReadDetail.of("read.detail.damagedWorkbook"), e);
    }

    ReadFailure failure() {
        return failure;
    }

    ReadDetail detail() {
        return detail;
    }

    ReadResult.Failed toFailed() {
        return new ReadResult.Failed(failure, detail);
    }
}
