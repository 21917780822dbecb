package de.landkreis.integrationsmonitor.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The core topics in the order of the guidelines, found by code or by name. */
public final class CoreTopicCatalogue {

    private final List<CoreTopic> topics;
    private final Map<String, CoreTopic> byKey = new HashMap<>();

    public CoreTopicCatalogue(List<CoreTopic> topics) {
        this.topics = List.copyOf(topics);
        for (CoreTopic topic : topics) {
            byKey.put(topic.code().toUpperCase(Locale.ROOT), topic);
            byKey.put(NameKey.of(topic.name()), topic);
        }
    }

    public List<CoreTopic> all() {
        return topics;
    }

    public List<CoreTopic> validIn(int year) {
        return topics.stream().filter(t -> t.validIn(year)).toList();
    }

    /** The topic a Kernthema cell names, by code ({@code SPR}) or by name ({@code Sprache}). */
    public Optional<CoreTopic> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        CoreTopic byCode = byKey.get(codeOrName.strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(byCode != null ? byCode : byKey.get(NameKey.of(codeOrName)));
    }
}
