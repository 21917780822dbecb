package de.landkreis.integrationsmonitor.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The application started as a separate JVM, as the district's scripts start it, for tests that kill it. */
final class ChildRun {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(Ausgabe abgebrochen: " + e.getMessage() + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChildRun start(Path input, Path reports, Path data) throws IOException {
        return start("--input", input.toString(), "--reports", reports.toString(), "--data", data.toString());
    }

    static ChildRun start(String... args) throws IOException {
        return startWithJvmOptions(List.of(), args);
    }

    /**
     * With further options for the JVM, e.g. {@code -Djava.io.tmpdir=…}. The PDF conversion is off unless an option
     * switches it on ({@code -Dintegrationsmonitor.pdf.enabled=true}): these runs are not about the PDFs.
     */
    static ChildRun startWithJvmOptions(List<String> jvmOptions, String... args) throws IOException {
        return startWithEnvironment(Map.of(), jvmOptions, args);
    }

    /** @param environment variables set for the process, e.g. another {@code PATH} */
    static ChildRun startWithEnvironment(Map<String, String> environment, List<String> jvmOptions, String... args)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-Duser.timezone=Europe/Berlin",
                "-Dintegrationsmonitor.pdf.enabled=false"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "de.landkreis.integrationsmonitor.IntegrationsmonitorApplication"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        return new ChildRun(builder.start());
    }

    /** Waits until a line of the console output matches; false when the process ended or time ran out first. */
    boolean awaitLine(Predicate<String> wanted, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (output.stream().anyMatch(wanted)) {
                return true;
            }
            if (!process.isAlive()) {
                return output.stream().anyMatch(wanted);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no cleanup, as when the server loses power. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Lauf nicht rechtzeitig beendet:\n" + String.join("\n", output));
        }
        return process.exitValue();
    }

    List<String> output() {
        return output;
    }
}
