package no.fakturaflyt.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import org.springframework.stereotype.Component;

/** The API's own checks of a form, as reasons for refusing a row instead of a 400. */
@Component
class RowChecks {

    private final Validator validator;

    RowChecks(Validator validator) {
        this.validator = validator;
    }

    /** The form's bean-validation constraints (the same as the REST API's), as "field: message". */
    List<String> constraints(Object form) {
        return validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    }

    /** Runs a service's own check; its refusal becomes a reason. */
    void rule(Runnable check, List<String> reasons) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            reasons.add(e.getField() + ": " + e.getMessage());
        } catch (ConflictException e) {
            reasons.add(e.getMessage());
        }
    }
}
