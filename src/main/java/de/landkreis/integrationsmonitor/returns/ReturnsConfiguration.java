package de.landkreis.integrationsmonitor.returns;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportLimits.class)
class ReturnsConfiguration {
}
