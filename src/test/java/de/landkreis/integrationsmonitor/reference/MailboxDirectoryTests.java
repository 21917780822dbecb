package de.landkreis.integrationsmonitor.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The office directory file: checked line by line against the register, as the start reads it. */
class MailboxDirectoryTests {

    private static final MunicipalityRegister REGISTER =
            ReferenceCsv.municipalities(new ClassPathResource("reference/municipalities.csv"));
    private static final String HEADER = "ags,email,salutation,sender_domains\n";
    private static final String GOOD = "08436001,integration@achberg.example.org,Sehr geehrte Frau Muster,achberg.example.org\n";

    @TempDir
    Path folder;

    @Test
    void theShippedDirectoryIsFictitiousAndCoversTheRegister() {
        MailboxDirectory shipped = ReferenceCsv.mailboxes(new ClassPathResource("reference/mailboxes.csv"), REGISTER);

        assertThat(shipped.entries()).hasSize(REGISTER.size())
                .allSatisfy(m -> assertThat(m.email()).endsWith(".example.org"));
        assertThat(shipped.entries()).filteredOn(m -> m.ags().equals("08436052")).singleElement()
                .satisfies(m -> {
                    assertThat(m.email()).isEqualTo("integration@kisslegg.example.org");
                    assertThat(m.salutation()).isEqualTo("Sehr geehrte Damen und Herren");
                    assertThat(m.senderDomains()).containsExactly("kisslegg.example.org");
                });
    }

    @Test
    void readsAGoodLineWithSeveralDomainsAndNoSalutation() throws Exception {
        MailboxDirectory read = ReferenceCsv.mailboxes(file(HEADER
                + "8436003,rathaus@aichstetten.example.org,,\"Aichstetten.example.org; vg-leutkirch.example.org\"\n"),
                REGISTER);

        assertThat(read.entries()).containsExactly(new Mailbox("08436003", "rathaus@aichstetten.example.org", null,
                java.util.List.of("aichstetten.example.org", "vg-leutkirch.example.org")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "09999999,a@b.example.org,,                 | 3 | Die AGS „09999999“ steht nicht im Gemeindeverzeichnis.",
            "08436001,zweimal@achberg.example.org,,     | 3 | Die AGS 08436001 steht schon in einer früheren Zeile.",
            "08436003,rathaus(at)aichstetten.de,,       | 3 | „rathaus(at)aichstetten.de“ ist keine gültige E-Mail-Adresse",
            "08436003,Rathaus <r@aichstetten.de>,,      | 3 | „Rathaus <r@aichstetten.de>“ ist keine gültige E-Mail-Adresse",
            "08436003,r@localhost,,                     | 3 | „r@localhost“ ist keine gültige E-Mail-Adresse",
            "08436003,r@aichstetten.de,,aichstetten_de  | 3 | „aichstetten_de“ ist keine gültige Absender-Domain"})
    void aBadLineStopsTheStartNamingFileAndLine(String line, int number, String reason) throws Exception {
        FileSystemResource file = file(HEADER + GOOD + line + "\n");

        assertThatThrownBy(() -> ReferenceCsv.mailboxes(file, REGISTER))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageStartingWith("Referenzdatei " + file.getDescription() + ", Zeile " + number + ": " + reason);
    }

    @Test
    void theRegisterNamesFileAndLineTheSameWay() throws Exception {
        FileSystemResource file = file("ags,name,type,population,population_date,admin_union\n"
                + "08436001,Achberg,Gemeinde,1730,2022-05-15,\n08436003,Aichstetten,Gemeinde,viele,2022-05-15,\n");

        assertThatThrownBy(() -> ReferenceCsv.municipalities(file))
                .isInstanceOf(ReferenceFileException.class)
                .hasMessageStartingWith("Referenzdatei " + file.getDescription() + ", Zeile 3: Wert nicht lesbar");
    }

    private FileSystemResource file(String content) throws Exception {
        Path file = folder.resolve("mailboxes.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new FileSystemResource(file);
    }
}
