package de.landkreis.integrationsmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Files written by LibreOffice itself, for the tests that read what real programs write: {@code soffice --headless
 * --convert-to} under a German locale, as a municipality's LibreOffice saves them. Such a test skips where
 * LibreOffice is missing, except on CI ({@code CI=true}), which installs it ({@code libreoffice-calc}).
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** Skips the calling test where LibreOffice is missing; fails it instead on CI. */
    public static void require() {
        boolean present = installed();
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("LibreOffice is required on CI (apt-get install libreoffice-calc)");
        }
        Assumptions.assumeTrue(present, "LibreOffice not installed: files LibreOffice writes not checked"
                + " (apt-get install libreoffice-calc)");
    }

    /**
     * Converts the files into {@code outDir}, each under its name with the new extension.
     *
     * @param target  what {@code --convert-to} takes: an extension, optionally with the filter
     *                ({@code xml:MS Excel 2003 XML})
     * @param options extra command line options before the files, e.g. {@code --infilter=CSV:59,34,76,1}
     * @return the converted files, in the order of the sources
     */
    public static List<Path> convert(List<Path> sources, String target, Path outDir, String... options)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice",
                // An own profile, so a LibreOffice that is already running elsewhere does not swallow the conversion.
                "-env:UserInstallation=" + profile.toUri(), "--headless"));
        command.addAll(List.of(options));
        command.addAll(List.of("--convert-to", target, "--outdir", outDir.toString()));
        sources.forEach(source -> command.add(source.toString()));
        run(command, Map.of("LC_ALL", "de_DE.UTF-8", "LANG", "de_DE.UTF-8"));
        String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
        List<Path> converted = new ArrayList<>();
        for (Path source : sources) {
            String name = source.getFileName().toString();
            Path file = outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + extension);
            assertThat(file).as("written by LibreOffice").isRegularFile();
            converted.add(file);
        }
        return converted;
    }

    public static boolean installed() {
        return available("soffice");
    }

    static boolean available(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command to its end (at most three minutes) and returns its output; fails the test on a non-zero exit. */
    static String run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("timed out: " + command);
        }
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(output, StandardCharsets.UTF_8);
    }
}
