package no.fakturaflyt.common.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
        if (!isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.get());
        } catch (InvalidInputException e) {
            add(e.getField() == null ? FORM : e.getField(), e.getMessage());
        } catch (ConflictException e) {
            add(FORM, e.getMessage());
        }
        return Optional.empty();
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
