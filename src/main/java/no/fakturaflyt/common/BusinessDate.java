package no.fakturaflyt.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * Bean-validation constraint: a date the business can mean (invoice, delivery, payment, due and validity dates) lies
 * from {@value #FIRST} to {@value #LAST}. Outside that window a date is a typing error; the databases would store it
 * differently (H2 wraps far years, PostgreSQL refuses them), so it is refused before either sees it. Null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BusinessDate.Validator.class)
public @interface BusinessDate {

    String FIRST = "2000-01-01";
    String LAST = "2099-12-31";

    String message() default "must be a date from " + FIRST + " to " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BusinessDate, LocalDate> {

        private static final LocalDate FIRST_DAY = LocalDate.parse(FIRST);
        private static final LocalDate LAST_DAY = LocalDate.parse(LAST);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(FIRST_DAY) && !value.isAfter(LAST_DAY);
        }
    }
}
