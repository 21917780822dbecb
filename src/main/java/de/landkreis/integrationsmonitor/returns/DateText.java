package de.landkreis.integrationsmonitor.returns;

import java.time.LocalDate;
import java.util.Optional;

/** Placeholder until the readers land. */
public final class DateText {
    private DateText() {
    }

    public static Optional<LocalDate> parse(CellValue cell) {
        return Optional.ofNullable(cell.date());
    }
}
