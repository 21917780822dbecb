package de.landkreis.integrationsmonitor.forms;

import de.landkreis.integrationsmonitor.reference.CoreTopic;
import de.landkreis.integrationsmonitor.reference.CoreTopicCatalogue;
import de.landkreis.integrationsmonitor.reference.District;
import de.landkreis.integrationsmonitor.reference.Municipality;
import de.landkreis.integrationsmonitor.reference.MunicipalityRegister;
import de.landkreis.integrationsmonitor.reference.Vocabularies;
import de.landkreis.integrationsmonitor.report.PrintLayout;
import de.landkreis.integrationsmonitor.report.WorkbookFiles;
import de.landkreis.integrationsmonitor.store.CurrentReturns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the return forms of a Berichtsjahr (issue 6) into {@code <reports>/vorlagen/<YYYY>/}: for every
 * municipality of the register {@code Rueckmeldung_<YYYY>_<AGS>_<Name>.xlsx}, prefilled from its current versions
 * of the year before, and the blank form {@code Rueckmeldung_<YYYY>_leer.xlsx}. Each workbook has the sheets
 * Hinweise, Angaben, Strukturen, Personal and the hidden Listen; the sheets are protected except the input cells,
 * and every input column carries a drop-down list or a validation with an input message. Imports nothing.
 */
@Component
public class ReturnFormWriter {

    private static final String DIRECTORY = "vorlagen";

    private final MunicipalityRegister register;
    private final CoreTopicCatalogue topics;
    private final Vocabularies vocabularies;
    private final CurrentReturns currentReturns;
    private final FormTexts texts;
    private final District district;
    private final PrintLayout print;

    public ReturnFormWriter(MunicipalityRegister register, CoreTopicCatalogue topics, Vocabularies vocabularies,
                            CurrentReturns currentReturns, MessageSource messages, District district) {
        this.register = register;
        this.topics = topics;
        this.vocabularies = vocabularies;
        this.currentReturns = currentReturns;
        this.texts = new FormTexts(messages);
        this.district = district;
        this.print = PrintLayout.withGridlines(district.officeName(), messages);
    }

    /** The folder of the forms of every year, {@code <reports>/vorlagen}; one subfolder per Berichtsjahr. */
    public static Path directory(Path reportsDir) {
        return reportsDir.resolve(DIRECTORY);
    }

    /**
     * Writes every form of the year, replacing forms written before for it.
     *
     * @param reportsDir the reports directory; {@code vorlagen/<year>} below it is created when missing
     * @param year       the Berichtsjahr the forms ask about; prefilled from {@code year - 1}
     * @return the forms written, in the register's order, the blank form last
     */
    public List<Path> writeAll(Path reportsDir, int year) throws IOException {
        Path directory = Files.createDirectories(directory(reportsDir).resolve(String.valueOf(year)));
        List<CoreTopic> validTopics = topics.validIn(year);
        List<Path> written = new ArrayList<>();
        for (Municipality municipality : register.all()) {
            ReturnForm form = new ReturnForm(municipality, year, validTopics,
                    currentReturns.structures(municipality.ags(), year - 1),
                    currentReturns.positions(municipality.ags(), year - 1));
            String name = "Rueckmeldung_" + year + "_" + municipality.ags() + "_" + AsciiFileName.of(municipality.name())
                    + ".xlsx";
            written.add(write(directory.resolve(name), form));
        }
        ReturnForm blank = new ReturnForm(null, year, validTopics, List.of(), List.of());
        written.add(write(directory.resolve("Rueckmeldung_" + year + "_leer.xlsx"), blank));
        return written;
    }

    private Path write(Path file, ReturnForm form) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FormStyles styles = FormStyles.createIn(workbook);
            HintsSheet.write(workbook, form, styles, texts, print);
            AngabenFormSheet.write(workbook, form, styles, texts, print);
            StructuresFormSheet.write(workbook, form, styles, texts, vocabularies, print);
            PersonalFormSheet.write(workbook, form, styles, texts, vocabularies, register, print);
            new ListsSheet(vocabularies, register).write(workbook, styles, texts);
            // The form opens on Angaben, where a person starts.
            workbook.setActiveSheet(1);
            workbook.setFirstVisibleTab(0);
            workbook.getProperties().getCoreProperties().setTitle(AngabenFormSheet.title(form, texts));
            workbook.getProperties().getCoreProperties().setCreator(district.officeName());
            return WorkbookFiles.save(workbook, file);
        }
    }
}
