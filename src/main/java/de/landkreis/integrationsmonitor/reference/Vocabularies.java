package de.landkreis.integrationsmonitor.reference;

import java.util.Optional;

/** The closed vocabularies of the return form, all from one data file. */
public record Vocabularies(Vocabulary<Answer> answers, Vocabulary<Answer> yesNo,
                           Vocabulary<PositionFunction> functions, Vocabulary<Employer> employers,
                           Vocabulary<FundingSource> funding) {

    /** Besetzt and Handlungsbedarf: the {@code ja} and {@code nein} spellings of the answers. */
    public Optional<Boolean> yesNo(String text) {
        return yesNo.match(text).map(a -> a == Answer.JA);
    }
}
