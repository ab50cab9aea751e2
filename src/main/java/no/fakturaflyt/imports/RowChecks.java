package no.fakturaflyt.imports;

import jakarta.validation.Validator;
import java.util.List;
import no.fakturaflyt.common.ConflictException;
import no.fakturaflyt.common.InvalidInputException;
import no.fakturaflyt.common.web.FormErrors;
import org.springframework.stereotype.Component;

/** The API's own checks of a form, as reasons for refusing a row instead of a 400. */
@Component
class RowChecks {

    private final Validator validator;

    RowChecks(Validator validator) {
        this.validator = validator;
    }

    /** The form's bean-validation constraints (the same as the REST API's and the screens'), by field. */
    List<RowReason> constraints(Object form) {
        return FormErrors.violations(validator, form).stream()
                .map(v -> RowReason.of(v.path(), v.message().getCodes(), v.message().getArguments(),
                        v.message().getDefaultMessage()))
                .toList();
    }

    /** Runs a service's own check; its refusal becomes a reason. */
    void rule(Runnable check, List<RowReason> reasons) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            reasons.add(RowReason.of(e.getField(), e.getCodes(), e.getArguments(), e.getMessage()));
        } catch (ConflictException e) {
            reasons.add(RowReason.of(null, e.getCodes(), e.getArguments(), e.getMessage()));
        }
    }
}
