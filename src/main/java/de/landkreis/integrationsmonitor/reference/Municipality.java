package de.landkreis.integrationsmonitor.reference;

import java.time.LocalDate;

/** One entry of the municipality register. */
public record Municipality(String ags, String name, String type, int population, LocalDate populationDate,
                           String adminUnion) {

    /** Name and AGS as every message names a municipality: {@code Kißlegg (08436049)}. */
    public String label() {
        return name + " (" + ags + ")";
    }
}
