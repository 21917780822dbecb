package de.landkreis.integrationsmonitor.returns;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * What people are told about a file that cannot be read: a key of {@code messages_de.properties}
 * ({@code read.type.*} for a type the import does not read, {@code read.detail.*} for every other reason) with
 * its arguments. A {@link MessageSourceResolvable}, so the {@code MessageSource} turns it into German also where
 * it is an argument of another message, as in the D01/D02 findings.
 */
public record ReadDetail(String key, List<Object> arguments) implements MessageSourceResolvable {

    public ReadDetail {
        arguments = List.copyOf(arguments);
    }

    public static ReadDetail of(String key, Object... arguments) {
        return new ReadDetail(key, List.of(arguments));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }
}
