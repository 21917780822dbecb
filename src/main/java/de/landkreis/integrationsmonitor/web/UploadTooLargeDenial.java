package de.landkreis.integrationsmonitor.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over the size limits cannot be read, so its CSRF token (a field of the form, never part of the URL) is
 * missing: instead of a bare refusal, the analyst gets the Hochladen page back with the German message naming the
 * limits, as {@link UploadLimitAdvice} gives it for uploads the token let through. Every other refusal is Spring
 * Security's own (403).
 */
final class UploadTooLargeDenial implements AccessDeniedHandler {

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Optional<String> unreadable = denied instanceof CsrfException ? unreadableUpload(request) : Optional.empty();
        if (unreadable.isPresent()) {
            FlashMap message = new FlashMap();
            message.put(unreadable.get(), true);
            message.setTargetRequestPath(request.getContextPath() + UploadController.PATH);
            flash.saveOutputFlashMap(message, request, response);
            response.sendRedirect(request.getContextPath() + UploadController.PATH);
            return;
        }
        refusal.handle(request, response, denied);
    }

    /**
     * Tomcat keeps why it could not read the parts (a size limit, or more parts than
     * {@code integrationsmonitor.web.max-files-per-upload} allows) and throws it again here.
     *
     * @return the flash attribute of the Hochladen page's message, empty for a readable request
     */
    private static Optional<String> unreadableUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null
                || !contentType.startsWith("multipart/form-data")
                || !request.getRequestURI().equals(request.getContextPath() + UploadController.PATH)) {
            return Optional.empty();
        }
        try {
            request.getParts();
            return Optional.empty();
        } catch (IllegalStateException | IOException | ServletException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileCountLimitExceededException) {
                    return Optional.of(UploadLimitAdvice.TOO_MANY);
                }
            }
            return Optional.of(UploadLimitAdvice.TOO_LARGE);
        }
    }
}
