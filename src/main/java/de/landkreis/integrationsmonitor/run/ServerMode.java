package de.landkreis.integrationsmonitor.run;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * A bean that exists only in server mode ({@code scripts/run.sh --serve}): the web pages, their security and the
 * schedule. The command line sets {@code integrationsmonitor.mode}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ServerMode.InServerMode.class)
public @interface ServerMode {

    /** True where {@code integrationsmonitor.mode} is {@code SERVE}. */
    final class InServerMode implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return "SERVE".equals(context.getEnvironment().getProperty(Launcher.MODE_PROPERTY));
        }
    }
}
