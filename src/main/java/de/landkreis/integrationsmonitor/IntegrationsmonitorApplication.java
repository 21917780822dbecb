package de.landkreis.integrationsmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntegrationsmonitorApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(IntegrationsmonitorApplication.class, args)));
    }
}
