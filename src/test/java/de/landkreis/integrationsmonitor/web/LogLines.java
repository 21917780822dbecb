package de.landkreis.integrationsmonitor.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * What the named loggers (the audit trail's {@code AUDIT}, a class's technical log) write during each test, in order:
 * register with {@code @RegisterExtension}.
 */
final class LogLines implements BeforeEachCallback, AfterEachCallback {

    private final List<Logger> loggers;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(List<Logger> loggers) {
        this.loggers = loggers;
    }

    static LogLines of(String... names) {
        return new LogLines(Stream.of(names).map(name -> (Logger) LoggerFactory.getLogger(name)).toList());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        loggers.forEach(logger -> logger.addAppender(appender));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        loggers.forEach(logger -> logger.detachAppender(appender));
    }

    List<ILoggingEvent> events() {
        return appender.list;
    }

    /** The formatted messages. */
    List<String> lines() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
