package de.landkreis.integrationsmonitor.validation;

import static de.landkreis.integrationsmonitor.validation.Severity.FEHLER;
import static de.landkreis.integrationsmonitor.validation.Severity.HINWEIS;
import static de.landkreis.integrationsmonitor.validation.Severity.WARNUNG;

/**
 * Every rule of RETURNS.md §5 with its stable code and severity. What a rule checks and how to fix it are in
 * {@code messages_de.properties} under {@code rule.<code>.checks} and {@code rule.<code>.fix}.
 */
public enum Rule {
    D01(FEHLER), D02(FEHLER), D03(FEHLER), D04(HINWEIS), D05(WARNUNG), D06(HINWEIS), D07(HINWEIS), D08(FEHLER),
    K01(FEHLER), K02(WARNUNG), K03(FEHLER), K04(FEHLER), K05(HINWEIS),
    S01(FEHLER), S02(FEHLER), S03(WARNUNG), S04(FEHLER), S05(FEHLER), S06(WARNUNG),
    P01(FEHLER), P02(FEHLER), P03(FEHLER), P04(WARNUNG), P05(FEHLER), P06(WARNUNG), P07(FEHLER), P08(FEHLER),
    P09(WARNUNG), P10(WARNUNG),
    Z01(FEHLER);

    private final Severity severity;

    Rule(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public String code() {
        return name();
    }
}
