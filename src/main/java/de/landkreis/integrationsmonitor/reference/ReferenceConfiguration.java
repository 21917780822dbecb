package de.landkreis.integrationsmonitor.reference;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferenceProperties.class)
class ReferenceConfiguration {

    /** The district's time zone decides "now" and "the future" (RETURNS.md §4, rule K03). */
    static final ZoneId DISTRICT_ZONE = ZoneId.of("Europe/Berlin");

    @Bean
    MunicipalityRegister municipalityRegister(ReferenceProperties properties) {
        return ReferenceCsv.municipalities(properties.municipalities());
    }

    @Bean
    MailboxDirectory mailboxDirectory(ReferenceProperties properties, MunicipalityRegister register) {
        return ReferenceCsv.mailboxes(properties.mailboxes(), register);
    }

    @Bean
    CoreTopicCatalogue coreTopicCatalogue(ReferenceProperties properties) {
        return ReferenceCsv.coreTopics(properties.coreTopics());
    }

    @Bean
    Vocabularies vocabularies(ReferenceProperties properties) {
        return ReferenceCsv.vocabularies(properties.vocabularies());
    }

    @Bean
    District district(ReferenceProperties properties) {
        return new District(properties.districtName(), properties.officeName());
    }

    @Bean
    Clock clock() {
        return Clock.system(DISTRICT_ZONE);
    }
}
