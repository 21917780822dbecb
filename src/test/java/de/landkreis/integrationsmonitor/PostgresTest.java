package de.landkreis.integrationsmonitor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context of the tests against the real PostgreSQL (see {@link PostgresDatabase}): the
 * profile {@code postgres} pointed at a schema created for this context and dropped when it closes, and the
 * clock pinned as in {@link IntegrationTest}. Skipped where no PostgreSQL is reachable (failed with {@code CI=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresDatabase.Reachable.class)
@SpringBootTest(properties = "logging.file.name=target/test-logs/integrationsmonitor-postgres.log")
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTest.OwnSchema.class)
@Import(IntegrationTest.PinnedClock.class)
public @interface PostgresTest {

    /** Creates the schema before Flyway and Spring Batch create their tables, and drops it with the context. */
    class OwnSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String schema = PostgresDatabase.newSchema();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestSchema", Map.of(
                    // read by application-postgres.yml, so the profile's own URL setting is what the tests use
                    "INTEGRATIONSMONITOR_DB_URL", PostgresDatabase.url(schema),
                    "spring.datasource.username", PostgresDatabase.USER,
                    "spring.flyway.schemas", schema,
                    "integrationsmonitor.test.schema", schema)));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    PostgresDatabase.dropSchema(schema);
                }
            });
        }
    }
}
