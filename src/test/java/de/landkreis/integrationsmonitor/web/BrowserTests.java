package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in Debian's Chromium, headless: log in, upload a return with an error, start a run, wait for it, look at
 * the run's files and at the municipality's file, download its Rückfrage, find the finding with row and column,
 * download the committee report. Screenshots of every page go to
 * {@code /tmp/integrationsmonitor-screenshots}. Skipped where Chromium is not installed, except on CI.
 */
@WebTest
class BrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("/tmp/integrationsmonitor-screenshots");

    private static WebDriver browser;
    private static Path downloads;
    private static Path profile;

    @LocalServerPort
    int port;
    @Autowired
    WebFixtures fixtures;

    @BeforeAll
    static void startChromium() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true, but Chromium or its driver is missing: " + CHROMIUM + ", "
                    + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: no Chromium at " + CHROMIUM + " with driver at "
                + CHROMEDRIVER + " (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("integrationsmonitor-chromium");
        downloads = Files.createTempDirectory("integrationsmonitor-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=de-DE");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void empty() {
        fixtures.reset();
    }

    @Test
    void analystUploadsARunsItAndFindsTheErrorWithRowAndColumn() throws Exception {
        open("/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        screenshot("1-anmeldung");
        browser.findElement(By.id("username")).sendKeys(WebTest.USER);
        browser.findElement(By.id("password")).sendKeys(WebTest.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.id("fortschritt")).size() == 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Übersicht");

        open("/hochladen");
        browser.findElement(By.id("dateien")).sendKeys(WebFixtures.fixturePath(WebFixtures.STRUCTURES) + "\n"
                + WebFixtures.fixturePath(WebFixtures.STAFF_WITH_ERROR));
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("#ergebnis li")).size() == 2);
        assertThat(browser.findElements(By.cssSelector("#ergebnis li"))).extracting(e -> e.getAttribute("data-outcome"))
                .containsExactly("STORED", "STORED");
        screenshot("4-hochladen");

        browser.findElement(By.id("lauf-starten")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Der Lauf wurde gestartet");
        // The page updates itself: the poll reloads it once the run has finished.
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(b -> !b.findElements(
                By.cssSelector("#laeufe tbody tr[data-status=COMPLETED]")).isEmpty());
        WebElement run = browser.findElement(By.cssSelector("#laeufe tbody tr"));
        assertThat(run.getText()).contains("abgeschlossen");
        assertThat(browser.findElement(By.id("fortschritt")).getText()).isEqualTo("Zurzeit läuft kein Lauf.");
        screenshot("2-uebersicht");

        String runId = run.getAttribute("data-run");
        run.findElement(By.cssSelector("a[aria-label='Dateien von Lauf " + runId + "']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Lauf " + runId + " vom ");
        assertThat(browser.findElements(By.cssSelector("#dateien tbody tr"))).extracting(WebElement::getText)
                .containsExactly(
                        "1 " + WebFixtures.STRUCTURES + " Kißlegg Strukturen 2025 angenommen 0 0 0",
                        "2 " + WebFixtures.STAFF_WITH_ERROR + " Kißlegg Personal 2025 abgelehnt 1 0 0");
        screenshot("12-lauf");

        browser.findElement(By.linkText("Kißlegg")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kißlegg (AGS 08436052)");
        assertThat(browser.findElement(By.id("jahr-2025")).getText()).contains("fehlerhaft", "angenommen, gilt",
                "abgelehnt");
        screenshot("13-gemeinde");
        browser.findElement(By.linkText("Rueckfrage_08436052_Kisslegg.xlsx")).click();
        Path feedback = downloads.resolve("Rueckfrage_08436052_Kisslegg.xlsx");
        waitUntil(() -> Files.isRegularFile(feedback) && !hasPartialDownloads());
        try (InputStream in = Files.newInputStream(feedback); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }

        browser.findElement(By.linkText(WebFixtures.STAFF_WITH_ERROR)).click();
        WebElement finding = browser.findElement(By.cssSelector("#befunde tr[data-rule=P02]"));
        assertThat(finding.findElement(By.cssSelector(".cell-row")).getText()).isEqualTo("2");
        assertThat(finding.findElement(By.cssSelector(".cell-column")).getText()).isEqualTo("E");
        assertThat(finding.findElement(By.cssSelector(".cell-value")).getText()).isEqualTo("19,5");
        assertThat(finding.getText()).contains(WebFixtures.STAFF_WITH_ERROR, "Fehler");
        assertThat(browser.findElement(By.id("zusammenfassung")).getText()).contains("Fehler", "P02: 1");
        finding.findElement(By.linkText("P02")).click();
        assertThat(browser.findElement(By.id("regel-P02")).getText()).contains("Was die Regel prüft", "VZÄ");
        screenshot("3-pruefprotokoll");

        open("/ruecklauf");
        assertThat(browser.findElement(By.cssSelector("#ruecklauf tr[data-ags='08436052']")).getText())
                .contains("Kißlegg", "fehlerhaft");
        screenshot("5-ruecklauf");

        open("/berichte");
        screenshot("6-berichte");
        open("/pruefprotokoll?jahr=1&seite=abc");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("„seite“", "Seitenzahl");
        screenshot("14-falscher-wert");
        open("/berichte");
        browser.findElement(By.linkText("2025/Integrationsbericht_2025.xlsx")).click();
        Path report = downloads.resolve("Integrationsbericht_2025.xlsx");
        waitUntil(() -> Files.isRegularFile(report) && !hasPartialDownloads());
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Rücklauf")).isNotNull();
        }
    }

    @Test
    void refusedUploadAndEmptyPagesLookRight() throws Exception {
        login();
        Path pdf = downloads.resolve("Rueckmeldung_Beispiel.xlsx");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
        open("/hochladen");
        browser.findElement(By.id("dateien")).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("#ergebnis li")).size() == 1);
        assertThat(browser.findElement(By.cssSelector("#ergebnis li")).getText()).contains("PDF-Dokument",
                "nicht gespeichert");
        assertThat(browser.findElements(By.id("lauf-starten"))).isEmpty();
        screenshot("7-hochladen-abgelehnt");

        open("/pruefprotokoll");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Es gab noch keinen Lauf");
        open("/berichte/datei?pfad=../geheim.txt");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("gibt es nicht");
        screenshot("8-nicht-gefunden");
    }

    @Test
    void aGeneratedFirstPasswordLeadsToKennwortAendernUntilItIsChanged() throws Exception {
        browser.manage().deleteAllCookies();
        fixtures.jdbc().sql("delete from web_user where name = 'erste'").update();
        fixtures.jdbc().sql("""
                insert into web_user (name, password_hash, created_at, role, enabled, must_change_password)
                values ('erste', :hash, current_timestamp, 'ADMIN', true, true)""")
                .param("hash", WebTest.PASSWORD_HASH).update();
        open("/login");
        browser.findElement(By.id("username")).sendKeys("erste");
        browser.findElement(By.id("password")).sendKeys(WebTest.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().endsWith("/kennwort"));
        assertThat(browser.findElement(By.id("kennwort-pflicht")).getText()).contains("Bitte ändern Sie es jetzt");
        open("/ruecklauf");
        assertThat(browser.getCurrentUrl()).endsWith("/kennwort");
        screenshot("9-erstes-kennwort");

        browser.findElement(By.id("currentPassword")).sendKeys(WebTest.PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys("aaaaaaaaaaaa");
        browser.findElement(By.id("repeatedPassword")).sendKeys("aaaaaaaaaaaa");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> !browser.findElements(By.id("newPassword-fehler")).isEmpty());
        assertThat(browser.findElement(By.id("newPassword-fehler")).getText())
                .contains("kein Zeichen viermal oder öfter hintereinander");
        browser.findElement(By.id("currentPassword")).sendKeys(WebTest.PASSWORD);
        browser.findElement(By.id("newPassword")).sendKeys(AccountsControllerTests.NEW_PASSWORD);
        browser.findElement(By.id("repeatedPassword")).sendKeys(AccountsControllerTests.NEW_PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Ihr Kennwort wurde geändert");

        open("/zugaenge");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zugänge");
        assertThat(browser.findElement(By.cssSelector("#zugaenge")).getText()).contains("erste", "Verwaltung",
                "analyse", "aus der Konfiguration");
        screenshot("10-zugaenge");
        browser.findElement(By.linkText("Protokoll der Anmeldungen und Änderungen")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Protokoll der Zugänge");
        screenshot("11-protokoll");
        browser.manage().deleteAllCookies();
    }

    @Test
    void analystCorrectsAnAddressWritesRemindersAndDownloadsALetter() throws Exception {
        fixtures.importBoth();
        login();

        open("/adressen");
        assertThat(browser.findElement(By.id("fiktiv")).getText()).contains("fiktiv");
        screenshot("20-adressen");
        browser.findElement(By.linkText("Kißlegg")).click();
        WebElement email = browser.findElement(By.id("email"));
        email.clear();
        // The browser's own check of type=email lets this through; the server's rules do not.
        email.sendKeys("rathaus@kisslegg");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The answer is a new page: wait for it, not for the page still shown.
        waitUntil(() -> browser.findElements(By.id("email-fehler")).size() == 1);
        assertThat(browser.findElement(By.id("email-fehler")).getText())
                .isEqualTo("Bitte eine gültige E-Mail-Adresse angeben, z. B. integration@gemeinde.de.");
        screenshot("21-adresse-fehler");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("rathaus@kisslegg.example.org");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().contains("/adressen#ags-08436052"));
        assertThat(browser.findElement(By.id("ags-08436052")).getText())
                .contains("rathaus@kisslegg.example.org", "geändert von analyse am 01.03.2026 10:00");

        open("/ruecklauf?jahr=2025");
        browser.findElement(By.cssSelector("#erinnerungen button[type=submit]")).click();
        waitUntil(() -> browser.getCurrentUrl().contains("#erinnerungen"));
        assertThat(browser.findElement(By.cssSelector("#erinnerungen .notice")).getText())
                .isEqualTo("39 Erinnerungen für 2025 geschrieben.");

        open("/adressen/08436052");
        assertThat(texts(browser.findElements(By.cssSelector("#briefe-tabelle tbody tr td:first-child"))))
                .containsExactly("Erinnerung", "Rückfrage");
        screenshot("22-adresse-briefe");
        browser.findElement(By.linkText("Rueckfrage_08436052_Kisslegg.eml")).click();
        Path draft = downloads.resolve("Rueckfrage_08436052_Kisslegg.eml");
        waitUntil(() -> Files.isRegularFile(draft) && !hasPartialDownloads());
        assertThat(Files.readString(draft)).contains("X-Unsent: 1", "Rueckfrage_08436052_Kisslegg.xlsx");
    }

    private void login() {
        open("/login");
        if (browser.findElements(By.id("username")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("username")).sendKeys(WebTest.USER);
        browser.findElement(By.id("password")).sendKeys(WebTest.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.id("fortschritt")).size() == 1);
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> condition.getAsBoolean());
    }

    private static boolean hasPartialDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(p -> p.toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }

    /** The whole page at 1280 px (a desk) and at 390 px (a phone), to be looked at. */
    private static void screenshot(String name) throws IOException {
        for (int width : new int[] {1280, 390}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return Math.max(document.body.scrollHeight, 900);");
            browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 4000)));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + (width == 1280 ? "" : "-" + width) + ".png"), png);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
