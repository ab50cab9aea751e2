package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts every {@link FormErrors} of a page's model into the page's language (bokmål unless English was chosen) after
 * the controller and before the page is rendered, so that a controller only says which check failed.
 */
class ErrorTexts implements HandlerInterceptor {

    private final MessageSource messages;

    ErrorTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null) {
            return;
        }
        page.getModel().values().forEach(value -> {
            if (value instanceof FormErrors errors) {
                errors.translate(messages, RequestContextUtils.getLocale(request));
            }
        });
    }
}
