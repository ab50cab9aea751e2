package no.fakturaflyt.common;

import java.util.Locale;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A resource the caller named does not exist: answered with 404. The API says it in English; the screens say it in
 * their language through the code {@code notFound} with the thing's name ({@code notFound.<What without spaces>},
 * falling back to the English name) and its id.
 */
public class NotFoundException extends Refusal {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist", "notFound", new DefaultMessageSourceResolvable(
                new String[] {"notFound." + what.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT)}, what), id);
    }
}
