package io.labwatch.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the exchange format (records, and so the change history, which restores through them) names a reference
 * field other than by its Java name, and which field of the referenced entity stands for it: a valuation's
 * {@code fundingRound} is the record's {@code round}, given by the round's {@code name}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RecordField {

    /** The record's name for the field. */
    String value();

    /** The referenced entity's field that names it in the record. */
    String key();
}
