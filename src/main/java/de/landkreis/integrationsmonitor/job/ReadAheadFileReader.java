package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ReceivedFile;
import de.landkreis.integrationsmonitor.validation.CheckedFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Hands out a run's registered files in order of receipt while one background thread reads the next few. Reading
 * (parsing and the rules that look at a file alone) is the larger part of an import and needs no database, so it
 * runs on the second core while the step's own thread checks for duplicates and stores the file before. At most
 * {@code ahead} files are read ahead, so memory stays flat however many files wait.
 */
class ReadAheadFileReader implements ItemStreamReader<PendingFile> {

    private final Iterator<ReceivedFile> files;
    private final Function<ReceivedFile, CheckedFile> reading;
    private final int ahead;
    private final Deque<PendingFile> queue = new ArrayDeque<>();
    private ExecutorService thread;

    /** @param ahead how many files after the one handed out are read ahead; 0 reads each only when its turn comes */
    ReadAheadFileReader(List<ReceivedFile> files, Function<ReceivedFile, CheckedFile> reading, int ahead) {
        this.files = files.iterator();
        this.reading = reading;
        this.ahead = ahead;
    }

    @Override
    public void open(ExecutionContext context) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("einlesen-");
        threads.setDaemon(true);
        thread = Executors.newFixedThreadPool(1, threads);
    }

    @Override
    public PendingFile read() {
        while (queue.size() <= ahead && files.hasNext()) {
            ReceivedFile file = files.next();
            queue.add(new PendingFile(file, thread.submit(() -> reading.apply(file))));
        }
        return queue.poll();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
