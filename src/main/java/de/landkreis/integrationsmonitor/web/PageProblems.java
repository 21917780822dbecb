package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.run.ServerMode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A URL value a page cannot use answers 400, an AGS or run that does not exist 404, both in the page layout with a
 * German sentence naming what was wrong and a link back (the error page), never a bare status.
 */
@ControllerAdvice
@ServerMode
class PageProblems {

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return badParameter(new BadParameter(e.getName()));
    }

    @ExceptionHandler(BadParameter.class)
    ModelAndView badParameter(BadParameter e) {
        String allowed = messages.getMessage("web.parameter." + e.parameter(), null,
                messages.getMessage("web.parameter.other", null, Locale.GERMANY), Locale.GERMANY);
        return page(HttpStatus.BAD_REQUEST,
                messages.getMessage("web.error.400", new Object[] {e.parameter(), allowed}, Locale.GERMANY));
    }

    @ExceptionHandler(PageNotFound.class)
    ModelAndView notFound(PageNotFound e) {
        return page(HttpStatus.NOT_FOUND, messages.getMessage(e.messageKey(), e.arguments(), Locale.GERMANY));
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
