package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request beyond {@code spring.servlet.multipart.max-file-size} or {@code max-request-size} fails before any
 * controller sees it; the analyst gets the Hochladen page back with the German reason and the limits. A redirect
 * rather than an answer of its own: reloading the page never sends the upload again. Tomcat only lets this answer
 * reach the browser when it can read the rest of the upload ({@code server.tomcat.max-swallow-size}).
 */
@ControllerAdvice
@ServerMode
class UploadLimitAdvice {

    /** The flash attribute the Hochladen page shows the limits for. */
    static final String TOO_LARGE = "tooLarge";
    /** The flash attribute the Hochladen page shows the most files of one upload for. */
    static final String TOO_MANY = "tooMany";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute(TOO_LARGE, true);
        return "redirect:/hochladen";
    }
}
