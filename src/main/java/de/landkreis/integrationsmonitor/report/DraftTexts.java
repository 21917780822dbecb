package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The texts of the Mitteilungsvorlage draft, one per {@link DraftPlaceholder}: the report's own figures in German
 * sentences, each number formatted as the report shows it ({@code 26,92 VZÄ}, {@code 79,5 %}), the sentences from
 * the message bundle ({@code paper.*}) with their cases for one, none, all, no previous year and a topic new this
 * year. Where the report shows {@code x} or {@code .}, the draft says in words that there is no value.
 */
final class DraftTexts {

    /** More topics than this that share a value are counted, not listed: a sentence stays readable. */
    private static final int MOST_NAMED = 3;

    private final ReportTexts t;

    DraftTexts(ReportTexts texts) {
        this.t = texts;
    }

    /**
     * What the draft of one year speaks of.
     *
     * @param previous       the previous Berichtsjahr's figures, as the report compares with them (present only when
     *                       that year has current versions)
     * @param previousTopics the core topics valid in the year before, whether it has returns or not
     */
    record Subject(YearFigures current, Optional<YearFigures> previous, List<CoreTopic> previousTopics,
                   District district, Instant dataAsOf, boolean sampleData) {
    }

    Map<DraftPlaceholder, String> of(Subject s) {
        YearFigures y = s.current();
        Map<DraftPlaceholder, String> texts = new EnumMap<>(DraftPlaceholder.class);
        texts.put(DraftPlaceholder.AMT, s.district().officeName());
        texts.put(DraftPlaceholder.LANDKREIS, s.district().name());
        texts.put(DraftPlaceholder.JAHR, year(y));
        texts.put(DraftPlaceholder.STICHTAG, t.date(LocalDate.of(y.year(), 12, 31)));
        texts.put(DraftPlaceholder.DATENSTAND, t.dateTime(s.dataAsOf()));
        texts.put(DraftPlaceholder.KENNZEICHNUNG, s.sampleData() ? t.get("paper.sample") : "");
        texts.put(DraftPlaceholder.KERNTHEMEN, topics(y, s.previousTopics()));
        texts.put(DraftPlaceholder.RUECKLAUF, returns(y, s.dataAsOf()));
        texts.put(DraftPlaceholder.ABDECKUNG, coverage(y));
        texts.put(DraftPlaceholder.HANDLUNGSBEDARF, needForAction(y));
        texts.put(DraftPlaceholder.VORJAHR, previousYear(y, s.previous()));
        texts.put(DraftPlaceholder.PERSONAL, staff(y, s.previous()));
        texts.put(DraftPlaceholder.SICHERUNG, securing(y, s.previous()));
        return texts;
    }

    /** The title of the document, which its PDF carries as document title. */
    String title(District district, int year) {
        return t.get("paper.document.title", district.name(), String.valueOf(year));
    }

    private String topics(YearFigures y, List<CoreTopic> previousTopics) {
        List<String> sentences = new ArrayList<>();
        sentences.add(t.get("paper.topics", y.topics().size(), year(y),
                list(y.topics().stream().map(topic -> t.get("report.topic.label", topic.code(), topic.name())).toList())));
        if (!previousTopics.isEmpty()) {
            List<CoreTopic> added = y.topics().stream().filter(topic -> !previousTopics.contains(topic)).toList();
            List<CoreTopic> ended = previousTopics.stream().filter(topic -> !y.topics().contains(topic)).toList();
            if (!added.isEmpty()) {
                sentences.add(t.get("paper.topics.added", added.size(), quoted(added), year(y)));
            }
            if (!ended.isEmpty()) {
                sentences.add(t.get("paper.topics.ended", ended.size(), quoted(ended), year(y)));
            }
        }
        return String.join(" ", sentences);
    }

