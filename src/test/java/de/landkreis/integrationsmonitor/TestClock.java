package de.landkreis.integrationsmonitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the integration tests: it stands still at {@link IntegrationTest#NOW} until a test moves it on (a lock
 * that ends after 15 minutes); such a test puts it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = IntegrationTest.NOW.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
