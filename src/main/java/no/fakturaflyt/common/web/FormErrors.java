package no.fakturaflyt.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of a submitted form, by field, for the page to show beside each field (model attribute {@code errors},
 * fragment {@code common/form :: field}). They come from the same checks as the API's: Bean Validation of the same
 * form record (the {@link BindingResult}), and the service's {@link InvalidInputException} naming the field. A
 * refusal that names no field of the form is kept under {@link #FORM}.
 */
public final class FormErrors {

    /** The key of an error that belongs to the form as a whole. */
    public static final String FORM = "form";

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** No errors yet (a new form). */
    public static FormErrors none() {
        return new FormErrors();
    }

    /** The binding's and Bean Validation's errors: the first per field; a value of the wrong type as such. */
    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        for (FieldError error : binding.getFieldErrors()) {
            String message = error.isBindingFailure() ? "Not a valid value: " + error.getRejectedValue()
                    : error.getDefaultMessage();
            errors.byField.putIfAbsent(error.getField(), message);
        }
        binding.getGlobalErrors().forEach(error -> errors.byField.putIfAbsent(FORM, error.getDefaultMessage()));
        return errors;
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
            add(e.getField() == null ? FORM : e.getField(), e.getMessage());
        } catch (ConflictException e) {
            add(conflictField, e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Bean Validation of an object the form was turned into (e.g. the API's form record built from an editor's
     * rows), each error under its property path ({@code lines[0].quantity}).
     */
    public static FormErrors validate(Validator validator, Object form) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            errors.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    /** The same errors under other field names (e.g. a line's index in the API's form to the editor's row). */
    public FormErrors renamed(UnaryOperator<String> rename) {
        FormErrors errors = new FormErrors();
        byField.forEach((field, message) -> errors.add(rename.apply(field), message));
        return errors;
    }

    /** The errors of the fields under a prefix, e.g. {@code lines[2]}: "quantity: must be greater than 0". */
    public List<String> under(String prefix) {
        return byField.entrySet().stream().filter(e -> e.getKey().startsWith(prefix + "."))
                .map(e -> e.getKey().substring(prefix.length() + 1) + ": " + e.getValue()).toList();
    }

    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
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
