package de.landkreis.integrationsmonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.landkreis.integrationsmonitor.TestMessages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.MessageSource;

/** Each rule of the password policy refuses what it should and names it in German; good passwords pass. */
class PasswordPolicyTests {

    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final MessageSource MESSAGES = TestMessages.german();

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "analyse | Kurz-1234     | TOO_SHORT",
            "analyse | aaaaaaaaaaaa  | ILLEGAL_MATCH",
            "analyse | Tor!Xaaaa-Meer7 | ILLEGAL_MATCH",
            "mueller | Mueller-Tor-Meer7 | ILLEGAL_USERNAME",
            "mueller | rellEum-Tor-Meer7 | ILLEGAL_USERNAME_REVERSED",
            "analyse | Bahn-23456-Meer | ILLEGAL_NUMERICAL_SEQUENCE ILLEGAL_QWERTY_SEQUENCE",
            "analyse | Bahn-Defgh-Meer | ILLEGAL_ALPHABETICAL_SEQUENCE",
            "analyse | Bahn-Qwertz-Meer | ILLEGAL_QWERTY_SEQUENCE",
            "analyse | Passwort2024!! | COMMON_PASSWORD",
            "analyse | !!2024Sommer | COMMON_PASSWORD",
            "analyse | äöüäöüäöüäöüäöüäöüäöüäöüäöüäöüäöüäöüä | TOO_LONG_BYTES",
            "analyse | Neues-Kennwort-2026 | -",
            "analyse | Drei Tannen am Bodensee | -",
            "analyse | kF7#pQ2!wZ9m | -"})
    void refusesWhatItShouldWithAGermanReason(String user, String password, String codes) {
        List<String> expected = codes == null ? List.of() : List.of(codes.split(" "));

        List<String> violations = POLICY.violations(user, password);

        assertThat(violations).containsExactlyInAnyOrderElementsOf(expected);
        for (String code : violations) {
            String text = MESSAGES.getMessage("web.password.policy." + code, new Object[] {12}, Locale.GERMANY);
            assertThat(text).startsWith("Das neue Kennwort").doesNotContain("{0}");
        }
    }
}
