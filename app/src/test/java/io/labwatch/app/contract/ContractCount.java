package io.labwatch.app.contract;

/**
 * How many requests and answers were checked against the API document in this test run. Tests run in Quarkus's class
 * loader and the summary is printed from JUnit's, so the count lives where both see the same value: the JVM's
 * system properties.
 */
final class ContractCount {

    static final String REQUESTS = "labwatch.contract.requests";
    static final String RESPONSES = "labwatch.contract.responses";

    private ContractCount() {
    }

    static void requests() {
        add(REQUESTS);
    }

    static void responses() {
        add(RESPONSES);
    }

    static long of(String name) {
        return Long.getLong(name, 0);
    }

    private static void add(String name) {
        synchronized (System.getProperties()) {
            System.setProperty(name, Long.toString(of(name) + 1));
        }
    }
}
