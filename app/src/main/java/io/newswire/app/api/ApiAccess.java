package io.newswire.app.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call the API. Changes (rules today) need the {@code api.token} as a Bearer token; with no token
 * set they are allowed only while the API binds a loopback address, since anyone who reaches a wider
 * bind could otherwise add or delete topics. Reads need it too when {@code api.token.reads} is set; the
 * event stream also takes it as the {@code access_token} parameter (RFC 6750), as EventSource sends no
 * headers. Tokens are compared in constant time.
 */
final class ApiAccess {

    private final byte[] token;
    private final boolean loopback;
    private final boolean reads;
    private final String bindAddress;

    ApiAccess(String token, String bindAddress, boolean reads) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.bindAddress = bindAddress;
        this.loopback = loopback(bindAddress);
        this.reads = reads;
    }

    /** Guards every route under /api/: reads by GET, and every other method as a change, routes added later included. */
    void install(Javalin app) {
        app.before("/api/*", ctx -> {
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.method() == HandlerType.OPTIONS) {
                checkRead(ctx);
            } else {
                checkWrite(ctx);
            }
        });
    }

    static boolean loopback(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void checkWrite(Context ctx) {
        if (token.length == 0) {
            if (!loopback) {
                throw new ForbiddenResponse("changes are refused: the API binds " + bindAddress
                        + ", beyond loopback, and no api.token is set (set one, then send Authorization: Bearer <token>)");
            }
            return;
        }
        check(ctx, false);
    }

    void checkRead(Context ctx) {
        if (reads && token.length > 0) {
            check(ctx, true);
        }
    }

    private void check(Context ctx, boolean parameterAllowed) {
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim()
                : parameterAllowed ? ctx.queryParam("access_token") : null;
        if (given == null || given.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"newswire\"");
            throw new UnauthorizedResponse("this route needs the API token: send Authorization: Bearer <api.token>");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
            throw new ForbiddenResponse("the API token does not match api.token");
        }
    }
}
