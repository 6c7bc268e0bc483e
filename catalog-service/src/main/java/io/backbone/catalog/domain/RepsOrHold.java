package io.backbone.catalog.domain;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A dosage gives exactly one of reps or a hold. A class-level constraint rather than an
 * {@code @AssertTrue} getter, which every mapper (JSON, BSON) would take for a property.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RepsOrHold.Check.class)
public @interface RepsOrHold {

    String message() default "give exactly one of reps or holdSeconds";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<RepsOrHold, Exercise.Dosage> {
        @Override
        public boolean isValid(Exercise.Dosage dosage, ConstraintValidatorContext context) {
            if (dosage == null || (dosage.reps == null) != (dosage.holdSeconds == null)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("reps").addConstraintViolation();
            return false;
        }
    }
}
