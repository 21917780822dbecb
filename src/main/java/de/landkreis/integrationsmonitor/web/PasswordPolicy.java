package de.landkreis.integrationsmonitor.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passay.EnglishSequenceData;
import org.passay.GermanSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (Passay's rules): at least 12 characters and no more than bcrypt reads, not containing
 * the user name, no run of four equal characters, no sequence of five (abcde, 12345, qwertz), and not a common
 * password from {@code web/common-passwords.txt}, also not with digits or punctuation added in front or behind. Each
 * violation is a code whose German text is {@code web.password.policy.<code>} in the message bundle.
 */
@Component
@ServerMode
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes, and Spring's encoder refuses longer passwords instead of cutting them. */
    static final int MAX_BYTES = 72;
    static final String TOO_LONG = "TOO_LONG_BYTES";
    static final String COMMON = "COMMON_PASSWORD";
    private static final String COMMON_PASSWORDS = "/web/common-passwords.txt";
    private static final int SEQUENCE = 5;

    private final PasswordValidator validator;
    private final WordListDictionary common;

    PasswordPolicy() {
        this.common = new WordListDictionary(new ArrayWordList(readCommonPasswords(), true));
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
                new UsernameRule(true, true),
                new RepeatCharacterRegexRule(4),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, SEQUENCE, false),
                new IllegalSequenceRule(GermanSequenceData.Alphabetical, SEQUENCE, false),
                new IllegalSequenceRule(GermanSequenceData.DEQwertz, SEQUENCE, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, SEQUENCE, false),
                commonPasswords());
    }

    /** The codes of every rule the password breaks, in the order of the rules; empty when it is fine. */
    List<String> violations(String userName, String password) {
        Set<String> codes = new LinkedHashSet<>();
        RuleResult result = validator.validate(new PasswordData(userName, password));
        for (RuleResultDetail detail : result.getDetails()) {
            codes.add(detail.getErrorCode());
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            codes.add(TOO_LONG);
        }
        return List.copyOf(codes);
    }

    // "Sommer2024!" is "sommer" with a year and a mark: the list is searched for the core as well.
    private Rule commonPasswords() {
        return data -> {
            String lower = data.getPassword().toLowerCase(Locale.ROOT);
            String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+", "").replaceAll("[\\d\\p{Punct}\\s]+$", "");
            RuleResult result = new RuleResult(true);
            if (common.search(lower) || (core.length() >= 4 && common.search(core))) {
                result.addError(COMMON, Collections.emptyMap());
            }
            return result;
        };
    }

    private static String[] readCommonPasswords() {
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The file is sorted, but Passay's binary search needs its own order of the same words.
        Collections.sort(words);
        return words.toArray(String[]::new);
    }
}
