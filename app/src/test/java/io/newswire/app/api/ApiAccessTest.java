package io.newswire.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guard on a real Javalin server on a free port, with one read and one write route. */
class ApiAccessTest {

    private Javalin app;

    private int serve(ApiAccess access) {
        app = Javalin.create(config -> config.showJavalinBanner = false);
        access.install(app);
        app.get("/api/rules", ctx -> ctx.result("[]"));
        app.post("/api/rules/{slug}", ctx -> ctx.status(201));
        app.start("127.0.0.1", 0);
        return app.port();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private static int call(int port, String method, String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void shouldAllowChangesWithoutATokenOnLoopback() throws Exception {
        int port = serve(new ApiAccess("", "127.0.0.1", false));
        assertEquals(201, call(port, "POST", "/api/rules/syria", null));
    }

    @Test
    void shouldRefuseChangesWithoutATokenWhenBoundBeyondLoopback() throws Exception {
        int port = serve(new ApiAccess("", "0.0.0.0", false));
        assertEquals(403, call(port, "POST", "/api/rules/syria", null));
        assertEquals(200, call(port, "GET", "/api/rules", null));
    }

    @Test
    void shouldAskForTheTokenWhenAChangeComesWithout() throws Exception {
        int port = serve(new ApiAccess("s3cret", "0.0.0.0", false));
        assertEquals(401, call(port, "POST", "/api/rules/syria", null));
    }

    @Test
    void shouldRefuseAWrongToken() throws Exception {
        int port = serve(new ApiAccess("s3cret", "0.0.0.0", false));
        assertEquals(403, call(port, "DELETE", "/api/rules/syria", "Bearer guess"));
    }

    @Test
    void shouldAcceptTheRightToken() throws Exception {
        int port = serve(new ApiAccess("s3cret", "0.0.0.0", false));
        assertEquals(201, call(port, "POST", "/api/rules/syria", "Bearer s3cret"));
    }

    @Test
    void shouldGuardReadsOnlyWhenAsked() throws Exception {
        int open = serve(new ApiAccess("s3cret", "0.0.0.0", false));
        assertEquals(200, call(open, "GET", "/api/rules", null));
        stop();
        int guarded = serve(new ApiAccess("s3cret", "0.0.0.0", true));
        assertEquals(401, call(guarded, "GET", "/api/rules", null));
        assertEquals(200, call(guarded, "GET", "/api/rules?access_token=s3cret", null));
        assertEquals(200, call(guarded, "GET", "/api/rules", "Bearer s3cret"));
    }

    @Test
    void shouldTellLoopbackFromWiderBinds() {
        assertTrue(ApiAccess.loopback("127.0.0.1"));
        assertTrue(ApiAccess.loopback("localhost"));
        assertFalse(ApiAccess.loopback("0.0.0.0"));
    }
}
