package io.labwatch.app;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session, signed in through the sign-in form as a person would: the login page's cookie and token,
 * then the session and device cookies it answers with. Requests made with it carry the session cookie only.
 */
public final class WebSession {

    public static final String SESSION = "labwatch-session";
    public static final String DEVICE = "labwatch-device";
    public static final String LOGIN = "labwatch-login";

    public final String session;
    public final String device;

    private WebSession(String session, String device) {
        this.session = session;
        this.device = device;
    }

    /** Signs in with the demo password of that demo user. */
    public static WebSession signIn(String user) {
        return signIn(user, user + TestUsers.PASSWORD_SUFFIX);
    }

    public static WebSession signIn(String user, String password) {
        Response answer = attempt(given(), user, password);
        if (answer.statusCode() != 303) {
            throw new AssertionError("sign-in as " + user + " answered " + answer.statusCode());
        }
        return new WebSession(answer.cookie(SESSION), answer.cookie(DEVICE));
    }

    /** One sign-in through the form (login page first, for its cookie and token), from the given request base. */
    public static Response attempt(RequestSpecification base, String user, String password) {
        Response page = given().get("/login");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return base.redirects().follow(false).cookie(LOGIN, page.cookie(LOGIN)).contentType(ContentType.URLENC)
                .formParam("csrf-token", token).formParam("username", user).formParam("password", password).post("/login");
    }

    /** A request in this session (no redirects followed). */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie(SESSION, session);
    }

    /** The session's CSRF token, as its forms carry it. */
    public String csrf() {
        return request().get("/account").then().statusCode(200).extract().htmlPath()
                .getString("**.find { it.@name == 'csrf-token' }.@value");
    }

    /** A form POST in this session with its token, encoded in UTF-8 as a browser sends the form of a UTF-8 page. */
    public Response post(String path, Object... fields) {
        // RestAssured's own default is ISO-8859-1, which would turn every other character into "?".
        RequestSpecification request = request().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("csrf-token", csrf());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.formParam(String.valueOf(fields[i]), fields[i + 1]);
        }
        return request.post(path);
    }
}
