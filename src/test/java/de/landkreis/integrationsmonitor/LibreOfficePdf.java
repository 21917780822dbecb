package de.landkreis.integrationsmonitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Prints a workbook through LibreOffice into a PDF and reads its pages back with poppler's tools, for the tests
 * that check how a workbook prints. Such a test skips where LibreOffice or poppler-utils is missing, except on CI
 * ({@code CI=true}), which installs them ({@code libreoffice-calc}, {@code poppler-utils}, {@code fonts-dejavu-core}).
 */
public final class LibreOfficePdf {

    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\"");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">(.*)</word>");

    private LibreOfficePdf() {
    }

    /**
     * A word printed on a page, its left and right edge in points from the left edge of the paper.
     *
     * @param page      the page, counted from 1
     * @param yMin      the top edge in points from the top of the paper
     * @param pageWidth the paper's width in points
     */
    public record Word(int page, String text, double xMin, double xMax, double yMin, double pageWidth) {
    }

    /** Skips the calling test where the tools are missing; fails it instead on CI. */
    public static void requireTools() {
        boolean present = LibreOffice.available("libreoffice") && LibreOffice.available("pdftotext")
                && LibreOffice.available("pdffonts");
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("LibreOffice and poppler-utils are required on CI (apt-get install libreoffice-calc poppler-utils"
                    + " fonts-dejavu-core)");
        }
        Assumptions.assumeTrue(present, "LibreOffice or poppler-utils not installed: PDF pages not checked"
                + " (apt-get install libreoffice-calc poppler-utils fonts-dejavu-core)");
    }

    /**
     * Skips the calling test where LibreOffice Writer is missing (Word documents cannot be converted without it);
     * fails it instead on CI. Checked like {@code dpkg -s libreoffice-writer} would, by Writer's library beside
     * {@code soffice}.
     */
    public static void requireWriter() {
        requireTools();
        boolean present = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path soffice = Path.of(dir, "soffice");
            if (!dir.isEmpty() && Files.isExecutable(soffice)) {
                try {
                    Path program = soffice.toRealPath().getParent();
                    present |= Files.isRegularFile(program.resolve("libswlo.so"))
                            || Files.isRegularFile(program.resolve("swlo.dll"));
                } catch (IOException e) {
                    // not this one
                }
            }
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("LibreOffice Writer is required on CI (apt-get install libreoffice-writer)");
        }
        Assumptions.assumeTrue(present, "LibreOffice Writer not installed: PDF of the Mitteilungsvorlage not checked"
                + " (apt-get install libreoffice-writer)");
    }

    /** What {@code pdfinfo} says about a PDF, e.g. {@code Tagged} → {@code yes}, {@code Title}, {@code Pages}. */
    public static Map<String, String> info(Path pdf) throws IOException, InterruptedException {
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : run(List.of("pdfinfo", pdf.toString())).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return info;
    }

    /** Prints the workbook's visible sheets into a PDF beside it, named like it; returns that PDF. */
    public static Path convert(Path workbook) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        Path outDir = workbook.toAbsolutePath().getParent();
        // An own profile, so a LibreOffice that is already running elsewhere does not swallow the conversion.
        run(List.of("libreoffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", outDir.toString(), workbook.toString()));
        Path pdf = outDir.resolve(workbook.getFileName().toString().replace(".xlsx", ".pdf"));
        assertThat(pdf).isRegularFile();
        return pdf;
    }

    public static int pageCount(Path pdf) throws IOException, InterruptedException {
        String info = run(List.of("pdfinfo", pdf.toString()));
        return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
    }

    public static String pageText(Path pdf, int page) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-enc", "UTF-8",
                pdf.toString(), "-"));
    }

    /** The fonts the PDF embeds, as {@code pdffonts} lists them. */
    public static String fonts(Path pdf) throws IOException, InterruptedException {
        return run(List.of("pdffonts", pdf.toString()));
    }

    /** Every word of every page with where it is printed, page headers and footers included. */
    public static List<Word> words(Path pdf) throws IOException, InterruptedException {
        List<Word> words = new ArrayList<>();
        int page = 0;
        double pageWidth = 0;
        for (String line : run(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-")).split("\n")) {
            Matcher newPage = PAGE.matcher(line);
            Matcher word = WORD.matcher(line);
            if (newPage.find()) {
                page++;
                pageWidth = Double.parseDouble(newPage.group(1));
            } else if (word.find()) {
                words.add(new Word(page, unescape(word.group(4)), Double.parseDouble(word.group(1)),
                        Double.parseDouble(word.group(3)), Double.parseDouble(word.group(2)), pageWidth));
            }
        }
        return words;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return LibreOffice.run(command, Map.of());
    }
}
