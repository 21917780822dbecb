package de.landkreis.integrationsmonitor.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file of the reports folder handed out as a download under its own name, typed by its extension. */
final class Attachment {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType EML = MediaType.parseMediaType("message/rfc822");

    private Attachment() {
    }

    static ResponseEntity<Resource> of(Path file) {
        String name = file.getFileName().toString();
        return ResponseEntity.ok()
                .contentType(name.endsWith(".csv") ? CSV : name.endsWith(".docx") ? DOCX
                        : name.endsWith(".pdf") ? MediaType.APPLICATION_PDF : name.endsWith(".eml") ? EML : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
