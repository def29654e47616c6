package io.newswire.app.sink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one JSON event to a webhook until it is taken: retried with exponential backoff on 5xx, 408,
 * 429 and connection errors; given up at once on any other 4xx (the receiver refuses it and will again),
 * or after the last attempt. With a secret, each request carries {@code X-Newswire-Signature:
 * sha256=<hex HMAC-SHA256 of the body>}, as GitHub signs its webhooks, so the receiver can tell our
 * posts from anyone else's; {@code X-Newswire-Event-Id} lets it drop a repeat (delivery is at least once).
 */
public final class WebhookDelivery {

    /** What became of one event: taken after {@code attempts}, or given up with the reason. */
    public record Outcome(boolean delivered, int attempts, String reason) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI url;
    private final String secret;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public WebhookDelivery(URI url, String secret, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        this.url = url;
        this.secret = secret;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    public Outcome deliver(String eventId, String json) throws InterruptedException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Duration backoff = firstBackoff;
        String reason = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Newswire webhook sink")
                    .header("X-Newswire-Event-Id", eventId)
                    .header("X-Newswire-Delivery-Attempt", String.valueOf(attempt))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (secret != null && !secret.isEmpty()) {
                request.header("X-Newswire-Signature", signature(secret, body));
            }
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return new Outcome(true, attempt, "");
                }
                reason = "HTTP " + status + " from " + url;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    return new Outcome(false, attempt, reason + ": refused, not retried");
                }
            } catch (IOException e) {
                reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " posting to " + url;
            }
            if (attempt < maxAttempts) {
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
        return new Outcome(false, maxAttempts, reason + " (after " + maxAttempts + " attempts)");
    }

    /** "sha256=" and the hex HMAC-SHA256 of the body under the secret. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
