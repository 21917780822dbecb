package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.FileFormat;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.ReceivedBytes;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks one received file end to end: lock files are not read (D06), content already imported is not imported
 * again (D04), everything else is read and validated. Never throws for anything a file contains.
 */
@Component
public class ReceivedFileCheck {

    private final ReturnFileReader reader;
    private final ReturnValidator validator;
    private final FileRules fileRules;
    private final ReturnHistory history;

    ReceivedFileCheck(ReturnFileReader reader, ReturnValidator validator, FileRules fileRules, ReturnHistory history) {
        this.reader = reader;
        this.validator = validator;
        this.fileRules = fileRules;
        this.history = history;
    }

    /**
     * Everything of checking that needs nothing stored: reading the file once (its checksum comes from the bytes
     * then parsed) and the rules that look at the file alone. Touches no database, so an import can run it ahead,
     * in another thread, for the files after the one being stored.
     */
    public CheckedFile read(InboxFile file) {
        String name = file.relativePath();
        if (file.notRead()) {
            return unread(null, FileOutcome.IGNORED, fileRules.notRead(name));
        }
        ReceivedBytes loaded = reader.load(file.path(), name);
        if (loaded instanceof ReceivedBytes.Unreadable unreadable) {
            ValidatedFile failed = validator.validate(name, unreadable.failure());
            return new CheckedFile(null, null, failed.outcome(), failed);
        }
        ReceivedBytes.Read bytes = (ReceivedBytes.Read) loaded;
        ReadResult result = reader.read(bytes, name);
        ValidatedFile validated = validator.validate(name, result);
        FileFormat format = result instanceof ReadResult.Content content ? content.format() : null;
        return new CheckedFile(bytes.sha256(), format, validated.outcome(), validated);
    }

    /**
     * D04 on a file {@link #read}: content an earlier file already brought is not imported again. Asked when the
     * file's turn to be stored comes, so it sees every file stored before it, in this run too.
     */
    public CheckedFile againstHistory(CheckedFile read, String name, long receiptNo) {
        if (read.sha256() == null) {
            return read;
        }
        return history.earlierFileWithContent(read.sha256(), receiptNo)
                .map(earlier -> unread(read.sha256(), FileOutcome.DUPLICATE, fileRules.duplicateContent(name, earlier)))
                .orElse(read);
    }

    private static CheckedFile unread(String sha256, FileOutcome outcome, Finding finding) {
        return new CheckedFile(sha256, null, outcome, new ValidatedFile(List.of(finding), List.of()));
    }
}
