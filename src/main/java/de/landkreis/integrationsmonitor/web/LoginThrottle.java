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

    boolean isLocked(String name, String address) {
        Instant now = clock.instant();
        return locked(names.get(key(name)), now) || locked(addresses.get(address), now);
    }

    /** Counts a failed login; says whether it locked the name or the address just now. */
    Outcome failed(String name, String address) {
        Instant now = clock.instant();
        prune(now);
        boolean nameLocked = names.computeIfAbsent(key(name), k -> new Failures())
                .add(now, settings.failuresPerName(), settings);
        boolean addressLocked = address != null && addresses.computeIfAbsent(address, k -> new Failures())
                .add(now, settings.failuresPerAddress(), settings);
        return nameLocked ? Outcome.NAME_LOCKED : addressLocked ? Outcome.ADDRESS_LOCKED : Outcome.COUNTED;
    }

    /** A successful login forgets the name's failures; the address keeps its count. */
    void succeeded(String name) {
        names.remove(key(name));
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

    /** The failures of one name or address within the window, and the end of its lock. */
    private static final class Failures {

        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        /** @return true when this failure set a new lock */
        synchronized boolean add(Instant now, int limit, WebProperties.Lockout settings) {
            Instant windowStart = now.minus(settings.window());
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            times.addLast(now);
            if (times.size() >= limit && !now.isBefore(lockedUntil)) {
                lockedUntil = now.plus(settings.duration());
                times.clear();
                return true;
            }
            return false;
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean stale(Instant now, WebProperties.Lockout settings) {
            return !lockedAt(now) && (times.isEmpty() || times.peekLast().isBefore(now.minus(settings.window())));
        }
    }
}
