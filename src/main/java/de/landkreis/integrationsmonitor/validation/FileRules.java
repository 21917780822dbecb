package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.ReadFailure;
import de.landkreis.integrationsmonitor.returns.ReadResult;
import org.springframework.stereotype.Component;

/** Rules D01–D08 about a file as a whole; they name the file only (RETURNS.md §5). */
@Component
class FileRules {

    private final FindingFactory findings;

    FileRules(FindingFactory findings) {
        this.findings = findings;
    }

    /** D01 for a type the import does not read, D02 for every other reason a file cannot be read. */
    Finding unreadable(String file, ReadResult.Failed failed) {
        Rule rule = failed.failure() == ReadFailure.UNSUPPORTED_TYPE ? Rule.D01 : Rule.D02;
        // The detail is a MessageSourceResolvable: the MessageSource puts in its German text as argument {1}.
        return findings.createVariant(rule, failed.failure().name(), Location.ofFile(file), "", null, failed.detail());
    }

    Finding noSection(String file) {
        return findings.create(Rule.D03, Location.ofFile(file), "", null);
    }

    Finding duplicateContent(String file, String earlierFile) {
        return findings.create(Rule.D04, Location.ofFile(file), earlierFile, null, earlierFile);
    }

    Finding macros(String file) {
        return findings.create(Rule.D05, Location.ofFile(file), "", null);
    }

    Finding notRead(String file) {
        return findings.create(Rule.D06, Location.ofFile(file), "", null);
    }

    Finding emptySection(Location table, String sectionName, Municipality municipality) {
        return findings.create(Rule.D07, Location.ofFile(table.file()),
                table.sheet() == null ? "" : table.sheet(), municipality, sectionName);
    }

    Finding sectionTwice(String file, String sectionName, Municipality municipality, int year,
                         String firstSheet, String secondSheet) {
        return findings.create(Rule.D08, Location.ofFile(file), secondSheet, municipality, sectionName, year,
                firstSheet, secondSheet);
    }
}
