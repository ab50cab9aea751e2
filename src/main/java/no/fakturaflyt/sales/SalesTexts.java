package no.fakturaflyt.sales;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Pieces of the sales refusals that the screens put in their own language (a status as the pages name it). */
final class SalesTexts {

    private SalesTexts() {
    }

    /** A quote's or order's status as the screens' bundles name it ({@code sales.status.*}). */
    static MessageSourceResolvable status(Enum<?> status) {
        return new DefaultMessageSourceResolvable(new String[] {"sales.status." + status.name()}, status.name());
    }
}
