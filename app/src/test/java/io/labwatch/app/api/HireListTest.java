package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A lab's moves include departures to nowhere recorded (no destination lab), as well as arrivals. */
@QuarkusTest
class HireListTest {

    @Test
    void aDepartureWithoutDestinationIsAmongTheLabsMoves() {
        long id = asAnalyst().contentType(ContentType.JSON).body("""
                {"person": "john-schulman", "fromLab": "safe-superintelligence", "kind": "DEPARTED", "announcedOn": "2026-09-09",
                 "seniority": "EXECUTIVE", "citations": [{"source": "cnbc-karpathy-anthropic"}]}""").post("/api/hires").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        asReader().get("/api/hires?lab=safe-superintelligence&size=100").then().statusCode(200).body("items.id", hasItem((int) id));
        asReader().get("/api/hires?fromLab=safe-superintelligence&size=100").then().statusCode(200).body("items.id", hasItem((int) id));
    }
}
