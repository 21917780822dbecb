package de.landkreis.integrationsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.store.CurrentPosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The class boundaries and month arithmetic of RETURNS.md §6, each case computed by hand. */
class FixedTermClassTests {

    @ParameterizedTest(name = "Stichtag {0}, befristet bis {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-12-31, -,          UNBEFRISTET",
            "2025-12-31, 2025-12-30, ABGELAUFEN",
            "2025-12-31, 2025-12-31, BIS_12_MONATE",
            "2025-12-31, 2026-12-31, BIS_12_MONATE",
            "2025-12-31, 2027-01-01, BIS_24_MONATE",
            "2025-12-31, 2027-12-31, BIS_24_MONATE",
            "2025-12-31, 2028-01-01, SPAETER",
            // 29.02.2024 + 12 months = 28.02.2025, + 24 months = 28.02.2026 (the last day of February).
            "2024-02-29, 2025-02-28, BIS_12_MONATE",
            "2024-02-29, 2025-03-01, BIS_24_MONATE",
            "2024-02-29, 2026-02-28, BIS_24_MONATE",
            "2024-02-29, 2026-03-01, SPAETER",
            // A Stichtag inside the year: 31.08.2025 + 12 months = 31.08.2026.
            "2025-08-31, 2025-10-01, BIS_12_MONATE",
            "2025-08-31, 2026-09-01, BIS_24_MONATE"})
    void classesAFixedTermFromTheStichtag(LocalDate stichtag, LocalDate until, FixedTermClass expected) {
        assertThat(FixedTermClass.of(until, stichtag)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Stichtag {0}, unbesetzt seit {1}: lange unbesetzt {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-12-31, 2025-06-29, true",
            "2025-12-31, 2025-06-30, false",
            "2025-12-31, -,          false",
            // 31.08.2025 − 6 months = 28.02.2025.
            "2025-08-31, 2025-02-27, true",
            "2025-08-31, 2025-02-28, false"})
    void countsAVacancyAsLongBeforeTheStichtagMinusSixMonths(LocalDate stichtag, LocalDate since, boolean longVacant) {
        CurrentPosition vacant = new CurrentPosition(1, "08436064", stichtag, PositionFunction.IM, 1.0, false, since,
                null, Set.of(), List.of("08436064"));
        assertThat(StaffingSum.isLongVacant(vacant)).isEqualTo(longVacant);
        CurrentPosition occupied = new CurrentPosition(2, "08436064", stichtag, PositionFunction.IM, 1.0, true, since,
                null, Set.of(), List.of("08436064"));
        assertThat(StaffingSum.isLongVacant(occupied)).isFalse();
    }
}
