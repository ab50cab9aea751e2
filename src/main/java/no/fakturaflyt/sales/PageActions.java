package no.fakturaflyt.sales;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import no.fakturaflyt.common.web.FormErrors;

/**
 * A button of the quote and order pages: the action through the process as the API's; done, a redirect to where
 * the clerk goes next (a GET, so a reload repeats nothing); refused, the page again with the reason beside the action
 * and the API's status (400 for input naming a field, 409 for a state that does not allow it). Never a 500.
 */
final class PageActions {

    private PageActions() {
    }

    static <T> String attempt(FormErrors errors, Supplier<T> action, Function<T, String> next,
            HttpServletResponse response, Supplier<String> page) {
        return errors.attempt(action).map(result -> "redirect:" + next.apply(result)).orElseGet(() -> {
            response.setStatus(errors.getByField().keySet().stream().allMatch(FormErrors.FORM::equals)
                    ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            return page.get();
        });
    }
}
