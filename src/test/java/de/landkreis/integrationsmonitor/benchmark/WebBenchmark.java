package de.landkreis.integrationsmonitor.benchmark;

import de.landkreis.integrationsmonitor.IntegrationsmonitorApplication;
import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.run.Launcher;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.samples.SyntheticReturns;
import de.landkreis.integrationsmonitor.store.RunSummary;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The web benchmark of issue 14, run by {@code scripts/benchmark-web.sh}: fills a database through the real import
 * (the district's 39 municipalities × 10 Berichtsjahre, one run per year, then one run over faulty files with at
 * least 100,000 findings), starts the server and measures every page with a real HTTP client, logged in: median and
 * maximum time and the size of the HTML. If that fill took at most 5 minutes, it does the same with the 1,101
 * municipalities of the synthetic register. German lines for people; the last line is
 * {@code web_max_ms=<slowest> web_max_kb=<largest> targets=met} (or {@code targets=missed:<pages>}).
 */
public final class WebBenchmark {

    private static final long SEED = 20_261_206L;
    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2025;
    private static final int FINDINGS = 100_000;
    /** Rows of one faulty file: under the 5,000 rows a sheet may have, like the 4,900-row file of the issue. */
    private static final int FAULTY_ROWS = 4_900;
    /** What {@link #faultyStaff} gives for each row: P02, P03 and P05. */
    private static final int FINDINGS_PER_ROW = 3;
    private static final long FILL_LIMIT_NANOS = 5L * 60 * 1_000_000_000;
    private static final int WARM_UP = 3;
    private static final int MEASURED = 15;
    private static final long MEDIAN_TARGET_MS = 500;
    private static final long MAX_TARGET_MS = 1_000;
    private static final long SIZE_TARGET_KB = 1_024;
    private static final String USER = "benchmark";
    private static final String PASSWORD = "Benchmark-Kennwort-1";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Path work;
    private final PrintStream out;

    private WebBenchmark(Path work, PrintStream out) {
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path work = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("integrationsmonitor-web-benchmark");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        new WebBenchmark(work, out).run();
        System.exit(0);
    }

    /** A page's figures: times of the measured requests in ms, the size of its HTML. */
    private record Measured(String page, long medianMs, long maxMs, long kb) {

        boolean met() {
            return medianMs <= MEDIAN_TARGET_MS && maxMs <= MAX_TARGET_MS && kb <= SIZE_TARGET_KB;
        }
    }

    private void run() throws Exception {
        List<Measured> all = new ArrayList<>();
        Path district = work.resolve("landkreis");
        Files.createDirectories(district);
        try (InputStream in = WebBenchmark.class.getResourceAsStream("/reference/municipalities.csv")) {
            Files.copy(in, district.resolve("register.csv"));
        }
        long fill = fill(district);
        all.addAll(measure(district, "39 Gemeinden"));
        if (fill <= FILL_LIMIT_NANOS) {
            Path large = work.resolve("verzeichnis-1101");
            Files.createDirectories(large);
            SyntheticReturns.writeRegister(large.resolve("register.csv"), SEED);
            fill(large);
            all.addAll(measure(large, "1.101 Gemeinden"));
        } else {
            out.printf(Locale.GERMANY, "Füllen dauerte %.0f s (> 5 min): das Verzeichnis mit 1.101 Gemeinden entfällt.%n",
                    fill / 1e9);
        }
        long slowest = all.stream().mapToLong(Measured::maxMs).max().orElse(0);
        long largest = all.stream().mapToLong(Measured::kb).max().orElse(0);
        List<String> missed = all.stream().filter(m -> !m.met()).map(Measured::page).distinct().toList();
        out.printf(Locale.ROOT, "web_max_ms=%d web_max_kb=%d targets=%s%n", slowest, largest,
                missed.isEmpty() ? "met" : "missed:" + String.join(",", missed));
    }

