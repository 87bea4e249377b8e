package io.labwatch.app;

import static io.labwatch.app.TestUsers.asAnalyst;

import io.restassured.http.ContentType;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A lab ({@code <prefix>-lab}) with one fact of each kind that has a section on its profile, a compute provider, a
 * person with a move, and {@code people} more people to enter facts about. Imported, so seeding twice changes nothing.
 */
public final class FactsOfEveryKind {

    private FactsOfEveryKind() {
    }

    public static void seed(String prefix, int people) {
        seed(prefix, people, asAnalyst());
    }

    /** Seeded by this client (an admin's, where review is required for analysts). */
    public static void seed(String prefix, int people, io.restassured.specification.RequestSpecification client) {
        String cite = ", \"citations\": [{\"source\": \"cnbc-karpathy-anthropic\"}]";
        String lab = prefix + "-lab";
        String more = IntStream.range(0, people).mapToObj(i -> ", {\"slug\": \"" + prefix + "-person-" + i + "\", \"name\": \"Entry Person " + i + "\"}")
                .collect(Collectors.joining());
        client.contentType(ContentType.JSON).body("{\"labs\": [{\"slug\": \"" + lab + "\", \"name\": \"" + prefix + " Lab\", \"kind\": \"AI_STARTUP\"},"
                + " {\"slug\": \"" + prefix + "-provider\", \"name\": \"" + prefix + " Provider\", \"kind\": \"COMPUTE_PROVIDER\"}],"
                + " \"people\": [{\"slug\": \"" + prefix + "-person\", \"name\": \"" + prefix + " Person\"}" + more + "],"
                + " \"hires\": [{\"person\": \"" + prefix + "-person\", \"toLab\": \"" + lab + "\", \"kind\": \"JOINED\", \"seniority\": \"SENIOR\","
                + " \"announcedOn\": \"2026-05-04\"" + cite + "}],"
                + " \"fundingRounds\": [{\"lab\": \"" + lab + "\", \"name\": \"Seed\", \"announcedOn\": \"2026-03-01\", \"amountRaised\": 10000000,"
                + " \"postMoneyValuation\": 1000000000" + cite + "}],"
                + " \"valuations\": [{\"lab\": \"" + lab + "\", \"asOf\": \"2026-04-01\", \"value\": 2000000000, \"basis\": \"SECONDARY_SALE\"" + cite + "}],"
                + " \"financialMetrics\": [{\"lab\": \"" + lab + "\", \"period\": \"2026-Q1\", \"metric\": \"REVENUE\", \"value\": 10000000,"
                + " \"reportedOn\": \"2026-04-15\"" + cite + "}],"
                + " \"computeDeals\": [{\"buyer\": \"" + lab + "\", \"provider\": \"" + prefix + "-provider\", \"facility\": \"Hall 1\","
                + " \"announcedOn\": \"2026-02-01\"" + cite + "}],"
                + " \"watchItems\": [{\"lab\": \"" + lab + "\", \"question\": \"Next round?\", \"raisedOn\": \"2026-05-01\"" + cite + "}],"
                + " \"modelReleases\": [{\"lab\": \"" + lab + "\", \"releasedOn\": \"2026-05-20\", \"name\": \"" + prefix + "-1\", \"modality\": \"TEXT\"" + cite + "}]}")
                .post("/api/import").then().statusCode(200);
    }
}
