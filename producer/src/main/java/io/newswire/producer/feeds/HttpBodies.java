package io.newswire.producer.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

/** Reads a response body, gunzipping when the server says so, and gives up past a size limit. */
final class HttpBodies {

    private HttpBodies() {
    }

    static byte[] readCapped(HttpResponse<InputStream> response, long maxBytes) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
        try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw new IOException("body over the " + maxBytes + "-byte limit; cut off");
                }
            }
            return out.toByteArray();
        }
    }
}
