package io.labwatch.domain.figures;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A money amount a fact may carry: not negative, at most {@link Money#MAX}, to the cent. Each rule keeps its own message
 * ("must be greater than or equal to 0", ...), as when they were written out on every amount.
 */
@PositiveOrZero
@DecimalMax(Money.MAX)
@Digits(integer = 18, fraction = 2)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {
    String message() default "must be an amount of money";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
