package de.landkreis.integrationsmonitor.run;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that exists only in server mode ({@code scripts/run.sh --serve}): the web pages, their security and the
 * schedule. The command line sets {@code integrationsmonitor.mode}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServerMode
public @interface ServerMode {
}
