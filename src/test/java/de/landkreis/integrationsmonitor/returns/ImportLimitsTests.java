package de.landkreis.integrationsmonitor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class ImportLimitsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ReturnsConfiguration.class, DetectingReturnFileReader.class);

    @Test
    void defaultsApplyWithoutConfiguration() {
        context.run(c -> {
            assertThat(c.getBean(ImportLimits.class)).isEqualTo(ImportLimits.defaults());
            assertThat(c).hasSingleBean(ReturnFileReader.class);
        });
    }

    @Test
    void propertiesOverrideTheDefaults() {
        context.withPropertyValues("integrationsmonitor.import.max-file-size=5MB",
                        "integrationsmonitor.import.max-rows-per-sheet=100")
                .run(c -> {
                    ImportLimits limits = c.getBean(ImportLimits.class);
                    assertThat(limits.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
                    assertThat(limits.maxRowsPerSheet()).isEqualTo(100);
                });
    }
}
