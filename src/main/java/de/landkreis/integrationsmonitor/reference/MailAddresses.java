package de.landkreis.integrationsmonitor.reference;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as a usable address in the office directory, for the file and the page alike: one plain address
 * ({@code name@domain.tld}, no display name, no list) that RFC 822 accepts strictly, and mail domains as DNS names.
 */
public final class MailAddresses {

    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    private MailAddresses() {
    }

    public static boolean isValid(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(email.strip(), true);
            address.validate();
            String domain = address.getAddress().substring(address.getAddress().lastIndexOf('@') + 1);
            return address.getPersonal() == null && address.getAddress().equals(email.strip())
                    && DOMAIN.matcher(domain.toLowerCase(Locale.ROOT)).matches();
        } catch (AddressException e) {
            return false;
        }
    }

    /** The domains of a list as people type it ({@code a.de, b.de} or {@code a.de b.de}), lower case. */
    public static List<String> domains(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(list.strip())).map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    /** The first domain of the list that is no DNS name, or null when all are. */
    public static String invalidDomain(List<String> domains) {
        return domains.stream().filter(d -> !DOMAIN.matcher(d).matches()).findFirst().orElse(null);
    }
}
