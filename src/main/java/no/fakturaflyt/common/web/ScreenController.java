package no.fakturaflyt.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the screens (HTML pages), as opposed to the REST API's {@code @RestController}s: it gets the
 * layout's model ({@link Screen}) and errors as pages instead of RFC 7807 problems.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface ScreenController {
}
