package de.landkreis.integrationsmonitor.benchmark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The yardstick of {@code scripts/benchmark.sh}: a bare Spring Boot application of the same Boot version with
 * Spring Batch and an H2 file database and nothing else, started like the application and closed at once.
 * Not a component (no {@code @Configuration}), so the application's own scan in the tests never picks it up.
 */
@EnableAutoConfiguration
public class BareBatchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BareBatchApplication.class, args)));
    }
}
