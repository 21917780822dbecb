package de.landkreis.integrationsmonitor.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of the committee papers: the draft's template and the PDF conversion. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DraftProperties.class, PdfProperties.class})
class PaperConfiguration {
}
