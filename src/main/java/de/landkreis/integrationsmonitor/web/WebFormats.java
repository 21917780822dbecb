package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.RunRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and durations as the pages show them, in German and in the application's time zone. */
@Component("formats")
@ServerMode
class WebFormats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    WebFormats(Clock clock) {
        this.dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY).withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY).withZone(clock.getZone());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** {@code 1:05 min}, or {@code 1 h 02 min} for long runs; empty while the run works. */
    public String duration(RunRecord run) {
        Duration d = run.duration();
        if (d == null) {
            return "";
        }
        if (d.toHours() > 0) {
            return String.format(Locale.GERMANY, "%d h %02d min", d.toHours(), d.toMinutesPart());
        }
        return String.format(Locale.GERMANY, "%d:%02d min", d.toMinutes(), d.toSecondsPart());
    }
}
