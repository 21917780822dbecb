package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.report.MunicipalityFigures;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.ContactEmails;
import de.landkreis.integrationsmonitor.store.ContactEmails.ReturnContact;
import de.landkreis.integrationsmonitor.store.Letters;
import de.landkreis.integrationsmonitor.store.MunicipalityVersions;
import de.landkreis.integrationsmonitor.store.MunicipalityVersions.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A municipality's file: per Berichtsjahr its Rücklauf status and row of the report ({@link DistrictFigures}, the
 * report's own numbers), the current version of each section, every version received with its outcome and
 * findings, and the contact data of its returns; the Rückfragen and letters written for it to download.
 */
@Controller
@ServerMode
class MunicipalityController {

    /**
     * What the page shows of one Berichtsjahr.
     *
     * @param year     null for the versions whose Berichtsjahr could not be read
     * @param figures  its row of the year's report; null for {@code year} null
     * @param current  the current version of each section
     * @param received every version received, in order of receipt
     */
    record YearFile(Integer year, MunicipalityFigures figures, List<Version> current, List<Version> received,
                    List<ReturnContact> contacts) {
    }

    private final MunicipalityRegister register;
    private final DistrictFigures figures;
    private final MunicipalityVersions versions;
    private final ContactEmails contacts;
    private final ReportFiles files;
    private final Letters letters;

    MunicipalityController(MunicipalityRegister register, DistrictFigures figures, MunicipalityVersions versions,
            ContactEmails contacts, ReportFiles files, Letters letters) {
        this.register = register;
        this.figures = figures;
        this.versions = versions;
        this.contacts = contacts;
        this.files = files;
        this.letters = letters;
    }

    @GetMapping("/gemeinden/{ags}")
    String municipality(@PathVariable String ags, Model model) {
        Municipality municipality = known(register, ags);
        List<Version> all = versions.of(ags);
        List<ReturnContact> contactData = contacts.of(ags);
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.stream().map(Version::year).filter(Objects::nonNull).forEach(years::add);
        List<YearFile> byYear = new ArrayList<>();
        for (int year : years) {
            MunicipalityFigures row = figures.of(year).municipalities().stream()
                    .filter(m -> m.municipality().ags().equals(ags)).findFirst().orElseThrow();
            byYear.add(yearFile(year, row, all, contactData));
        }
        if (all.stream().anyMatch(v -> v.year() == null)) {
            byYear.add(yearFile(null, null, all, contactData));
        }
        model.addAttribute("municipality", municipality);
        model.addAttribute("years", byYear);
        model.addAttribute("feedback", files.feedbackFor(ags));
        model.addAttribute("letters", letters.ofMunicipality(ags));
        return "municipality/municipality";
    }

    private static YearFile yearFile(Integer year, MunicipalityFigures row, List<Version> all,
            List<ReturnContact> contactData) {
        List<Version> received = all.stream().filter(v -> Objects.equals(v.year(), year)).toList();
        return new YearFile(year, row, received.stream().filter(Version::current).toList(), received,
                contactData.stream().filter(c -> Objects.equals(c.year(), year)).toList());
    }

    /** Only the 8 digits with the leading zero: one address per municipality; anything else is the German 404 page. */
    static Municipality known(MunicipalityRegister register, String ags) {
        return (ags.matches("\\d{8}") ? register.byAgs(ags) : Optional.<Municipality>empty())
                .orElseThrow(() -> new PageNotFound("web.municipality.notFound", ags));
    }
}
