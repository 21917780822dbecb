package de.landkreis.integrationsmonitor.reference;

/** A core topic of the guidelines; {@code validFrom}/{@code validTo} are Berichtsjahre, null = open. */
public record CoreTopic(String code, String name, String description, ExpectedStructure expected,
                        Integer validFrom, Integer validTo) {

    public boolean validIn(int year) {
        return (validFrom == null || validFrom <= year) && (validTo == null || year <= validTo);
    }
}
