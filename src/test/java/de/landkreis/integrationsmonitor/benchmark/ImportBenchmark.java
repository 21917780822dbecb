package de.landkreis.integrationsmonitor.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.returns.Inbox;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import de.landkreis.integrationsmonitor.run.Launcher;
import de.landkreis.integrationsmonitor.samples.SyntheticReturns;
import de.landkreis.integrationsmonitor.store.RunSummary;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark of issue 2 ("Speed and memory"), run by {@code scripts/benchmark.sh [N]}: in one JVM it generates
 * N and 2N synthetic returns over a register of 1,101 municipalities, warms up on a separate small set, then
 * measures the raw-parse floor (the N files read by the {@link ReturnFileReader} alone), the whole import job over
 * the same N files into a fresh database, and, in passes of their own, the peak live heap of the whole run at N and
 * at 2N. German lines for people; the last line is
 * {@code ratio=<import/floor> heap_mb=<peak live heap at N> heap_2n_mb=<at 2N>} for
 * {@code scripts/benchmark.sh}, which adds the start figures.
 */
public final class ImportBenchmark {

    private static final long SEED = 20_250_101L;
    // Large enough that the import path is compiled by the JIT before N is measured: after 500 files the import of N
    // still ran 1.6 times slower per file than the import of 2N after it (100 files were worse).
    private static final int WARM_UP_FILES = 1_500;
    private static final long SAMPLE_MILLIS = 20;
    private static final long MB = 1024 * 1024;

    private final Path work;
    private final PrintStream out;

    private ImportBenchmark(Path work, PrintStream out) {
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("integrationsmonitor-benchmark");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // The application's own console lines (progress per file) would bury the figures.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        new ImportBenchmark(work, out).run(n);
        System.exit(0);
    }

    private void run(int n) throws IOException {
        out.printf(Locale.GERMANY, "Benchmark mit N = %d, Arbeitsordner %s, max. Heap %d MB%n", n, work,
                Runtime.getRuntime().maxMemory() / MB);
        long start = System.nanoTime();
        Path warmUp = generate("warmup", WARM_UP_FILES, SEED - 1);
        Path single = generate("n", n, SEED);
        Path twice = generate("2n", 2 * n, SEED + 1);
        out.printf(Locale.GERMANY, "Testdaten: %d + %d + %d Dateien erzeugt in %.1f s%n", WARM_UP_FILES, n, 2 * n,
                seconds(System.nanoTime() - start));

        try (ConfigurableApplicationContext context = start(warmUp)) {
            for (int i = 0; i < 3; i++) {
                parse(context, warmUp.resolve("input"));
            }
            importRun(context, warmUp);
        }
        out.println("Aufwärmen beendet.");

        Parse floor;
        Import atN;
        try (ConfigurableApplicationContext context = start(single)) {
            System.gc();
            Parse before = parse(context, single.resolve("input"));
            System.gc();
            atN = importRun(context, single);
            System.gc();
            Parse after = parse(context, single.resolve("input"));
            // The faster of two passes, one before and one after the import: other work on a shared machine
            // slows a pass down, never speeds it up, and a too slow floor would flatter the ratio.
            floor = before.nanos() <= after.nanos() ? before : after;
        }
        Import at2N;
        Parse floor2N;
        try (ConfigurableApplicationContext context = start(twice)) {
            System.gc();
            at2N = importRun(context, twice);
            System.gc();
            floor2N = parse(context, twice.resolve("input"));
        }
        long liveN = liveHeap(single);
        long live2N = liveHeap(twice);

        double ratio = atN.importNanos() / (double) floor.nanos();
        out.printf(Locale.GERMANY, "Nur Parser (Untergrenze, schnellerer von 2 Durchläufen): %d Dateien in %.1f s "
                        + "(%.1f Dateien/s, %,d Zeilen, %d nicht lesbar)%n", floor.files(), seconds(floor.nanos()),
                perSecond(floor.files(), floor.nanos()), floor.rows(), floor.failed());
        out.printf(Locale.GERMANY, "Import (Registrieren, Lesen, Prüfen, Speichern, Vergleichen): %d Dateien in %.1f s "
                        + "(%.1f Dateien/s, %,.0f Zeilen/s)%n", n, seconds(atN.importNanos()),
                perSecond(n, atN.importNanos()), perSecond(floor.rows(), atN.importNanos()));
        out.printf(Locale.GERMANY, "Ganzer Lauf mit Prüfprotokoll, Rückfragen und Bericht über %d Gemeinden: %.1f s "
                        + "(Verhältnis zum Parser %.2f; nach CPU-Zeit %.2f Hauptthread, %.2f ganzer Prozess)%n",
                REGISTER_SIZE, seconds(atN.nanos()), atN.nanos() / (double) floor.nanos(),
                atN.cpu().thread() / (double) floor.cpu().thread(),
                atN.cpu().process() / (double) floor.cpu().process());
        out.printf(Locale.GERMANY, "Import mit 2N: %d Dateien in %.1f s (%.1f Dateien/s); nur Parser danach "
                        + "%.1f s, Verhältnis %.2f%n", 2 * n, seconds(at2N.importNanos()),
                perSecond(2 * n, at2N.importNanos()), seconds(floor2N.nanos()),
                at2N.importNanos() / (double) floor2N.nanos());
        out.printf(Locale.GERMANY, "Verhältnis Import/Parser: %.2f (Ziel ≤ 2,0)%n", ratio);
        out.printf(Locale.GERMANY, "Lebender Heap (eigener Durchlauf, volle Speicherbereinigung vor jeder Probe), "
                        + "höchstens: %d MB bei N = %d, %d MB bei 2N = %d (Ziel: flach, < 256 MB)%n",
                liveN / MB, n, live2N / MB, 2 * n);
        out.printf(Locale.GERMANY, "Im gemessenen Lauf: nach jungen Speicherbereinigungen höchstens %d bzw. %d MB "
                        + "(mit Müll, den G1 noch nicht eingesammelt hatte), belegt höchstens %d bzw. %d MB%n",
                atN.peakHeap().retained() / MB, at2N.peakHeap().retained() / MB,
                atN.peakHeap().used() / MB, at2N.peakHeap().used() / MB);
        out.println(String.format(Locale.ROOT, "ratio=%.2f heap_mb=%d heap_2n_mb=%d", ratio, liveN / MB,
                live2N / MB));
    }

