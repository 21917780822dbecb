package de.landkreis.integrationsmonitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.landkreis.integrationsmonitor.store.ContactEmails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages apart: no cycles, no reaching into another module's internals, and dependencies
 * only in the directions of STYLE.md.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(IntegrationsmonitorApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.landkreis.integrationsmonitor");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("reference", Set.of()),
            Map.entry("returns", Set.of("reference")),
            Map.entry("validation", Set.of("returns", "reference")),
            Map.entry("store", Set.of("returns", "validation", "reference")),
            Map.entry("report", Set.of("store", "validation", "returns", "reference")),
            Map.entry("forms", Set.of("store", "validation", "returns", "reference", "report")),
            Map.entry("letters", Set.of("forms", "report", "store", "reference")),
            Map.entry("mailbox", Set.of("store", "returns", "reference")),
            Map.entry("job", Set.of("returns", "validation", "store", "report", "forms", "letters", "mailbox",
                    "reference")),
            Map.entry("run", Set.of("job", "store", "forms", "letters", "validation", "reference")),
            Map.entry("web", Set.of("run", "job", "returns", "validation", "store", "report", "forms", "letters",
                    "mailbox", "reference")));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void dependenciesPointOnlyTheAllowedWay() {
        assertThat(dependencies(MODULES.getModuleByName("job").orElseThrow())).contains("store", "validation");
        for (ApplicationModule module : MODULES) {
            Set<String> used = dependencies(module);
            assertThat(ALLOWED).as("module %s is listed", module.getName()).containsKey(module.getName());
            assertThat(ALLOWED.get(module.getName())).as("allowed dependencies of %s", module.getName())
                    .containsAll(used);
        }
    }

    /**
     * SQL over the project's tables lives in {@code store}, in query classes returning records; the features compute.
     * Named exceptions: the run lock's own connection ({@code run.RunLock}, through the DataSource) and the accounts
     * of the web pages ({@code web.AnalystAccounts}, table web_user).
     */
    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("de.landkreis.integrationsmonitor.store..")
                .and().doNotHaveFullyQualifiedName("de.landkreis.integrationsmonitor.web.AnalystAccounts")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core..")
                .because("SQL over the project's tables belongs to store's query classes")
                .check(CLASSES);
    }

    /**
     * The committee papers are public: nothing of them may reach the contact data of the returns. Only the internal
     * reminder list, the letters to the municipalities (a Rückfrage answers the return's sender) and a
     * municipality's page for the analysts read it.
     */
    @Test
    void theCommitteePapersNeverReadContactData() {
        noClasses().that().resideInAPackage("de.landkreis.integrationsmonitor.report..")
                .and().doNotHaveSimpleName("ReminderEntries").and().doNotHaveSimpleName("ReminderListWriter")
                .should().dependOnClassesThat().haveFullyQualifiedName(ContactEmails.class.getName())
                .because("only the internal reminder list may hold personal data")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("de.landkreis.integrationsmonitor.report..",
                        "de.landkreis.integrationsmonitor.store..")
                .and().doNotHaveFullyQualifiedName("de.landkreis.integrationsmonitor.letters.FeedbackLetters")
                .and().doNotHaveFullyQualifiedName("de.landkreis.integrationsmonitor.web.MunicipalityController")
                .should().dependOnClassesThat().haveFullyQualifiedName(ContactEmails.class.getName())
                .check(CLASSES);
    }

    /** The modules described for a newcomer: diagrams and one page per module in target/spring-modulith-docs. */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeDocumentation();

        assertThat(output.resolve("components.puml")).isRegularFile();
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("module-report.puml", "module-store.puml", "module-web.adoc");
        }
    }

    private static Set<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(MODULES).stream()
                .map(dependency -> dependency.getTargetModule().getName())
                .collect(Collectors.toSet());
    }
}
