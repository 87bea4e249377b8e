package io.labwatch.app.http;

import static io.labwatch.app.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Each caller of the API has its own bucket of requests a minute, kept in PostgreSQL, and is told where it stands. */
@QuarkusTest
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("labwatch.api.rate-limit.per-minute", "5");
        }
    }

    @Inject
    DataSource database;

    @Test
    void aCallerPastItsLimitGets429WithWhenToComeBackAndOthersGoOn() throws Exception {
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response ok = as("reader").get("/api/labs/anthropic");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo("5");
            assertThat(ok.header("RateLimit-Policy")).isEqualTo("5;w=60");
            assertThat(Long.parseLong(ok.header("RateLimit-Reset"))).isBetween(1L, 60L);
            remaining.add(ok.header("RateLimit-Remaining"));
        }
        assertThat(remaining).containsExactly("4", "3", "2", "1", "0");
        Response refused = as("reader").get("/api/labs/anthropic");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("5 requests a minute");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        // another user has a bucket of their own
        assertThat(as("admin").get("/api/labs/anthropic").statusCode()).isEqualTo(200);
        // the count is in the database, where every instance reads it
        try (Connection c = database.getConnection(); ResultSet rows = c.createStatement()
                .executeQuery("select id from api_rate_bucket where id in ('user:reader/5', 'user:admin/5') order by id")) {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            assertThat(keys).containsExactly("user:admin/5", "user:reader/5");
        }
    }

    @Test
    void aTokenCountsApartFromItsUsersPassword() {
        String token = as("analyst").contentType(ContentType.JSON).body("{\"name\": \"rate test\", \"scope\": \"READ\"}").post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
        for (int i = 0; i < 5; i++) {
            assertThat(given().auth().oauth2(token).get("/api/labs").statusCode()).isEqualTo(200);
        }
        assertThat(given().auth().oauth2(token).get("/api/labs").statusCode()).isEqualTo(429);
        // the analyst's password has used one request (making the token): it goes on
        assertThat(as("analyst").get("/api/labs").statusCode()).isEqualTo(200);
        // web pages are not the API's, and are not counted
        assertThat(as("analyst").get("/labs").statusCode()).isEqualTo(200);
    }

    @Inject
    io.labwatch.api.shared.RateLimits limits;

    /** A bucket is written with when it expires; the cleanup deletes those past it and keeps the others. */
    @Test
    void expiredBucketsAreDeletedAndLiveOnesKept() throws Exception {
        assertThat(as("admin").get("/api/labs").statusCode()).isEqualTo(200);
        try (Connection c = database.getConnection()) {
            try (ResultSet live = c.createStatement().executeQuery("select expires_at from api_rate_bucket where id = 'user:admin/5'")) {
                assertThat(live.next()).isTrue();
                // a bucket refills within the minute, and may go a minute after that
                assertThat(live.getLong(1)).isBetween(System.currentTimeMillis(), System.currentTimeMillis() + 180_000);
            }
            c.createStatement().executeUpdate("insert into api_rate_bucket (id, state, expires_at) values ('user:gone/5', null, 1)");
            assertThat(limits.removeExpired()).isGreaterThanOrEqualTo(1);
            try (ResultSet left = c.createStatement().executeQuery("select id from api_rate_bucket where id in ('user:gone/5', 'user:admin/5')")) {
                assertThat(left.next()).isTrue();
                assertThat(left.getString(1)).isEqualTo("user:admin/5");
                assertThat(left.next()).isFalse();
            }
        }
    }
}
