package io.labwatch.app;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as the demo users, one per role (the test profile runs in demo mode). */
public final class TestUsers {

    public static final String PASSWORD_SUFFIX = "-demo-password";

    private TestUsers() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + PASSWORD_SUFFIX);
    }

    public static RequestSpecification asAnalyst() {
        return as("analyst");
    }

    public static RequestSpecification asReader() {
        return as("reader");
    }

    public static RequestSpecification asAdmin() {
        return as("admin");
    }
}
