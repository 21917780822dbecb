package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.FileFormat;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.ReceivedBytes;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import java.util.List;
import java.util.Optional;
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

    public CheckedFile check(InboxFile file, long receiptNo) {
        String name = file.relativePath();
        if (file.notRead()) {
            return unread(null, FileOutcome.IGNORED, fileRules.notRead(name));
        }
        // Read once: the checksum comes from the bytes the reader then parses.
        ReceivedBytes loaded = reader.load(file.path(), name);
        if (loaded instanceof ReceivedBytes.Unreadable unreadable) {
            ValidatedFile failed = validator.validate(name, unreadable.failure());
            return new CheckedFile(null, null, failed.outcome(), failed);
        }
        ReceivedBytes.Read bytes = (ReceivedBytes.Read) loaded;
        Optional<String> earlier = history.earlierFileWithContent(bytes.sha256(), receiptNo);
        if (earlier.isPresent()) {
            return unread(bytes.sha256(), FileOutcome.DUPLICATE, fileRules.duplicateContent(name, earlier.get()));
        }
        ReadResult result = reader.read(bytes, name);
        ValidatedFile validated = validator.validate(name, result);
        FileFormat format = result instanceof ReadResult.Content content ? content.format() : null;
        return new CheckedFile(bytes.sha256(), format, validated.outcome(), validated);
    }

    private static CheckedFile unread(String sha256, FileOutcome outcome, Finding finding) {
        return new CheckedFile(sha256, null, outcome, new ValidatedFile(List.of(finding), List.of()));
    }
}