    /** Synthetic returns in {@code <name>/input}, their register beside it (not in the inbox). */
    private Path generate(String name, int files, long seed) throws IOException {
        Path dir = work.resolve(name);
        Path input = dir.resolve("input");
        SyntheticReturns.write(input, files, seed);
        Files.move(input.resolve("register.csv"), dir.resolve("register.csv"));
        return dir;
    }

    private Path emptyDirectory() {
        Path file = work.resolve("mailboxes.csv");
        try {
            return Files.exists(file) ? file
                    : Files.writeString(file, "ags,email,salutation,sender_domains\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An application context over a fresh file database in {@code dir/data}, as the command line opens it. */
    private ConfigurableApplicationContext start(Path dir) {
        return start(dir, "data");
    }

    private ConfigurableApplicationContext start(Path dir, String data) {
        // Arguments, not default properties: those rank below application.yml, which names the district's register.
        return new SpringApplicationBuilder(IntegrationsmonitorApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + Launcher.h2Url(dir.resolve(data)),
                        "--integrationsmonitor.reference.municipalities=" + dir.resolve("register.csv").toUri(),
                        // The shipped office directory names the district's AGS, which the synthetic register lacks.
                        "--integrationsmonitor.reference.mailboxes=" + emptyDirectory().toUri(),
                        "--logging.file.name=" + work.resolve("benchmark.log"),
                        "--logging.threshold.console=OFF");
    }

    private Parse parse(ConfigurableApplicationContext context, Path input) {
        ReturnFileReader reader = context.getBean(ReturnFileReader.class);
        List<InboxFile> files = Inbox.list(input);
        long rows = 0;
        int failed = 0;
        Cpu cpu = Cpu.now();
        long start = System.nanoTime();
        for (InboxFile file : files) {
            ReadResult result = reader.read(file.path(), file.relativePath());
            if (result instanceof ReadResult.Content content) {
                rows += content.tables().stream().mapToLong(t -> t.rows().size()).sum();
            } else {
                failed++;
            }
        }
        long nanos = System.nanoTime() - start;
        return new Parse(files.size(), rows, failed, nanos, Cpu.now().minus(cpu));
    }

    /**
     * The most heap the whole run over {@code dir} keeps alive, in a pass of its own over a fresh database: after a
     * young collection G1 still counts old garbage it has not yet marked, as much as its pacing in a 1 GB heap
     * leaves, so only a full collection before each sample shows what the run holds on to. These collections slow
     * the pass down, hence not in the timed runs.
     */
    private long liveHeap(Path dir) {
        try (ConfigurableApplicationContext context = start(dir, "data-live")) {
            HeapSampler sampler = new HeapSampler(true);
            sampler.start();
            ImportRunResult result = context.getBean(ImportRun.class)
                    .run(dir.resolve("input"), dir.resolve("reports-live"), null);
            long live = sampler.finish().used();
            if (!result.completed()) {
                throw new IllegalStateException("Lauf fehlgeschlagen, siehe " + work.resolve("benchmark.log"));
            }
            return live;
        }
    }

    private Import importRun(ConfigurableApplicationContext context, Path dir) {
        ImportRun importRun = context.getBean(ImportRun.class);
        HeapSampler sampler = new HeapSampler(false);
        sampler.start();
        Cpu cpu = Cpu.now();
        long start = System.nanoTime();
        ImportRunResult result = importRun.run(dir.resolve("input"), dir.resolve("reports"), null);
        long nanos = System.nanoTime() - start;
        Cpu used = Cpu.now().minus(cpu);
        Heap peak = sampler.finish();
        if (!result.completed()) {
            throw new IllegalStateException("Lauf fehlgeschlagen, siehe " + work.resolve("benchmark.log"));
        }
        RunSummary s = result.summary();
        out.printf(Locale.GERMANY, "  Lauf über %s: %d gelesen, %d angenommen, %d teilweise, %d abgelehnt, "
                        + "%d Duplikate/nicht gelesen; Befunde %d Fehler, %d Warnungen, %d Hinweise%n",
                work.relativize(dir), s.filesRead(), s.accepted(), s.partlyAccepted(), s.rejected(),
                s.duplicates() + s.notRead(), s.findings(Severity.FEHLER), s.findings(Severity.WARNUNG),
                s.findings(Severity.HINWEIS));
        return new Import(nanos, importNanos(context, result.jobExecutionId()), used, peak);
    }

    private static final Set<String> IMPORT_STEPS = Set.of("registerFilesStep", "importFilesStep",
            "compareReturnsStep");
    private static final int REGISTER_SIZE = 1_101;

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double perSecond(long count, long nanos) {
        return count / seconds(nanos);
    }

    private record Parse(int files, long rows, int failed, long nanos, Cpu cpu) {
    }

    /**
     * @param nanos       the whole run: import, validation log, feedback workbooks, committee report, reminder list
     * @param importNanos the import steps alone, from the job repository's step times
     */
    private record Import(long nanos, long importNanos, Cpu cpu, Heap peakHeap) {
    }

    /**
     * @param used     the most heap in use at any sample, garbage not yet collected included: depends on the
     *                 collector's pacing as much as on the run
     * @param retained the most heap still in use right after a collection: what the run holds on to
     */
    private record Heap(long used, long retained) {
    }

    /** The wall time of the steps that import, as the job repository recorded them (millisecond precision). */
    private static long importNanos(ConfigurableApplicationContext context, long jobExecutionId) {
        return context.getBean(JobExplorer.class).getJobExecution(jobExecutionId).getStepExecutions().stream()
                .filter(step -> IMPORT_STEPS.contains(step.getStepName()))
                .mapToLong(step -> Duration.between(step.getStartTime(), step.getEndTime()).toNanos())
                .sum();
    }

    /** CPU time of the calling thread (the job runs in it) and of the whole JVM (with GC and database threads). */
    private record Cpu(long thread, long process) {

        static Cpu now() {
            long process = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
            return new Cpu(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), process);
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(thread - earlier.thread, process - earlier.process);
        }
    }

    /**
     * Samples the used heap every few milliseconds, and takes the heap left after every collection from the
     * collectors' notifications. Collecting, it runs a full collection before each sample, so the samples are the
     * live heap.
     */
    private static final class HeapSampler extends Thread {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong retained = new AtomicLong();
        private final NotificationListener afterCollection = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData()).getGcInfo();
                long left = info.getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                retained.accumulateAndGet(left, Math::max);
            }
        };
        private final boolean collecting;
        private volatile boolean running = true;

        HeapSampler(boolean collecting) {
            super("heap-sampler");
            this.collecting = collecting;
            setDaemon(true);
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc ->
                    ((NotificationEmitter) gc).addNotificationListener(afterCollection, null, null));
        }

        @Override
        public void run() {
            while (running) {
                if (collecting) {
                    System.gc();
                }
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        Heap finish() {
            running = false;
            interrupt();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(afterCollection);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
            long last = collecting ? 0 : memory.getHeapMemoryUsage().getUsed();
            return new Heap(Math.max(peak.get(), last), retained.get());
        }
    }

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
}
