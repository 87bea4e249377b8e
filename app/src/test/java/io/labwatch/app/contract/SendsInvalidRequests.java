package io.labwatch.app.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (class or method) that sends requests the API document forbids on purpose (no credentials, unknown
 * fields, wrong types, an Accept nothing produces, an address that does not exist), to check how they are refused.
 * Its requests are not checked against the document; its answers still are.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SendsInvalidRequests {
    /** Why the test's requests break the document. */
    String value();
}
