package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's part count from {@code integrationsmonitor.web.max-files-per-upload}: the files plus the form's other
 * fields (the CSRF token). Beyond it Tomcat reads nothing of the upload, and {@link UploadTooLargeDenial} brings the
 * analyst back to Hochladen with the German limit. Ordered last, after Boot's own {@code server.tomcat.*} settings.
 */
@Component
@ServerMode
class UploadPartLimit implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** The upload form's fields besides the files. */
    static final int OTHER_FIELDS = 1;

    private final WebProperties properties;

    UploadPartLimit(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setMaxPartCount(
                properties.maxFilesPerUpload() + OTHER_FIELDS));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
