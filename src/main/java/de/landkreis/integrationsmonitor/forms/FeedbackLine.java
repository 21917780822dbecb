package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.store.MunicipalityFinding;
import de.landkreis.integrationsmonitor.validation.Finding;
import java.util.Comparator;

/** One finding as a Rückfrage lists it: FEHLER first, then WARNUNG, then HINWEIS; each in order of receipt. */
record FeedbackLine(Finding finding, long receipt, int seq) {

    static final Comparator<FeedbackLine> ORDER = Comparator
            .comparing((FeedbackLine l) -> l.finding().severity())
            .thenComparingLong(FeedbackLine::receipt)
            .thenComparingInt(FeedbackLine::seq);

    static FeedbackLine of(MunicipalityFinding f) {
        return new FeedbackLine(f.finding(), f.receipt(), f.seq());
    }
}
