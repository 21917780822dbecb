package de.landkreis.integrationsmonitor.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.CheckedFile;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.ValidatedFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

/** The import's read-ahead: files in order of receipt, read in a second thread, never more than the window ahead. */
class ReadAheadFileReaderTests {

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final CountDownLatch release = new CountDownLatch(1);
    private ReadAheadFileReader reader;

    @AfterEach
    void close() {
        release.countDown();
        reader.close();
    }

    @Test
    void handsOutEveryFileInOrderWithWhatItsReadingGave() throws Exception {
        release.countDown();
        reader = open(files(5), 2, this::recordingRead);

        List<String> names = new ArrayList<>();
        for (PendingFile item = reader.read(); item != null; item = reader.read()) {
            assertThat(item.awaitReading().sha256()).isEqualTo("sha-" + item.file().relativePath());
            names.add(item.file().relativePath());
        }

        assertThat(names).containsExactly("f1", "f2", "f3", "f4", "f5");
        assertThat(threads).singleElement().asString().startsWith("einlesen-")
                .isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void readsAtMostTheWindowAheadOfTheFileHandedOut() throws Exception {
        reader = open(files(10), 2, file -> {
            started.add(file.relativePath());
            await();
            return checked(file);
        });

        PendingFile first = reader.read();

        // The first file and two after it are queued; the one background thread has begun the first only.
        waitUntil(() -> started.contains("f1"));
        assertThat(first.reading().isDone()).isFalse();
        release.countDown();
        assertThat(first.awaitReading().sha256()).isEqualTo("sha-f1");
        PendingFile second = reader.read();
        assertThat(second.awaitReading().sha256()).isEqualTo("sha-f2");
        waitUntil(() -> started.size() == 4);
        Thread.sleep(100);
        assertThat(started).containsExactlyInAnyOrder("f1", "f2", "f3", "f4");
    }

    @Test
    void whatAReadingThrowsIsThrownWhenItsFileIsTaken() throws Exception {
        release.countDown();
        reader = open(files(2), 1, file -> {
            if (file.relativePath().equals("f1")) {
                throw new IllegalStateException("kaputt");
            }
            return checked(file);
        });

        PendingFile broken = reader.read();
        assertThatIllegalStateException().isThrownBy(broken::awaitReading).withMessage("kaputt");
        // Asked again, as the step does when it processes a chunk again after a skip: the same failure.
        assertThatIllegalStateException().isThrownBy(broken::awaitReading).withMessage("kaputt");
        assertThat(reader.read().awaitReading().sha256()).isEqualTo("sha-f2");
        assertThat(reader.read()).isNull();
    }

    @Test
    void withoutReadAheadOnlyTheFileHandedOutIsRead() throws Exception {
        release.countDown();
        reader = open(files(3), 0, this::recordingRead);

        assertThat(reader.read().awaitReading().sha256()).isEqualTo("sha-f1");
        Thread.sleep(100);
        assertThat(started).containsExactly("f1");
    }

    private CheckedFile recordingRead(ReceivedFile file) {
        started.add(file.relativePath());
        threads.add(Thread.currentThread().getName());
        return checked(file);
    }

    private static ReadAheadFileReader open(List<ReceivedFile> files, int ahead,
                                            Function<ReceivedFile, CheckedFile> reading) {
        ReadAheadFileReader reader = new ReadAheadFileReader(files, reading, ahead);
        reader.open(new ExecutionContext());
        return reader;
    }

    private static List<ReceivedFile> files(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ReceivedFile(i, "f" + i, 10, Instant.EPOCH, i)).toList();
    }

    private static CheckedFile checked(ReceivedFile file) {
        return new CheckedFile("sha-" + file.relativePath(), null, FileOutcome.ACCEPTED,
                new ValidatedFile(List.of(), List.of()));
    }

    private void await() {
        try {
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