    private String returns(YearFigures y, Instant dataAsOf) {
        int all = y.municipalities().size();
        int complete = y.count(ReturnStatus.VOLLSTAENDIG);
        int missing = y.count(ReturnStatus.FEHLT);
        String date = t.date(dataAsOf);
        if (missing == all) {
            return t.get("paper.returns.nothing", all, year(y), date);
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(complete == all ? t.get("paper.returns.all", all, year(y), date)
                : t.get("paper.returns.complete", complete, all, year(y), date));
        int warned = y.completeWithWarnings();
        if (complete == 1) {
            sentences.add(t.get("paper.returns.warnings.single", warned));
        } else if (complete > 1) {
            sentences.add(warned == complete ? t.get("paper.returns.warnings.all")
                    : t.get("paper.returns.warnings", warned));
        }
        List<String> others = new ArrayList<>();
        int incomplete = y.count(ReturnStatus.UNVOLLSTAENDIG);
        int faulty = y.count(ReturnStatus.FEHLERHAFT);
        if (incomplete > 0) {
            others.add(t.get("paper.returns.incomplete", incomplete));
        }
        if (faulty > 0) {
            others.add(t.get("paper.returns.faulty", faulty));
        }
        if (missing > 0) {
            others.add(t.get("paper.returns.missing", missing));
        }
        if (!others.isEmpty()) {
            sentences.add(capitalised(list(others)) + t.get("paper.sentenceEnd"));
        }
        return String.join(" ", sentences);
    }

    private String coverage(YearFigures y) {
        List<TopicShare> shares = y.shares();
        List<TopicShare> known = shares.stream().filter(s -> s.known() > 0).toList();
        List<TopicShare> unknown = shares.stream().filter(s -> s.known() == 0).toList();
        List<String> sentences = new ArrayList<>();
        if (known.isEmpty()) {
            sentences.add(t.get("paper.coverage.none", year(y)));
        } else if (known.size() == 1) {
            TopicShare only = known.get(0);
            sentences.add(t.get("paper.coverage.single", quoted(only.topic()), percent(only), only.count(),
                    only.known()));
        } else {
            Extremes<TopicShare> extremes = Extremes.of(known, s -> s.share().getAsDouble(), this::percent);
            sentences.add(extremes.allEqual() ? t.get("paper.coverage.allEqual", percent(known.get(0)))
                    : t.get("paper.coverage.range", extremes.top().size(), subject(topicsOf(extremes.top())),
                            shareOf(extremes.top(), true), subject(topicsOf(extremes.bottom())),
                            shareOf(extremes.bottom(), false)));
        }
        if (!known.isEmpty() && !unknown.isEmpty()) {
            sentences.add(t.get("paper.coverage.unknown", unknown.size(), quotedShares(unknown)));
        }
        return String.join(" ", sentences);
    }

    private String needForAction(YearFigures y) {
        List<TopicShare> shares = y.topics().stream().map(y::needForAction).toList();
        List<TopicShare> known = shares.stream().filter(s -> s.known() > 0).toList();
        List<TopicShare> unknown = shares.stream().filter(s -> s.known() == 0).toList();
        List<String> sentences = new ArrayList<>();
        if (known.isEmpty()) {
            sentences.add(t.get("paper.need.none", year(y)));
        } else if (known.stream().allMatch(s -> s.count() == 0)) {
            sentences.add(t.get("paper.need.nobody"));
        } else if (known.size() == 1) {
            TopicShare only = known.get(0);
            sentences.add(t.get("paper.need.single", quoted(only.topic()), percent(only), only.count(), only.known()));
        } else {
            Extremes<TopicShare> extremes = Extremes.of(known, s -> s.share().getAsDouble(), this::percent);
            List<TopicShare> bottom = extremes.bottom();
            sentences.add(extremes.allEqual() ? t.get("paper.need.allEqual", percent(known.get(0)))
                    : bottom.get(0).count() == 0
                            ? t.get("paper.need.rangeToNone", at(topicsOf(extremes.top())),
                                    shareOf(extremes.top(), true), at(topicsOf(bottom)))
                            : t.get("paper.need.range", at(topicsOf(extremes.top())), shareOf(extremes.top(), true),
                                    at(topicsOf(bottom)), shareOf(bottom, false)));
        }
        if (!known.isEmpty() && !unknown.isEmpty()) {
            sentences.add(t.get("paper.need.unknown", unknown.size(), quotedShares(unknown)));
        }
        return String.join(" ", sentences);
    }

    private String previousYear(YearFigures y, Optional<YearFigures> previous) {
        String before = String.valueOf(y.year() - 1);
        if (previous.isEmpty()) {
            return t.get("paper.previous.none", before);
        }
        YearFigures p = previous.get();
        List<String> sentences = new ArrayList<>();
        sentences.add(change("coverage", before, y.topics().stream()
                .map(topic -> new TopicChange(topic, DevelopmentSheet.pointChange(Optional.of(y.share(topic)),
                        p.share(topic.code()))))
                .toList()));
        sentences.add(change("need", before, y.topics().stream()
                .map(topic -> new TopicChange(topic, DevelopmentSheet.pointChange(Optional.of(y.needForAction(topic)),
                        p.needForAction(topic.code()))))
                .toList()));
        List<CoreTopic> added = y.topics().stream().filter(topic -> !p.topics().contains(topic)).toList();
        if (!added.isEmpty()) {
            sentences.add(t.get("paper.previous.newTopics", added.size(), quoted(added), year(y)));
        }
        return String.join(" ", sentences);
    }

    /** A change in percentage points as the report computes it: a number, or {@code x} where there is none. */
    private record TopicChange(CoreTopic topic, Object points) {
    }

    /** The largest rise and fall of a share to the previous year, in words ({@code coverage} or {@code need}). */
    private String change(String kind, String before, List<TopicChange> changes) {
        List<TopicChange> comparable = changes.stream().filter(c -> c.points() instanceof Double).toList();
        if (comparable.isEmpty()) {
            return t.get("paper.previous." + kind + ".none", before);
        }
        // What the reader sees decides: a change shown as 0,0 is no change.
        List<TopicChange> rises = comparable.stream().filter(c -> !points(c).equals(t.decimal(0, 1)) && value(c) > 0)
                .toList();
        List<TopicChange> falls = comparable.stream().filter(c -> !points(c).equals(t.decimal(0, 1)) && value(c) < 0)
                .toList();
        Function<TopicChange, String> shown = this::points;
        Extremes<TopicChange> up = rises.isEmpty() ? null : Extremes.of(rises, DraftTexts::value, shown);
        Extremes<TopicChange> down = falls.isEmpty() ? null : Extremes.of(falls, DraftTexts::value, shown);
        if (up != null && down != null) {
            return t.get("paper.previous." + kind + ".both", before, at(changed(up.top())), pointsOf(up.top()),
                    at(changed(down.bottom())), pointsOf(down.bottom()));
        }
        if (up != null) {
            return t.get("paper.previous." + kind + ".up", before, at(changed(up.top())), pointsOf(up.top()));
        }
        if (down != null) {
            return t.get("paper.previous." + kind + ".down", before, at(changed(down.bottom())),
                    pointsOf(down.bottom()));
        }
        return t.get("paper.previous." + kind + ".same", before);
    }

    private static double value(TopicChange change) {
        return (Double) change.points();
    }

    private String points(TopicChange change) {
        return t.decimal(Math.abs(value(change)), 1);
    }

    private String pointsOf(List<TopicChange> group) {
        String points = points(group.get(0));
        return group.size() > 1 ? t.get("paper.each", points) : points;
    }

    private String staff(YearFigures y, Optional<YearFigures> previous) {
        if (!staffingKnown(y)) {
            return t.get("paper.staff.unknown", year(y));
        }
        Staffing district = y.district();
        List<String> sentences = new ArrayList<>();
        if (isZero(district.totalFte())) {
            sentences.add(t.get("paper.staff.none", year(y)));
        } else {
            sentences.add(t.get("paper.staff.total", year(y), fte(district.totalFte()),
                    isZero(district.vacantFte()) ? t.get("paper.staff.allOccupied")
                            : t.get("paper.staff.vacant", fte(district.vacantFte()))));
            List<PositionFunction> functions = Staffing.FUNCTIONS.stream()
                    .filter(f -> !isZero(district.fte(f))).toList();
            if (functions.size() == 1) {
                PositionFunction only = functions.get(0);
                sentences.add(t.get("paper.staff.oneFunction", t.get("report.function." + only.name()), only.name()));
            } else {
                sentences.add(t.get("paper.staff.functions", list(functions.stream()
                        .map(f -> t.get("paper.staff.function", fte(district.fte(f)),
                                t.get("report.function." + f.name()), f.name()))
                        .toList())));
            }
            y.ftePerTenThousand().ifPresent(per -> sentences.add(t.get("paper.staff.perTenThousand", fte(per))));
        }
        OptionalDouble land = district.landShare();
        if (land.isPresent()) {
            sentences.add(t.get("paper.staff.land", t.percent(land.getAsDouble())));
        } else if (!isZero(district.totalFte())) {
            sentences.add(t.get("paper.staff.noFunding"));
        }
        previous.ifPresent(p -> sentences.addAll(staffChange(y, p)));
        return String.join(" ", sentences);
    }

    private List<String> staffChange(YearFigures y, YearFigures p) {
        String before = year(p);
        if (!staffingKnown(p)) {
            return List.of(t.get("paper.staff.change.unknown", before));
        }
        double now = y.district().totalFte();
        double then = p.district().totalFte();
        List<String> sentences = new ArrayList<>();
        if (isZero(then)) {
            sentences.add(t.get("paper.staff.change.noneBefore", before));
        } else if (isZero(now - then)) {
            sentences.add(t.get("paper.staff.change.same", before, fte(then)));
        } else {
            sentences.add(t.get(now > then ? "paper.staff.change.more" : "paper.staff.change.less", before, fte(then),
                    fte(Math.abs(now - then))));
        }
        OptionalDouble landNow = y.district().landShare();
        OptionalDouble landThen = p.district().landShare();
        if (landNow.isPresent() && landThen.isPresent()) {
            double points = (landNow.getAsDouble() - landThen.getAsDouble()) * 100;
            String shown = t.decimal(Math.abs(points), 1);
            String key = shown.equals(t.decimal(0, 1)) ? "paper.staff.landChange.same"
                    : points > 0 ? "paper.staff.landChange.up" : "paper.staff.landChange.down";
            sentences.add(t.get(key, shown, t.percent(landThen.getAsDouble())));
        }
        return sentences;
    }

    private String securing(YearFigures y, Optional<YearFigures> previous) {
        Staffing district = y.district();
        String headline = OverviewSheet.headline(t, district);
        if (district.endingShare().isEmpty()) {
            return headline;
        }
        List<String> sentences = new ArrayList<>(List.of(headline));
        FixedTerms terms = district.fixedTerms();
        List<String> ending = new ArrayList<>();
        addClass(ending, terms.fte(FixedTermClass.ABGELAUFEN), "paper.securing.expired", y);
        addClass(ending, terms.fte(FixedTermClass.BIS_12_MONATE), "paper.securing.within12", y);
        addClass(ending, terms.fte(FixedTermClass.BIS_24_MONATE), "paper.securing.within24", y);
        if (!ending.isEmpty()) {
            sentences.add(t.get("paper.securing.classes", list(ending)));
            sentences.add(t.get("paper.securing.decision"));
        }
        double later = terms.fte(FixedTermClass.SPAETER);
        double open = terms.fte(FixedTermClass.UNBEFRISTET);
        if (ending.isEmpty() && isZero(later)) {
            sentences.add(t.get("paper.securing.allOpen", fte(open)));
        } else if (!isZero(later) || !isZero(open)) {
            String key = isZero(later) ? "paper.securing.open" : isZero(open) ? "paper.securing.later"
                    : "paper.securing.openAndLater";
            sentences.add(t.get(key, fte(open), fte(later)));
        }
        String before = year(y.year() - 1);
        previous.map(YearFigures::district).filter(p -> p.endingShare().isPresent()).ifPresent(p ->
                sentences.add(isZero(p.fixedTerms().endingWithin24Months())
                        ? t.get("paper.securing.previousNone", before)
                        : t.get("paper.securing.previous", before, fte(p.fixedTerms().endingWithin24Months()),
                                t.percent(p.endingShare().getAsDouble()))));

        double longVacant = district.longVacantFte();
        Optional<Double> then = previous.filter(DraftTexts::staffingKnown).map(p -> p.district().longVacantFte());
        if (isZero(longVacant)) {
            sentences.add(then.isPresent() && !isZero(then.get())
                    ? t.get("paper.securing.noLongVacancy.previous", fte(longVacant), before, fte(then.get()))
                    : t.get("paper.securing.noLongVacancy"));
        } else if (then.isPresent()) {
            sentences.add(isZero(then.get()) ? t.get("paper.securing.longVacancy.previousNone", fte(longVacant), before)
                    : t.get("paper.securing.longVacancy.previous", fte(longVacant), before, fte(then.get())));
        } else {
            sentences.add(t.get("paper.securing.longVacancy", fte(longVacant)));
        }
        return String.join(" ", sentences);
    }

    private void addClass(List<String> clauses, double fte, String key, YearFigures y) {
        if (!isZero(fte)) {
            clauses.add(t.get(key, fte(fte), t.date(LocalDate.of(y.year(), 12, 31))));
        }
    }

    private static boolean staffingKnown(YearFigures y) {
        return y.municipalities().stream().anyMatch(m -> m.staffing().isPresent());
    }

    /** FTE as the report shows them: two decimals. */
    private String fte(double value) {
        return t.decimal(value, 2);
    }

    /** Zero as the reader sees it: shown as 0,00. */
    private boolean isZero(double fte) {
        return fte(Math.abs(fte)).equals(fte(0));
    }

    private String percent(TopicShare share) {
        return t.percent(share.share().orElse(0));
    }

    /** One topic's share with its count and base, or several topics' common share ("je 76,5 %"). */
    private String shareOf(List<TopicShare> group, boolean first) {
        TopicShare share = group.get(0);
        if (group.size() > 1) {
            return t.get(first ? "paper.each.long" : "paper.each", percent(share));
        }
        return t.get(first ? "paper.share.long" : "paper.share.short", percent(share), share.count(), share.known());
    }

    private String quoted(CoreTopic topic) {
        return t.get("paper.topic", topic.name(), topic.code());
    }

    private String quoted(List<CoreTopic> topics) {
        return list(topics.stream().map(this::quoted).toList());
    }

    private String quotedShares(List<TopicShare> shares) {
        return quoted(topicsOf(shares));
    }

    private static List<CoreTopic> topicsOf(List<TopicShare> shares) {
        return shares.stream().map(TopicShare::topic).toList();
    }

    private static List<CoreTopic> changed(List<TopicChange> changes) {
        return changes.stream().map(TopicChange::topic).toList();
    }

    /** Topics as the subject of a sentence: named up to three, else counted ("10 Kernthemen"). */
    private String subject(List<CoreTopic> topics) {
        return topics.size() > MOST_NAMED ? t.get("paper.topics.many", topics.size())
                : t.get("paper.topics.subject", topics.size(), quoted(topics));
    }

    /** Topics after "am stärksten …": "beim Kernthema „Sprache“ (SPR)", "bei 10 Kernthemen". */
    private String at(List<CoreTopic> topics) {
        return topics.size() > MOST_NAMED ? t.get("paper.topics.atMany", topics.size())
                : t.get("paper.topics.at", topics.size(), quoted(topics));
    }

    /** "A", "A und B", "A, B und C". */
    private String list(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return t.get("paper.list", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String year(YearFigures y) {
        return String.valueOf(y.year());
    }

    private static String year(int year) {
        return String.valueOf(year);
    }

    /**
     * The items with the highest and with the lowest value, several where they look the same to the reader (the
     * same formatted number).
     */
    private record Extremes<T>(List<T> top, List<T> bottom, boolean allEqual) {

        static <T> Extremes<T> of(List<T> items, ToDoubleFunction<T> value, Function<T, String> shown) {
            T highest = items.stream().max((a, b) -> Double.compare(value.applyAsDouble(a), value.applyAsDouble(b)))
                    .orElseThrow();
            T lowest = items.stream().min((a, b) -> Double.compare(value.applyAsDouble(a), value.applyAsDouble(b)))
                    .orElseThrow();
            List<T> top = items.stream().filter(i -> shown.apply(i).equals(shown.apply(highest))).toList();
            List<T> bottom = items.stream().filter(i -> shown.apply(i).equals(shown.apply(lowest))).toList();
            return new Extremes<>(top, bottom, shown.apply(highest).equals(shown.apply(lowest)));
        }
    }
}
