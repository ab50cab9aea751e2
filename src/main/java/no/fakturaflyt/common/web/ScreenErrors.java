package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletResponse;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page shows when a service refuses outside a form (a form puts the refusal beside its field itself, see
 * {@link FormErrors}): an error page with the service's reason and the HTTP status the API would answer. Before the
 * API's problem handler, for the screens' controllers only.
 */
@ControllerAdvice(annotations = ScreenController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScreenErrors {

    static final String VIEW = "common/error";

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e.getField() + ": " + e.getMessage(), model, response);
    }

    private static String page(HttpStatus status, String reason, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", reason);
        return VIEW;
    }
}
