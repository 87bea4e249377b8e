package io.labwatch.app.api;

import static io.labwatch.app.TestUsers.asAnalyst;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.labwatch.app.contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MergePatchTest {

    @Test
    @SendsInvalidRequests("a patch with a misspelt field, to check it is refused")
    void patchChangesOnlyTheFieldsSentAndChecksTheVersion() {
        asAnalyst().contentType(ContentType.JSON)
                .body("{\"slug\": \"patch-person\", \"name\": \"Patch Person\", \"bio\": \"Old bio\", \"notableRoles\": \"Some roles\"}")
                .post("/api/people").then().statusCode(201);

        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"bio\": \"New bio\", \"notableRoles\": null}")
                .patch("/api/people/patch-person").then().statusCode(200)
                .body("bio", equalTo("New bio")).body("name", equalTo("Patch Person")).body("notableRoles", nullValue())
                .body("version", equalTo(1));

        asAnalyst().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"bio\": \"Stale\"}")
                .patch("/api/people/patch-person").then().statusCode(412);
        asAnalyst().contentType("application/merge-patch+json").body("{\"bio\": \"Blind\"}")
                .patch("/api/people/patch-person").then().statusCode(428)
                .body("detail", org.hamcrest.Matchers.containsString("If-Match"));
        asAnalyst().contentType("application/merge-patch+json").body("{\"bio\": \"Typo\", \"bioo\": \"x\", \"version\": 1}")
                .patch("/api/people/patch-person").then().statusCode(400);
        asAnalyst().get("/api/people/patch-person").then().body("bio", equalTo("New bio"));
    }
}
