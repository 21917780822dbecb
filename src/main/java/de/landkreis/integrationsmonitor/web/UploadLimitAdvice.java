package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.Launcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A request beyond {@code spring.servlet.multipart.max-file-size} or {@code max-request-size} fails before any
 * controller sees it; the analyst gets the Hochladen page back with the German reason.
 */
@ControllerAdvice
@ConditionalOnProperty(name = Launcher.MODE_PROPERTY, havingValue = "SERVE")
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problemKey", "web.upload.requestTooLarge");
        return "redirect:/hochladen";
    }
}
