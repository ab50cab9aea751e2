package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What a screen answers when a service refuses outside a form (a form puts the refusal beside its field itself, see
 * {@link FormErrors}), with the HTTP status the API would answer. A page gets an error page with the service's
 * reason. A download (a handler answering a {@link ResponseEntity} or {@code @ResponseBody}: a CSV, a PDF) gets the
 * API's RFC 7807 problem instead, naming the field at fault, since a browser saving a file cannot show a page.
 * Before the API's problem handler, for the screens' controllers only.
 */
@ControllerAdvice(annotations = ScreenController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreenErrors {

    static final String VIEW = "common/error";
    private static final URI VALIDATION = URI.create("https://fakturaflyt.no/problems/validation");
    private static final URI NOT_FOUND = URI.create("https://fakturaflyt.no/problems/not-found");
    private static final URI CONFLICT = URI.create("https://fakturaflyt.no/problems/conflict");

    private final MessageSource messages;
    private final ScreenAdvice layout;

    ScreenErrors(MessageSource messages, ScreenAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HandlerMethod handler, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String reason = isDownload(handler) ? e.getMessage() : Texts.of(messages, e, locale);
        return answer(new Refused(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", reason, null), handler, model,
                request, response);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HandlerMethod handler, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String reason = isDownload(handler) ? e.getMessage() : Texts.of(messages, e, locale);
        return answer(new Refused(HttpStatus.CONFLICT, CONFLICT, "Conflict", reason, null), handler, model, request,
                response);
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HandlerMethod handler, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String reason = isDownload(handler) ? e.getMessage() : Texts.of(messages, e, locale);
        return answer(Refused.invalid(e.getField(), reason), handler, model, request, response);
    }

    /** A query or path value of the wrong type (a number that is none, a date that is none). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongType(MethodArgumentTypeMismatchException e, HandlerMethod handler, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String english = "Not a valid value: " + e.getValue();
        String type = e.getRequiredType() == null ? "" : "typeMismatch." + e.getRequiredType().getName();
        String reason = isDownload(handler) ? english : Texts.of(messages, new DefaultMessageSourceResolvable(
                new String[] {type, "typeMismatch"}, new Object[] {e.getValue()}, english), locale);
        return answer(Refused.invalid(e.getName(), reason), handler, model, request, response);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HandlerMethod handler, Locale locale, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String reason = isDownload(handler) ? "is required" : Texts.of(messages, new DefaultMessageSourceResolvable(
                new String[] {"NotNull"}, null, "is required"), locale);
        return answer(Refused.invalid(e.getParameterName(), reason), handler, model, request, response);
    }

    /** What was refused: the status and problem type of the API, and the field at fault if any. */
    private record Refused(HttpStatus status, URI type, String title, String detail, String field) {

        static Refused invalid(String field, String detail) {
            return new Refused(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid input", detail, field);
        }
    }

    /**
     * The problem for a download, the error page (with the layout's model) for a page. The return type is
     * {@code Object}: Spring picks the handling by the value (a view name or a response entity).
     */
    private Object answer(Refused refused, HandlerMethod handler, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        if (isDownload(handler)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(refused.status(), refused.detail());
            problem.setType(refused.type());
            problem.setTitle(refused.title());
            if (refused.field() != null) {
                problem.setProperty("field", refused.field());
                problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.detail())));
            }
            return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(refused.status().value());
        model.addAttribute("screen", layout.screen(request));
        model.addAttribute("status", refused.status().value());
        model.addAttribute("reason", refused.field() == null ? refused.detail()
                : refused.field() + ": " + refused.detail());
        return VIEW;
    }

    /** A handler whose answer is a body of its own (a file), not a page. */
    static boolean isDownload(HandlerMethod handler) {
        return handler != null && (HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType())
                || handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
    }
}
