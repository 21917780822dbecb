package de.landkreis.integrationsmonitor.validation;

import java.util.List;

/**
 * The outcome of checking one file.
 *
 * @param findings every finding of the file once, in file order (what the validation log lists)
 * @param versions the section versions read from it, accepted or rejected
 */
public record ValidatedFile(List<Finding> findings, List<SectionVersion> versions) {

    public FileOutcome outcome() {
        long accepted = versions.stream().filter(SectionVersion::accepted).count();
        if (versions.isEmpty() || accepted == 0) {
            return FileOutcome.REJECTED;
        }
        return accepted == versions.size() ? FileOutcome.ACCEPTED : FileOutcome.PARTLY_ACCEPTED;
    }
}
