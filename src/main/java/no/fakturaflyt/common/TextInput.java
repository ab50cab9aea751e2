package no.fakturaflyt.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text from outside holds no NUL character (U+0000): PostgreSQL cannot store it in a text column and H2 would, so
 * it is refused where it enters, naming the field. Every string of a JSON request body goes through
 * {@link #textWithoutNul()}; other text (file names of uploads) through {@link #requireNoNul}.
 */
@Configuration(proxyBeanMethods = false)
public class TextInput {

    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    /** Registered by Spring Boot on the application's ObjectMapper: JSON strings with NUL fail to read. */
    @Bean
    Module textWithoutNul() {
        SimpleModule module = new SimpleModule("text-without-nul");
        module.addDeserializer(String.class, new NulRefusingDeserializer());
        return module;
    }

    /** Refuses {@code value} when it holds a NUL, naming {@code field}; null passes. */
    public static void requireNoNul(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, NUL_MESSAGE, "errors.nul");
        }
    }

    static final class NulRefusingDeserializer extends StdScalarDeserializer<String> {

        NulRefusingDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, NUL_MESSAGE, value.replace('\0', ' '), String.class);
            }
            return value;
        }
    }
}
