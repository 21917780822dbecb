package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file being received is written in the inbox's staging folder, which a run never lists, and appears under its
 * name complete at once (a hard link on the same file system, never a copy).
 */
class InboxStorageTests {

    @TempDir
    Path inbox;

    @Test
    void aFileBeingReceivedIsNotListedUntilItIsMovedIntoTheInbox() throws Exception {
        Path folder = Files.createDirectories(inbox.resolve("postfach/20260301"));
        Path receiving = InboxStorage.stagingFile(inbox, "postfach-");
        Files.writeString(receiving, "AGS;Berichtsjahr\r\n08436052;20");

        assertThat(Inbox.list(inbox)).isEmpty();

        Path stored = InboxStorage.moveUnique(receiving, folder, "08436052_Personal.csv");

        assertThat(Inbox.list(inbox)).extracting(InboxFile::relativePath)
                .containsExactly("postfach/20260301/08436052_Personal.csv");
        assertThat(stored).hasContent("AGS;Berichtsjahr\r\n08436052;20");
        assertThat(receiving).doesNotExist();
    }

    /** Where no hard link can be made (here: across file systems), the file is moved, never replacing one. */
    @Test
    void withoutAHardLinkTheFileIsMovedUnderAFreeName() throws Exception {
        Path elsewhere = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(elsewhere) && !Files.getFileStore(elsewhere).equals(Files.getFileStore(inbox)),
                "kein zweites Dateisystem unter /dev/shm");
        Path receiving = Files.createTempFile(elsewhere, "postfach-", ".part");
        try {
            Files.writeString(receiving, "neu");
            Files.writeString(inbox.resolve("08436052_Personal.csv"), "alt");

            Path stored = InboxStorage.moveUnique(receiving, inbox, "08436052_Personal.csv");

            assertThat(stored).isEqualTo(inbox.resolve("08436052_Personal_2.csv")).hasContent("neu");
            assertThat(inbox.resolve("08436052_Personal.csv")).hasContent("alt");
            assertThat(receiving).doesNotExist();
        } finally {
            Files.deleteIfExists(receiving);
        }
    }
}
