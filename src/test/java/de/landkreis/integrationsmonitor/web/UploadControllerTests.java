package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.landkreis.integrationsmonitor.returns.FormatFixtures;
import de.landkreis.integrationsmonitor.returns.InboxStorage;
import de.landkreis.integrationsmonitor.web.InboxUploads.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Hochladen: size limit, type by content, safe and unique names, the same bytes recognised. */
@WebTest
class UploadControllerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebFixtures fixtures;

    @BeforeEach
    void empty() {
        fixtures.reset();
    }

    @Test
    void formNamesTheLimitAndHasALabelledFileField() throws Exception {
        String html = mvc.perform(get("/hochladen").with(user(WebTest.USER)))
                .andExpect(status().isOk()).andExpect(view().name("upload/upload"))
                .andExpect(model().attribute("maxFileSize", "20 MB"))
                .andExpect(model().attribute("maxRequestSize", "100 MB"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<label for=\"dateien\"", "id=\"dateien\"", "multiple", "Höchstens 20 MB je Datei",
                "enctype=\"multipart/form-data\"", "OpenDocument-Tabellen");
        assertThat(html).containsPattern("accept=\"[^\"]*\\.ods,[^\"]*application/vnd\\.oasis\\.opendocument\\.spreadsheet");
    }

    @Test
    void anOpenDocumentSpreadsheetIsStoredWhateverItsName() throws Exception {
        byte[] ods = FormatFixtures.ods("""
                <table:table table:name="Personal"><table:table-row>\
                <table:table-cell office:value-type="string"><text:p>Funktion</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>VZÄ</text:p></table:table-cell>\
                <table:table-cell office:value-type="string"><text:p>Besetzt</text:p></table:table-cell>\
                </table:table-row></table:table>""");

        List<InboxUploads.Result> results = upload(file("Rueckmeldung Kißlegg.ods", ods), file("Tabelle.xlsx", ods));

        assertThat(results).extracting(InboxUploads.Result::outcome).containsExactly(Outcome.STORED, Outcome.KNOWN);
        assertThat(inboxFiles()).containsExactly("Rueckmeldung_Kißlegg.ods");
        assertThat(Files.readAllBytes(inbox().resolve("Rueckmeldung_Kißlegg.ods"))).isEqualTo(ods);
    }

    @Test
    void storesAReturnInTheInboxAndOffersARun() throws Exception {
        List<InboxUploads.Result> results = upload(file(WebFixtures.STAFF_WITH_ERROR,
                WebFixtures.bytes(WebFixtures.STAFF_WITH_ERROR)));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.STORED);
            assertThat(r.storedAs()).isEqualTo(WebFixtures.STAFF_WITH_ERROR);
        });
        assertThat(Files.readAllBytes(inbox().resolve(WebFixtures.STAFF_WITH_ERROR)))
                .isEqualTo(WebFixtures.bytes(WebFixtures.STAFF_WITH_ERROR));
        String page = mvc.perform(get("/hochladen").with(user(WebTest.USER))
                        .flashAttr("results", results).flashAttr("stored", true))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("im Posteingang gespeichert", "Lauf starten", "action=\"/laeufe\"");
    }

    @Test
    void sameBytesAreRecognisedAsKnownAndNotStoredAgain() throws Exception {
        upload(file(WebFixtures.STRUCTURES, WebFixtures.bytes(WebFixtures.STRUCTURES)));

        List<InboxUploads.Result> again = upload(file("andererName.csv", WebFixtures.bytes(WebFixtures.STRUCTURES)),
                file("nochmal.csv", WebFixtures.bytes(WebFixtures.STRUCTURES)));

        assertThat(again).extracting(InboxUploads.Result::outcome).containsExactly(Outcome.KNOWN, Outcome.KNOWN);
        assertThat(again).extracting(InboxUploads.Result::storedAs).containsOnly(WebFixtures.STRUCTURES);
        assertThat(inboxFiles()).containsExactly(WebFixtures.STRUCTURES);
    }

    @Test
    void aSecondFileOfTheSameNameGetsAUniqueName() throws Exception {
        upload(file("Rueckmeldung.csv", WebFixtures.bytes(WebFixtures.STRUCTURES)));

        List<InboxUploads.Result> second = upload(file("Rueckmeldung.csv", WebFixtures.bytes(WebFixtures.STAFF_WITH_ERROR)));

        assertThat(second).singleElement().extracting(InboxUploads.Result::storedAs).isEqualTo("Rueckmeldung_2.csv");
        assertThat(inboxFiles()).containsExactlyInAnyOrder("Rueckmeldung.csv", "Rueckmeldung_2.csv");
    }

    @Test
    void namesThatPointElsewhereStayInTheInbox() throws Exception {
        List<InboxUploads.Result> results = upload(
                file("../../etc/Rückmeldung Kißlegg (neu).csv", WebFixtures.bytes(WebFixtures.STRUCTURES)));

        assertThat(results).singleElement().extracting(InboxUploads.Result::storedAs)
                .isEqualTo("Rückmeldung_Kißlegg_neu_.csv");
        assertThat(inboxFiles()).containsExactly("Rückmeldung_Kißlegg_neu_.csv");
    }

    @ParameterizedTest
    @CsvSource({
            "../../x.csv, x.csv",
            "C:\\Users\\amt\\Rueckmeldung.xlsx, Rueckmeldung.xlsx",
            "~$Rueckmeldung.xlsx, Rueckmeldung.xlsx",
            ".versteckt.csv, versteckt.csv",
            "'..', Rueckmeldung",
            "'a/b\u0000c.csv', b_c.csv"})
    void safeNames(String uploaded, String safe) {
        assertThat(InboxStorage.safeName(uploaded)).isEqualTo(safe);
    }

    @Test
    void filesThatAreNoTablesAreRefusedByContentWhateverTheirName() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        List<InboxUploads.Result> results = upload(file("Rueckmeldung.xlsx", pdf), file("Rueckmeldung.csv", png),
                file("leer.csv", new byte[0]));

        assertThat(results).extracting(InboxUploads.Result::outcome)
                .containsExactly(Outcome.NOT_A_TABLE, Outcome.NOT_A_TABLE, Outcome.EMPTY);
        assertThat(results.get(0).detail()).isEqualTo("PDF-Dokument");
        assertThat(inboxFiles()).isEmpty();
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws Exception {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(WebFixtures.bytes(WebFixtures.STRUCTURES), 0, large, 0, 10);

        List<InboxUploads.Result> results = upload(file("gross.csv", large));

        assertThat(results).extracting(InboxUploads.Result::outcome).containsExactly(Outcome.TOO_LARGE);
        assertThat(inboxFiles()).isEmpty();
    }

    @Test
    void nothingChosenSaysSo() throws Exception {
        mvc.perform(multipart("/hochladen").with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("problemKey", "web.upload.nothing"));
    }

    @SuppressWarnings("unchecked")
    private List<InboxUploads.Result> upload(MockMultipartFile... files) throws Exception {
        var request = multipart("/hochladen");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        MvcResult result = mvc.perform(request.with(user(WebTest.USER)).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hochladen")).andReturn();
        return (List<InboxUploads.Result>) result.getFlashMap().get("results");
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("dateien", name, "application/octet-stream", content);
    }

    private Path inbox() {
        return fixtures.options().input();
    }

    private List<String> inboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(inbox())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
