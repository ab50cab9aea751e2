package no.fakturaflyt.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The errors of a submitted form, by field, for the page to show beside each field (model attribute {@code errors},
 * fragment {@code common/form :: field}). They come from the same checks as the API's: Bean Validation of the same
 * form record (the {@link BindingResult}), and the service's {@link InvalidInputException} naming the field. A
 * refusal that names no field of the form is kept under {@link #FORM}.
 * <p>
 * Each error is kept with its message codes (Bean Validation's {@code NotBlank.name}, {@code NotBlank}, a service's
 * code such as {@code invoices.credit.tooMuch}) and its English default text, the API's. {@link ErrorTexts} puts them
 * into the page's language from the message bundles before the page is rendered; a text added with
 * {@link #add(String, String)} is shown as it is.
 */
public final class FormErrors {

    /** The key of an error that belongs to the form as a whole. */
    public static final String FORM = "form";

    private static final Set<String> NO_ARGUMENTS = Set.of("message", "groups", "payload");

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, MessageSourceResolvable> untranslated = new LinkedHashMap<>();

    /** One field's error, for a list of the errors under a prefix (a row of the draft editor). */
    public record FieldMessage(String field, String text) {
    }

    /** No errors yet (a new form). */
    public static FormErrors none() {
        return new FormErrors();
    }

    /** The binding's and Bean Validation's errors: the first per field; a value of the wrong type as such. */
    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        for (FieldError error : binding.getFieldErrors()) {
            errors.add(error.getField(), error.isBindingFailure()
                    ? new DefaultMessageSourceResolvable(error.getCodes(), new Object[] {error.getRejectedValue()},
                            "Not a valid value: " + error.getRejectedValue())
                    : error);
        }
        binding.getGlobalErrors().forEach(error -> errors.add(FORM, error));
        return errors;
    }

    /**
     * As {@link #of(BindingResult)}, for a record form: when a value of the wrong type (a price that is no number)
     * kept the record from being made, Bean Validation has not looked at the other fields; they are checked here on
     * the record made again from the request with the failed fields empty, so that every error shows at once.
     */
    public static FormErrors of(BindingResult binding, Validator validator, Class<? extends Record> form) {
        FormErrors errors = of(binding);
        Set<String> failed = new HashSet<>();
        binding.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(e -> failed.add(e.getField()));
        if (failed.isEmpty() || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes)) {
            return errors;
        }
        HttpServletRequest request = attributes.getRequest();
        RecordComponent[] components = form.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String raw = request.getParameter(components[i].getName());
            raw = raw == null || raw.isBlank() ? null : raw.strip();
            values[i] = failed.contains(components[i].getName()) ? null : converted(raw, components[i].getType());
        }
        try {
            Object remade = form.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
            return errors.addAll(validate(validator, remade));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return errors;
        }
    }

    private static Object converted(String raw, Class<?> type) {
        if (raw == null || type == String.class) {
            return raw;
        }
        try {
            // the screens' dates are ISO (input type=date), as their binding reads them
            return type == LocalDate.class ? LocalDate.parse(raw)
                    : DefaultConversionService.getSharedInstance().convert(raw, type);
        } catch (ConversionException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Calls the service unless there are errors already; its refusal (a field's invalid input, a conflict) becomes
     * an error here and the result empty. The service writes nothing when it refuses (its transaction).
     */
    public <T> Optional<T> attempt(Supplier<T> action) {
        return attempt(action, FORM);
    }

    /** As {@link #attempt(Supplier)}, with a conflict (e.g. a number already in use) put beside this field. */
    public <T> Optional<T> attempt(Supplier<T> action, String conflictField) {
        if (!isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInputException e) {
            add(e.getField() == null ? FORM : e.getField(), e);
        } catch (ConflictException e) {
            add(conflictField, e);
        }
        return Optional.empty();
    }

    /**
     * Bean Validation of an object the form was turned into (e.g. the API's form record built from an editor's
     * rows), each error under its property path ({@code lines[0].quantity}), with the codes Spring gives a bound
     * form's errors ({@code DecimalMin.quantity}, {@code DecimalMin}) and the constraint's attributes as arguments
     * {1}, {2}, … in the order of their names.
     */
    public static FormErrors validate(Validator validator, Object form) {
        FormErrors errors = new FormErrors();
        violations(validator, form).forEach(violation -> errors.add(violation.path(), violation.message()));
        return errors;
    }

    /** One Bean Validation error: the property path and its text's codes and arguments, as {@link #validate}. */
    public record Violation(String path, MessageSourceResolvable message) {
    }

    /** Every Bean Validation error of the object, sorted by property path (e.g. the rows of an imported file). */
    public static List<Violation> violations(Validator validator, Object form) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            String path = violation.getPropertyPath().toString();
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d*]", "");
            List<Object> arguments = new ArrayList<>(List.of(leaf));
            new TreeMap<>(violation.getConstraintDescriptor().getAttributes()).forEach((name, value) -> {
                if (!NO_ARGUMENTS.contains(name)) {
                    arguments.add(value);
                }
            });
            violations.add(new Violation(path, new DefaultMessageSourceResolvable(
                    new String[] {constraint + "." + leaf, constraint}, arguments.toArray(), violation.getMessage())));
        }
        violations.sort(Comparator.comparing(Violation::path));
        return violations;
    }

    /** The same errors under other field names (e.g. a line's index in the API's form to the editor's row). */
    public FormErrors renamed(UnaryOperator<String> rename) {
        FormErrors errors = new FormErrors();
        byField.forEach((field, message) -> {
            errors.byField.putIfAbsent(rename.apply(field), message);
            if (untranslated.containsKey(field)) {
                errors.untranslated.putIfAbsent(rename.apply(field), untranslated.get(field));
            }
        });
        return errors;
    }

    /** All errors of another form (e.g. the binding's) that this one has not for the same field. */
    public FormErrors addAll(FormErrors other) {
        other.byField.forEach((field, message) -> {
            if (!has(field)) {
                byField.put(field, message);
                if (other.untranslated.containsKey(field)) {
                    untranslated.put(field, other.untranslated.get(field));
                }
            }
        });
        return this;
    }

    /** The errors of the fields under a prefix, e.g. {@code lines[2]}: field {@code quantity} and its text. */
    public List<FieldMessage> under(String prefix) {
        return byField.entrySet().stream().filter(e -> e.getKey().startsWith(prefix + "."))
                .map(e -> new FieldMessage(e.getKey().substring(prefix.length() + 1), e.getValue())).toList();
    }

    /** A text shown as it is (e.g. a key the page itself looks up). */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** An error from the message bundles ({@code errors.properties}): the code and its arguments. */
    public FormErrors reject(String field, String code, Object... arguments) {
        return add(field, new DefaultMessageSourceResolvable(new String[] {code}, arguments, code));
    }

    /** An error with its codes and English default text (a refusal, a binding's error), translated later. */
    public FormErrors add(String field, MessageSourceResolvable message) {
        if (!byField.containsKey(field)) {
            byField.put(field, message.getDefaultMessage());
            untranslated.put(field, message);
        }
        return this;
    }

    /**
     * Puts the errors into the page's language: the first of their codes the bundles know, else the default text.
     * Done once, by {@link ErrorTexts}, before the page is rendered.
     */
    void translate(MessageSource messages, Locale locale) {
        untranslated.forEach((field, message) -> byField.put(field, Texts.of(messages, message, locale)));
        untranslated.clear();
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public Map<String, String> getByField() {
        return Collections.unmodifiableMap(byField);
    }
}
