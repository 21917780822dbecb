package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.Letters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads a recorded letter's draft. Only a file of the letter record, and only inside the reports folder: its
 * real path (symbolic links followed) must lie below the folder's real path, so a link placed there that leads out
 * gives nothing away.
 */
@Controller
@ServerMode
class LettersController {

    private static final MediaType EML = MediaType.parseMediaType("message/rfc822");

    private final Letters letters;
    private final RunOptions options;

    LettersController(Letters letters, RunOptions options) {
        this.letters = letters;
        this.options = options;
    }

    @GetMapping("/briefe/{id}")
    ResponseEntity<Resource> download(@PathVariable long id) {
        Path file = letters.byId(id).flatMap(letter -> insideReports(letter.file()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(EML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }

    private Optional<Path> insideReports(String stored) {
        try {
            Path root = options.reports().toRealPath();
            Path file = Path.of(stored).toAbsolutePath().toRealPath();
            return file.startsWith(root) && Files.isRegularFile(file) && file.getFileName().toString().endsWith(".eml")
                    ? Optional.of(file) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
