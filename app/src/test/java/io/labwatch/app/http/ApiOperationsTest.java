package io.labwatch.app.http;

import static io.labwatch.app.TestUsers.asAnalyst;
import static io.labwatch.app.TestUsers.asReader;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Operations hygiene of the API: a versioned address with the same permissions, request ids, compression. */
@QuarkusTest
class ApiOperationsTest {

    @Test
    void theVersionedAddressIsTheSameApiWithTheSamePermissions() {
        Response versioned = asAnalyst().get("/api/v1/labs/anthropic?fields=ignored".replace("?fields=ignored", ""));
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.jsonPath().getString("slug")).isEqualTo("anthropic");
        assertThat(asAnalyst().get("/api/v1/valuations?lab=anthropic").jsonPath().getList("items")).isNotEmpty();
        // an admin-only address stays admin-only under its versioned path
        assertThat(asReader().get("/api/v1/users").statusCode()).isEqualTo(403);
        assertThat(asReader().get("/api/users").statusCode()).isEqualTo(403);
    }

    @Test
    void everyAnswerCarriesARequestIdTheCallersWhenPlain() {
        assertThat(asReader().header("X-Request-Id", "client-42.a_b").get("/api/labs/anthropic").header("X-Request-Id"))
                .isEqualTo("client-42.a_b");
        String made = asReader().get("/api/labs/anthropic").header("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        assertThat(asReader().header("X-Request-Id", "has spaces and <tags>").get("/api/labs/anthropic").header("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
        assertThat(io.restassured.RestAssured.given().get("/login").header("X-Request-Id")).isNotBlank();
    }

    @Test
    void jsonAndCsvAreCompressedForClientsThatAcceptIt() {
        Response gzipped = asReader().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/api/labs?size=100");
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        Response plain = asReader().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity").get("/api/labs?size=100");
        assertThat(plain.header("Content-Encoding")).isNull();
    }
}
