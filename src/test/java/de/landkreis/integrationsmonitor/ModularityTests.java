package de.landkreis.integrationsmonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages apart: no cycles, no reaching into another module's internals, and dependencies
 * only in the directions of STYLE.md.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(IntegrationsmonitorApplication.class);

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "reference", Set.of(),
            "returns", Set.of("reference"),
            "validation", Set.of("returns", "reference"),
            "store", Set.of("returns", "validation", "reference"),
            "report", Set.of("store", "validation", "returns", "reference"),
            "forms", Set.of("store", "validation", "returns", "reference", "report"),
            "job", Set.of("returns", "validation", "store", "report", "forms", "reference"),
            "run", Set.of("job", "store", "forms", "validation", "reference"),
            "web", Set.of("run", "job", "returns", "validation", "store", "report", "forms", "reference"));

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

    private static Set<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(MODULES).stream()
                .map(dependency -> dependency.getTargetModule().getName())
                .collect(Collectors.toSet());
    }
}
