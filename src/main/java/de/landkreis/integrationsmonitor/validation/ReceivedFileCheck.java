package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.returns.Checksum;
import de.landkreis.integrationsmonitor.returns.FileFormat;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.returns.ReadDetail;
import de.landkreis.integrationsmonitor.returns.ReadFailure;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import de.landkreis.integrationsmonitor.returns.ReturnFileReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks one received file end to end: lock files are not read (D06), content already imported is not imported
 * again (D04), everything else is read and validated. Never throws for anything a file contains.
 */
@Component
public class ReceivedFileCheck {

    private static final Logger log = LoggerFactory.getLogger(ReceivedFileCheck.class);

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
        String sha256;
        try {
            sha256 = Checksum.sha256(file.path());
        } catch (IOException e) {
            log.warn("Datei „{}“ nicht lesbar (D02, {} read.detail.cannotOpen): {}", name, ReadFailure.DAMAGED,
                    e.toString());
            ValidatedFile failed = validator.validate(name, new ReadResult.Failed(ReadFailure.DAMAGED,
                    ReadDetail.of("read.detail.cannotOpen")));
            return new CheckedFile(null, null, FileOutcome.REJECTED, failed);
        }
        Optional<String> earlier = history.earlierFileWithContent(sha256, receiptNo);
        if (earlier.isPresent()) {
            return unread(sha256, FileOutcome.DUPLICATE, fileRules.duplicateContent(name, earlier.get()));
        }
        ReadResult result = reader.read(file.path(), name);
        ValidatedFile validated = validator.validate(name, result);
        FileFormat format = result instanceof ReadResult.Content content ? content.format() : null;
        return new CheckedFile(sha256, format, validated.outcome(), validated);
    }

    private static CheckedFile unread(String sha256, FileOutcome outcome, Finding finding) {
        return new CheckedFile(sha256, null, outcome, new ValidatedFile(List.of(finding), List.of()));
    }
}
