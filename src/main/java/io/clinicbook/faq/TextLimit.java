package io.clinicbook.faq;

import io.clinicbook.i18n.LocalizedText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tighter length limit than {@link LocalizedText}'s own, for each locale of the text (a question is
 * shorter than an answer). The violation names the locale at fault, such as {@code question.es}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextLimit.Validator.class)
@interface TextLimit {

    int max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TextLimit, LocalizedText> {

        private int max;

        @Override
        public void initialize(TextLimit limit) {
            this.max = limit.max();
        }

        @Override
        public boolean isValid(LocalizedText text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            boolean enFits = fits(text.en);
            boolean esFits = fits(text.es);
            if (!enFits || !esFits) {
                context.disableDefaultConstraintViolation();
                String message = context.getDefaultConstraintMessageTemplate();
                if (!enFits) {
                    context.buildConstraintViolationWithTemplate(message).addPropertyNode("en").addConstraintViolation();
                }
                if (!esFits) {
                    context.buildConstraintViolationWithTemplate(message).addPropertyNode("es").addConstraintViolation();
                }
            }
            return enFits && esFits;
        }

        private boolean fits(String value) {
            return value == null || value.length() <= max;
        }
    }
}
