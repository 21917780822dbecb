package de.landkreis.integrationsmonitor.validation;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.returns.AngabenSheet;
import de.landkreis.integrationsmonitor.returns.CellValue;
import de.landkreis.integrationsmonitor.returns.Contact;
import de.landkreis.integrationsmonitor.returns.DataRow;
import de.landkreis.integrationsmonitor.returns.DateText;
import de.landkreis.integrationsmonitor.returns.Field;
import de.landkreis.integrationsmonitor.returns.Location;
import de.landkreis.integrationsmonitor.returns.SectionTable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Rules K01–K04: who sent a return, for which year and reference date. Reads either the Angaben sheet of a
 * form workbook or the repeated columns of a CSV / joint table (then at the first row of the municipality's
 * rows, RETURNS.md §5).
 */
@Component
class IdentityRules {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_PLAUSIBLE_YEAR = 1990;

    private final MunicipalityRegister register;
    private final FindingFactory findings;
    private final Clock clock;

    IdentityRules(MunicipalityRegister register, FindingFactory findings, Clock clock) {
        this.register = register;
        this.findings = findings;
        this.clock = clock;
    }

    Identity fromAngaben(AngabenSheet angaben) {
        return resolve(field -> angaben.entries().containsKey(field) ? angaben.entries().get(field).value() : null,
                angaben::valueCell, contact(field -> angaben.text(field),
                        angaben.entries().get(Field.DATUM) == null ? null : angaben.entries().get(Field.DATUM).value()));
    }

    /** The identity of the rows of one municipality and year in a table with AGS/Gemeinde/Berichtsjahr columns. */
    Identity fromRows(SectionTable table, DataRow first) {
        return resolve(first::get, field -> table.cell(first.row(), field),
                contact(first::text, first.get(Field.DATUM)));
    }

    private Identity resolve(Function<Field, CellValue> value, Function<Field, Location> where, Contact contact) {
        List<Finding> found = new ArrayList<>();
        Municipality municipality = municipality(value, where, found);
        Integer year = year(value.apply(Field.BERICHTSJAHR), where.apply(Field.BERICHTSJAHR), municipality, found);
        LocalDate stichtag = year == null ? null
                : stichtag(value.apply(Field.STICHTAG), where.apply(Field.STICHTAG), year, municipality, found);
        return new Identity(municipality, year, stichtag, contact, List.copyOf(found));
    }

    private Municipality municipality(Function<Field, CellValue> value, Function<Field, Location> where,
                                      List<Finding> found) {
        String agsText = text(value.apply(Field.AGS));
        String nameText = text(value.apply(Field.GEMEINDE));
        Optional<Municipality> byAgs = register.byAgs(agsText);
        Optional<Municipality> byName = nameText.isEmpty() ? Optional.empty() : register.byName(nameText);
        if (byAgs.isPresent()) {
            if (byName.isPresent() && !byName.get().ags().equals(byAgs.get().ags())) {
                found.add(findings.create(Rule.K02, where.apply(Field.GEMEINDE), nameText, byAgs.get(),
                        byName.get().label()));
            }
            return byAgs.get();
        }
        if (byName.isPresent()) {
            return byName.get();
        }
        String variant = agsText.isEmpty() ? "missing"
                : MunicipalityRegister.normalizeAgs(agsText).isEmpty() ? "format" : "unknown";
        found.add(findings.createVariant(Rule.K01, variant, where.apply(Field.AGS), agsText, null,
                nameText.isEmpty() ? "–" : nameText));
        return null;
    }

    private Integer year(CellValue cell, Location where, Municipality municipality, List<Finding> found) {
        String text = text(cell);
        Integer year = null;
        if (cell != null && cell.number() != null && cell.number() == Math.rint(cell.number())) {
            year = cell.number().intValue();
        } else if (YEAR.matcher(text).matches()) {
            year = Integer.valueOf(text);
        }
        int currentYear = LocalDate.now(clock).getYear();
        if (text.isEmpty()) {
            found.add(findings.createVariant(Rule.K03, "missing", where, text, municipality));
            return null;
        }
        if (year == null || year < FIRST_PLAUSIBLE_YEAR) {
            found.add(findings.createVariant(Rule.K03, "format", where, text, municipality));
            return null;
        }
        if (year > currentYear) {
            found.add(findings.createVariant(Rule.K03, "future", where, text, municipality, currentYear));
            return null;
        }
        return year;
    }

    private LocalDate stichtag(CellValue cell, Location where, int year, Municipality municipality,
                               List<Finding> found) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        if (cell == null || cell.isBlank()) {
            return endOfYear;
        }
        Optional<LocalDate> date = DateText.of(cell);
        if (date.isEmpty() || date.get().getYear() != year) {
            found.add(findings.create(Rule.K04, where, cell.trimmed(), municipality, year));
            return null;
        }
        return date.get();
    }

    private static Contact contact(Function<Field, String> text, CellValue filledOn) {
        return new Contact(blankToNull(text.apply(Field.AUSGEFUELLT_VON)), blankToNull(text.apply(Field.EMAIL)),
                blankToNull(text.apply(Field.TELEFON)),
                filledOn == null ? null : DateText.of(filledOn).orElse(null));
    }

    private static String text(CellValue cell) {
        return cell == null ? "" : cell.trimmed();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
