package io.labwatch.app.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Labwatch as deployed behind TLS: {@code labwatch.http.secure-cookies=true} (its own application and database). */
public class HttpsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("labwatch.http.secure-cookies", "true");
    }
}
