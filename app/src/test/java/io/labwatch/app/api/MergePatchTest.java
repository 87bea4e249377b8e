package io.labwatch.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergePatchTest {

    @Test
    void patchChangesOnlyTheFieldsSentAndChecksTheVersion() {
        given().contentType(ContentType.JSON)
                .body("{\"slug\": \"patch-person\", \"name\": \"Patch Person\", \"bio\": \"Old bio\", \"notableRoles\": \"Some roles\"}")
                .post("/api/people").then().statusCode(201);

        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"bio\": \"New bio\", \"notableRoles\": null}")
                .patch("/api/people/patch-person").then().statusCode(200)
                .body("bio", equalTo("New bio")).body("name", equalTo("Patch Person")).body("notableRoles", nullValue())
                .body("version", equalTo(1));

        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"bio\": \"Stale\"}")
                .patch("/api/people/patch-person").then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"bio\": \"Blind\"}")
                .patch("/api/people/patch-person").then().statusCode(422).body("errors[0].field", equalTo("version"));
        given().contentType("application/merge-patch+json").body("{\"bio\": \"Typo\", \"bioo\": \"x\", \"version\": 1}")
                .patch("/api/people/patch-person").then().statusCode(400);
        given().get("/api/people/patch-person").then().body("bio", equalTo("New bio"));
    }
}
