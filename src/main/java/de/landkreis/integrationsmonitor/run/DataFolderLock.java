package de.landkreis.integrationsmonitor.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Lets one command-line process at a time work with a data folder. The run lock alone is not enough for the embedded
 * database: with AUTO_SERVER the first process to open the file serves it to the others, and when that process is a
 * run the run lock refused, its exit cuts the connections of the run that works. So a second process is refused here,
 * before it opens the database at all. The operating system releases the lock when the process dies.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "integrationsmonitor.run.lock";

    private final FileChannel channel;

    private DataFolderLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock, held until closed; empty when another process holds it. */
    static Optional<DataFolderLock> tryAcquire(Path data) throws IOException {
        Files.createDirectories(data);
        FileChannel channel = FileChannel.open(data.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new DataFolderLock(channel));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very JVM: another launch in the same process is working with the folder
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to do: the lock goes with the process at the latest, and the run's outcome stands.
        }
    }
}