    /**
     * Generates the returns of every municipality of {@code dir/register.csv} for 10 years and imports them year by
     * year, as the seasons came, then one run over faulty files with at least 100,000 findings.
     *
     * @return the nanoseconds of the whole fill
     */
    private long fill(Path dir) throws IOException {
        long start = System.nanoTime();
        Path staging = dir.resolve("erzeugt");
        int files = SyntheticReturns.writeEveryYear(staging, dir.resolve("register.csv"), FIRST_YEAR, LAST_YEAR, SEED);
        out.printf(Locale.GERMANY, "%s: %d Rückmeldungen erzeugt in %.1f s%n", dir.getFileName(), files,
                (System.nanoTime() - start) / 1e9);
        Path input = Files.createDirectories(dir.resolve("input"));
        try (ConfigurableApplicationContext context = context(dir, WebApplicationType.NONE)) {
            ImportRun importRun = context.getBean(ImportRun.class);
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                Files.move(staging.resolve(String.valueOf(year)), input.resolve(String.valueOf(year)));
                check(importRun.run(input, dir.resolve("reports"), null), "Jahr " + year);
            }
            // One faulty file each for the first municipalities of the register, as a bad season brings them.
            List<String> register = Files.readAllLines(dir.resolve("register.csv"));
            Path faulty = Files.createDirectories(input.resolve("fehlerhaft"));
            long findings = 0;
            for (int i = 1; findings < FINDINGS; i++) {
                String ags = register.get(i).split(",")[0];
                Files.writeString(faulty.resolve("Personal_" + ags + ".csv"), faultyStaff(ags));
                findings += (long) FAULTY_ROWS * FINDINGS_PER_ROW;
            }
            ImportRunResult result = importRun.run(input, dir.resolve("reports"), null);
            check(result, "fehlerhafte Dateien");
        }
        long nanos = System.nanoTime() - start;
        out.printf(Locale.GERMANY, "%s gefüllt in %.1f s%n", dir.getFileName(), nanos / 1e9);
        return nanos;
    }

    /** Each row: VZÄ 19,5 (P02), Besetzt neither ja nor nein (P03), a date that is none (P05). */
    private static String faultyStaff(String ags) {
        StringBuilder csv = new StringBuilder("AGS;Gemeinde;Berichtsjahr;Funktion;VZÄ;Besetzt;Unbesetzt seit;"
                + "Befristet bis;Anstellungsträger;Finanzierung;Versorgte Gemeinden;Bemerkung\n");
        for (int i = 0; i < FAULTY_ROWS; i++) {
            csv.append(ags).append(";;").append(LAST_YEAR).append(";IM;19,5;vielleicht;;irgendwann;;;;\n");
        }
        return csv.toString();
    }

    private void check(ImportRunResult result, String what) {
        if (!result.completed()) {
            throw new IllegalStateException("Lauf fehlgeschlagen (" + what + "), siehe " + work.resolve("benchmark.log"));
        }
        RunSummary s = result.summary();
        out.printf(Locale.GERMANY, "  Lauf %s: %d Dateien, %d angenommen, %d abgelehnt; Befunde %d Fehler, "
                        + "%d Warnungen, %d Hinweise%n", what, s.filesRead(), s.accepted(), s.rejected(),
                s.findings(Severity.FEHLER), s.findings(Severity.WARNUNG), s.findings(Severity.HINWEIS));
    }

    /** Starts the server over the filled database and measures every page, logged in. */
    private List<Measured> measure(Path dir, String label) throws Exception {
        try (ConfigurableApplicationContext context = context(dir, WebApplicationType.SERVLET)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long biggest = jdbc.sql("select max(id) from import_run").query(Long.class).single();
            long season = biggest - 1;
            String ags = Files.readAllLines(dir.resolve("register.csv")).get(1).split(",")[0];
            long findings = jdbc.sql("select count(*) from finding where run_id = :run").param("run", biggest)
                    .query(Long.class).single();
            out.printf(Locale.GERMANY, "%s: Server auf Port %d, Lauf %d mit %,d Befunden%n", label, port, biggest,
                    findings);

            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            logIn(http, port);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("Übersicht", "/");
            pages.put("Rücklauf", "/ruecklauf");
            pages.put("Prüfprotokoll", "/pruefprotokoll");
            pages.put("Prüfprotokoll gefiltert", "/pruefprotokoll?lauf=" + biggest
                    + "&schwere=FEHLER&regel=P02&gemeinde=" + ags + "&sortierung=datei&richtung=ab&seite=30");
            pages.put("Gemeinde", "/gemeinden/" + ags);
            pages.put("Lauf", "/laeufe/" + season);
            pages.put("Berichte", "/berichte");
            List<Measured> measured = new ArrayList<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                measured.add(measure(http, port, label + " " + page.getKey(), page.getValue()));
            }
            return measured;
        }
    }

    private Measured measure(HttpClient http, int port, String page, String path) throws Exception {
        long[] ms = new long[MEASURED];
        long bytes = 0;
        for (int i = -WARM_UP; i < MEASURED; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(port, path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + ": Status " + response.statusCode() + " für " + path);
            }
            bytes = response.body().length;
            if (i >= 0) {
                ms[i] = elapsed;
            }
        }
        Arrays.sort(ms);
        Measured m = new Measured(page, ms[MEASURED / 2], ms[MEASURED - 1], (bytes + 1023) / 1024);
        out.printf(Locale.GERMANY, "  %-40s Median %5d ms, Maximum %5d ms, HTML %5d KB%s%n", m.page(), m.medianMs(),
                m.maxMs(), m.kb(), m.met() ? "" : "  (Ziel verfehlt)");
        return m;
    }

    private static void logIn(HttpClient http, int port) throws Exception {
        String page = http.send(HttpRequest.newBuilder(uri(port, "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_FIELD.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("Keine Anmeldeseite");
        }
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!login.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new IllegalStateException("Anmeldung fehlgeschlagen: " + login.headers().map());
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** An application context over the file database in {@code dir/data}, as the command line opens it. */
    private ConfigurableApplicationContext context(Path dir, WebApplicationType type) {
        boolean serve = type == WebApplicationType.SERVLET;
        RunOptions options = new RunOptions(serve ? RunOptions.Mode.SERVE : RunOptions.Mode.RUN, dir.resolve("input"),
                dir.resolve("reports"), dir.resolve("data"), null, null, 0, null);
        return new SpringApplicationBuilder(IntegrationsmonitorApplication.class)
                .web(type)
                .initializers(c -> c.getBeanFactory().registerSingleton("runOptions", options))
                .run("--integrationsmonitor.mode=" + options.mode().name(),
                        "--spring.datasource.url=" + Launcher.h2Url(dir.resolve("data")),
                        "--integrationsmonitor.reference.municipalities=" + dir.resolve("register.csv").toUri(),
                        "--integrationsmonitor.pdf.enabled=false",
                        "--server.port=0",
                        "--integrationsmonitor.web.users[0].name=" + USER,
                        "--integrationsmonitor.web.users[0].password-hash=" + new BCryptPasswordEncoder(4).encode(PASSWORD),
                        "--integrationsmonitor.web.users[0].role=ADMIN",
                        "--logging.file.name=" + work.resolve("benchmark.log"),
                        "--logging.threshold.console=OFF");
    }
}
