package no.fakturaflyt.common.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A refusal's text in the page's language from the message bundles. Numbers among the arguments are written as they
 * are (an invoice number 10001 not as "10 001"), amounts with a decimal comma in bokmål.
 */
public final class Texts {

    private Texts() {
    }

    public static String of(MessageSource messages, MessageSourceResolvable message, Locale locale) {
        Object[] arguments = message.getArguments();
        if (arguments == null) {
            return messages.getMessage(message, locale);
        }
        boolean comma = !"en".equals(locale.getLanguage());
        Object[] plain = Arrays.stream(arguments).map(argument -> argument instanceof BigDecimal amount
                ? comma ? amount.toPlainString().replace('.', ',') : amount.toPlainString()
                : argument instanceof Number number ? number.toString() : argument).toArray();
        return messages.getMessage(new DefaultMessageSourceResolvable(message.getCodes(), plain,
                message.getDefaultMessage()), locale);
    }
}
