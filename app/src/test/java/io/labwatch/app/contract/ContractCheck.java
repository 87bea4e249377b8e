package io.labwatch.app.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Before every Quarkus test, puts the contract check in front of every REST-assured call (loaded by Quarkus from
 * META-INF/services, in the class loader the tests' RestAssured lives in). Requests are checked too unless the test
 * or its class is marked {@link SendsInvalidRequests}.
 */
public class ContractCheck implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean invalidOnPurpose = context.getTestMethod().isAnnotationPresent(SendsInvalidRequests.class)
                || context.getTestInstance().getClass().isAnnotationPresent(SendsInvalidRequests.class);
        RestAssured.replaceFiltersWith(new ContractFilter(!invalidOnPurpose));
    }
}
