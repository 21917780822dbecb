package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Employer;
import de.landkreis.integrationsmonitor.reference.FundingSource;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.PositionFunction;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.returns.CellValue;
import de.landkreis.integrationsmonitor.returns.DataRow;
import de.landkreis.integrationsmonitor.returns.DateText;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.Position;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Rules P01–P08 and Z01 over the rows of one Personal section version (RETURNS.md §2, §5). */
@Component
class PositionRules {

    private static final Pattern FUNDING_SEPARATORS = Pattern.compile("[/,]");
    private static final Pattern SERVED_SEPARATORS = Pattern.compile("[,;/\\r\\n]+");
    private static final BigDecimal FULL_TIME_WEEKLY_HOURS = new BigDecimal("41");
    private static final BigDecimal PERCENT_LIMIT = new BigDecimal("100");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Vocabularies vocabularies;
    private final MunicipalityRegister register;
    private final FindingFactory findings;
    private final TextLengthRule textLength;

    PositionRules(Vocabularies vocabularies, MunicipalityRegister register, FindingFactory findings,
                  TextLengthRule textLength) {
        this.vocabularies = vocabularies;
        this.register = register;
        this.findings = findings;
        this.textLength = textLength;
    }

    List<Position> check(SectionContext context, List<DataRow> rows, List<Finding> found) {
        List<Position> positions = new ArrayList<>();
        List<DataRow> noneRows = new ArrayList<>();
        int positionRows = 0;
        for (DataRow row : rows) {
            textLength.check(context, row, found);
            Optional<PositionFunction> function = vocabularies.functions().match(row.text(Field.FUNKTION));
            if (function.isEmpty()) {
                found.add(findings.createVariant(Rule.P01, row.has(Field.FUNKTION) ? "unknown" : "missing",
                        at(context, row, Field.FUNKTION), row.text(Field.FUNKTION), context.municipality()));
                positionRows++;
                // Every rule is checked even after a first FEHLER (RETURNS.md §5); the row itself is rejected.
                position(context, row, null, found);
                continue;
            }
            if (function.get() == PositionFunction.KEINE) {
                noneRows.add(row);
                positions.add(new Position(PositionFunction.KEINE, null, null, null, null, null, null,
                        Set.of(), ownAgs(context), null, row.row()));
                continue;
            }
            positionRows++;
            Position position = position(context, row, function.get(), found);
            if (position != null) {
                positions.add(position);
            }
        }
        if (positionRows > 0) {
            for (DataRow none : noneRows) {
                found.add(findings.createVariant(Rule.P01, "none", at(context, none, Field.FUNKTION),
                        none.text(Field.FUNKTION), context.municipality()));
            }
        }
        return positions;
    }

    private Position position(SectionContext context, DataRow row, PositionFunction function, List<Finding> found) {
        int before = found.size();
        BigDecimal fte = fte(context, row, found);
        Boolean occupied = occupied(context, row, found);
        LocalDate vacantSince = date(context, row, Field.UNBESETZT_SEIT, found);
        if (Boolean.FALSE.equals(occupied) && !row.has(Field.UNBESETZT_SEIT)) {
            found.add(findings.create(Rule.P04, at(context, row, Field.UNBESETZT_SEIT), "", context.municipality(),
                    row.row()));
        }
        if (vacantSince != null && context.stichtag() != null && vacantSince.isAfter(context.stichtag())) {
            found.add(findings.createVariant(Rule.P05, "afterStichtag", at(context, row, Field.UNBESETZT_SEIT),
                    row.text(Field.UNBESETZT_SEIT), context.municipality(), context.stichtag().format(GERMAN_DATE)));
        }
        LocalDate fixedTermUntil = date(context, row, Field.BEFRISTET_BIS, found);
        if (fixedTermUntil != null && context.stichtag() != null && fixedTermUntil.isBefore(context.stichtag())) {
            found.add(findings.create(Rule.P06, at(context, row, Field.BEFRISTET_BIS), row.text(Field.BEFRISTET_BIS),
                    context.municipality(), context.stichtag().format(GERMAN_DATE)));
        }
        String[] employerParts = row.text(Field.ANSTELLUNGSTRAEGER).split(":", 2);
        Employer employer = null;
        if (row.has(Field.ANSTELLUNGSTRAEGER)) {
            employer = vocabularies.employers().match(employerParts[0]).orElse(null);
            if (employer == null) {
                found.add(findings.createVariant(Rule.P07, "employer", at(context, row, Field.ANSTELLUNGSTRAEGER),
                        row.text(Field.ANSTELLUNGSTRAEGER), context.municipality()));
            }
        }
        String employerName = employerParts.length > 1 && !employerParts[1].isBlank() ? employerParts[1].strip() : null;
        Set<FundingSource> funding = funding(context, row, found);
        List<String> served = served(context, row, found);
        boolean rejected = found.subList(before, found.size()).stream().anyMatch(f -> f.severity() == Severity.FEHLER);
        if (rejected) {
            return null;
        }
        String remark = row.text(Field.BEMERKUNG);
        return new Position(function, fte, occupied, vacantSince, fixedTermUntil, employer, employerName, funding,
                served, remark.isEmpty() ? null : remark, row.row());
    }

