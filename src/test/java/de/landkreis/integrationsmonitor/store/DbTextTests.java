package de.landkreis.integrationsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from outside fits every database's text column: PostgreSQL refuses a NUL that H2 takes. */
class DbTextTests {

    @Test
    void removesControlCharactersButKeepsTabsAndLineBreaks() {
        assertThat(DbText.cut("Rück\u0000meldung\u0007\tKißlegg\r\n", 100)).isEqualTo("Rückmeldung\tKißlegg\r\n");
    }

    @Test
    void cutsWithAnEllipsisNeverInsideACharacter() {
        assertThat(DbText.cut("abcdef", 6)).isEqualTo("abcdef");
        assertThat(DbText.cut("abcdefg", 6)).isEqualTo("abcde…");
        assertThat(DbText.cut("abcd\uD83D\uDCE7x", 6)).isEqualTo("abcd…");
        assertThat(DbText.cut(null, 6)).isNull();
    }
}
