package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.Letters;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a recorded letter's draft. Only a file of the letter record, and only inside the reports folder as the
 * other downloads ({@link ReportFiles#stored}): a symbolic link placed there that leads out gives nothing away.
 */
@Controller
@ServerMode
class LettersController {

    private final Letters letters;
    private final ReportFiles files;

    LettersController(Letters letters, ReportFiles files) {
        this.letters = letters;
        this.files = files;
    }

    @GetMapping("/briefe/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        return letters.byId(id).flatMap(letter -> files.stored(letter.file()))
                .filter(file -> file.getFileName().toString().endsWith(".eml"))
                .map(Attachment::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