    private BigDecimal fte(SectionContext context, DataRow row, List<Finding> found) {
        CellValue cell = row.get(Field.VZAE);
        Location where = at(context, row, Field.VZAE);
        if (cell == null || cell.isBlank()) {
            found.add(findings.createVariant(Rule.P02, "missing", where, "", context.municipality()));
            return null;
        }
        if (cell.number() == null) {
            found.add(findings.createVariant(Rule.P02, "notNumber", where, cell.trimmed(), context.municipality()));
            return null;
        }
        BigDecimal fte = BigDecimal.valueOf(cell.number()).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (fte.signum() <= 0) {
            found.add(findings.createVariant(Rule.P02, "notPositive", where, cell.trimmed(), context.municipality()));
            return null;
        }
        if (fte.compareTo(BigDecimal.ONE) > 0) {
            String variant = fte.compareTo(FULL_TIME_WEEKLY_HOURS) <= 0 ? "weeklyHours"
                    : fte.compareTo(PERCENT_LIMIT) <= 0 ? "percent" : "tooLarge";
            found.add(findings.createVariant(Rule.P02, variant, where, cell.trimmed(), context.municipality()));
            return null;
        }
        return fte;
    }

    private Boolean occupied(SectionContext context, DataRow row, List<Finding> found) {
        Optional<Boolean> occupied = vocabularies.yesNo(row.text(Field.BESETZT));
        if (occupied.isEmpty()) {
            found.add(findings.create(Rule.P03, at(context, row, Field.BESETZT), row.text(Field.BESETZT),
                    context.municipality()));
            return null;
        }
        return occupied.get();
    }

    private LocalDate date(SectionContext context, DataRow row, Field field, List<Finding> found) {
        CellValue cell = row.get(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = DateText.of(cell);
        if (date.isEmpty()) {
            found.add(findings.createVariant(Rule.P05, "notDate", at(context, row, field), cell.trimmed(),
                    context.municipality(), findings.text("field." + field.name())));
        }
        return date.orElse(null);
    }

    /** The whole cell is matched first, because long names contain commas (RETURNS.md §4). */
    private Set<FundingSource> funding(SectionContext context, DataRow row, List<Finding> found) {
        if (!row.has(Field.FINANZIERUNG)) {
            return Set.of();
        }
        String text = row.text(Field.FINANZIERUNG);
        Optional<FundingSource> whole = vocabularies.funding().match(text);
        if (whole.isPresent()) {
            return EnumSet.of(whole.get());
        }
        Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
        for (String part : FUNDING_SEPARATORS.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<FundingSource> source = vocabularies.funding().match(part);
            if (source.isEmpty()) {
                found.add(findings.createVariant(Rule.P07, "funding", at(context, row, Field.FINANZIERUNG), text,
                        context.municipality(), part.strip()));
                return Set.of();
            }
            sources.add(source.get());
        }
        return sources;
    }

    private List<String> served(SectionContext context, DataRow row, List<Finding> found) {
        Set<String> served = new LinkedHashSet<>(ownAgs(context));
        if (!row.has(Field.VERSORGTE_GEMEINDEN)) {
            return List.copyOf(served);
        }
        for (String part : SERVED_SEPARATORS.split(row.text(Field.VERSORGTE_GEMEINDEN))) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Municipality> municipality = register.byAgsOrName(part);
            if (municipality.isEmpty()) {
                found.add(findings.create(Rule.P08, at(context, row, Field.VERSORGTE_GEMEINDEN), part.strip(),
                        context.municipality()));
            } else {
                served.add(municipality.get().ags());
            }
        }
        return served.stream().sorted().toList();
    }

    private static List<String> ownAgs(SectionContext context) {
        return context.municipality() == null ? List.of() : List.of(context.municipality().ags());
    }

    private static Location at(SectionContext context, DataRow row, Field field) {
        return context.table().cell(row.row(), field);
    }
}
