package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name (whether it exists or not) and per client address, and refuses every login of a
 * name or from an address that failed too often within the window, until the lock ends. Nothing waits: a refused
 * login is answered at once. The counts live in memory, so a restart clears them (BETRIEB.md says so).
 */
@Component
@ServerMode
class LoginThrottle {

    /** Far more names or addresses than any office has: beyond it, stale entries are dropped first. */
    private static final int MAX_ENTRIES = 10_000;

    private final WebProperties.Lockout settings;
    private final Clock clock;
    private final Map<String, Failures> names = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(WebProperties properties, Clock clock) {
        this.settings = properties.lockout();
        this.clock = clock;
    }

    /** What a failure led to. */
    enum Outcome {
        COUNTED, NAME_LOCKED, ADDRESS_LOCKED
    }

    /**
     * Whether a login of this name from this address may go ahead. Counted as in progress at once, so a burst of
     * parallel attempts cannot slip through before the failures are counted: at most as many attempts run as
     * failures are left before the lock. Every attempt begun ends with {@link #failed}, {@link #succeeded} or
     * {@link #ended}.
     */
    boolean begin(String name, String address) {
        Instant now = clock.instant();
        prune(now);
        Failures byName = names.computeIfAbsent(key(name), k -> new Failures());
        if (!byName.begin(now, settings.failuresPerName(), settings)) {
            return false;
        }
        if (address != null && !addresses.computeIfAbsent(address, k -> new Failures())
                .begin(now, settings.failuresPerAddress(), settings)) {
            byName.end(now, true, false, settings.failuresPerName(), settings);
            return false;
        }
        return true;
    }

    /** Whether the name or the address is locked now (for other checks of the password, such as its change). */
    boolean isLocked(String name, String address) {
        Instant now = clock.instant();
        return locked(names.get(key(name)), now) || (address != null && locked(addresses.get(address), now));
    }

    /** Ends a login attempt as a failure; says whether it locked the name or the address. */
    Outcome failed(String name, String address) {
        return fail(name, address, true);
    }

    /**
     * Counts a failure outside a login (a wrong current password on „Kennwort ändern“): no attempt was begun, so none
     * in progress is ended.
     */
    Outcome failedOutsideLogin(String name, String address) {
        return fail(name, address, false);
    }

    private Outcome fail(String name, String address, boolean endsAttempt) {
        Instant now = clock.instant();
        boolean nameLocked = names.computeIfAbsent(key(name), k -> new Failures())
                .end(now, endsAttempt, true, settings.failuresPerName(), settings);
        boolean addressLocked = address != null && addresses.computeIfAbsent(address, k -> new Failures())
                .end(now, endsAttempt, true, settings.failuresPerAddress(), settings);
        return nameLocked ? Outcome.NAME_LOCKED : addressLocked ? Outcome.ADDRESS_LOCKED : Outcome.COUNTED;
    }

    /** Ends a successful attempt: the name's failures are forgotten, the address keeps its count. */
    void succeeded(String name, String address) {
        ended(name, address);
        Failures byName = names.get(key(name));
        if (byName != null) {
            byName.forget();
        }
    }

    /** Ends an attempt refused for another reason than its password (a disabled account). */
    void ended(String name, String address) {
        Instant now = clock.instant();
        Failures byName = names.get(key(name));
        if (byName != null) {
            byName.end(now, true, false, settings.failuresPerName(), settings);
        }
        Failures byAddress = address == null ? null : addresses.get(address);
        if (byAddress != null) {
            byAddress.end(now, true, false, settings.failuresPerAddress(), settings);
        }
    }

    // Names differing only in case are one name here, so changing the case does not buy five more tries.
    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    private static boolean locked(Failures failures, Instant now) {
        return failures != null && failures.lockedAt(now);
    }

    private void prune(Instant now) {
        if (names.size() + addresses.size() > MAX_ENTRIES) {
            names.values().removeIf(f -> f.stale(now, settings));
            addresses.values().removeIf(f -> f.stale(now, settings));
        }
    }

    /** The failures of one name or address within the window, the attempts in progress, and the end of its lock. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private int inProgress;
        private Instant lockedUntil = Instant.MIN;

        synchronized boolean begin(Instant now, int limit, WebProperties.Lockout settings) {
            forgetBefore(now.minus(settings.window()));
            if (lockedAt(now) || times.size() + inProgress >= limit) {
                return false;
            }
            inProgress++;
            return true;
        }

        /**
         * @param endsAttempt whether an attempt begun with {@link #begin} ends here
         * @return true when this failure set a new lock
         */
        synchronized boolean end(Instant now, boolean endsAttempt, boolean failed, int limit,
                WebProperties.Lockout settings) {
            if (endsAttempt) {
                inProgress = Math.max(0, inProgress - 1);
            }
            if (!failed) {
                return false;
            }
            forgetBefore(now.minus(settings.window()));
            times.addLast(now);
            if (times.size() >= limit && !lockedAt(now)) {
                lockedUntil = now.plus(settings.duration());
                times.clear();
                return true;
            }
            return false;
        }

        /** After a successful login: its failures and any lock that ran out meanwhile. */
        synchronized void forget() {
            times.clear();
            lockedUntil = Instant.MIN;
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean stale(Instant now, WebProperties.Lockout settings) {
            return !lockedAt(now) && inProgress == 0
                    && (times.isEmpty() || times.peekLast().isBefore(now.minus(settings.window())));
        }

        private void forgetBefore(Instant windowStart) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
        }
    }
}
