package de.landkreis.integrationsmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context the integration tests share: in-memory H2 and the clock pinned to
 * 1 March 2026, 10:00 in Europe/Berlin (so 2026 is the current year and 2027 lies in the future); a test may move it
 * on ({@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(IntegrationTest.PinnedClock.class)
public @interface IntegrationTest {

    ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    @TestConfiguration(proxyBeanMethods = false)
    class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return new TestClock(NOW.toInstant(), NOW.getZone());
        }
    }
}
