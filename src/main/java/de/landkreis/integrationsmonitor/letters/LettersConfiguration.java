package de.landkreis.integrationsmonitor.letters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LettersProperties.class, SendingProperties.class})
class LettersConfiguration {
}
