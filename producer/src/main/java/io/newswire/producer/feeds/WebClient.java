package io.newswire.producer.feeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GETs from servers we do not control (feeds, pages, robots.txt). Redirects are followed here, hop by
 * hop, so that every hop's resolved address is checked: without that a public feed could redirect us
 * to an internal address (server-side request forgery). Each response has one overall deadline and a
 * size cap, so a server that drips bytes cannot hold ingest (it once held it for 15 minutes).
 */
public final class WebClient {

    /** What a response may be and where requests may go. */
    public record Policy(Duration deadline, long maxBodyBytes, int maxRedirects, Set<String> allowedHosts) {

        /** Public addresses only, 30 s per response, up to 5 redirects. */
        public static Policy publicWeb(long maxBodyBytes, Set<String> allowedHosts) {
            return new Policy(Duration.ofSeconds(30), maxBodyBytes, 5, allowedHosts);
        }
    }

    /** A complete response: status, headers, body (gunzipped), and the URI it finally came from. */
    public record Response(int status, HttpHeaders headers, byte[] body, URI uri) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A fetch that was refused or failed; the message is the dead letter's reason. */
    public static final class FetchException extends IOException {
        FetchException(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Policy policy;

    public WebClient(Policy policy) {
        this.policy = policy;
    }

    public Response get(URI start, Map<String, String> headers) throws FetchException {
        URI uri = start;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            checkDestination(uri);
            Response response = send(uri, headers);
            String location = response.header("Location");
            if (response.status() / 100 != 3 || location == null || response.status() == 304) {
                return response;
            }
            try {
                uri = uri.resolve(location.trim());
            } catch (IllegalArgumentException e) {
                throw new FetchException("bad redirect from " + uri + " to '" + location + "'");
            }
        }
        throw new FetchException("more than " + policy.maxRedirects() + " redirects from " + start);
    }

    /** http and https only, and never to a loopback, private, link-local or multicast address unless allowed. */
    private void checkDestination(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + uri + ": only http and https are fetched");
        }
        String host = uri.getHost();
        if (host == null) {
            throw new FetchException("refused " + uri + ": no host");
        }
        if (allowed(uri, host.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FetchException("refused " + uri + ": " + host + " resolves to the internal address " + address.getHostAddress()
                        + " (allow the host with the setting fetch.allow.hosts)");
            }
        }
    }

    /**
     * A {@code fetch.allow.hosts} entry names a host (every port) or a host and port ({@code 127.0.0.1:8080}):
     * allowing one local feed then lets neither its redirects nor its entry links reach the host's other ports.
     */
    private boolean allowed(URI uri, String host) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return policy.allowedHosts().contains(host) || policy.allowedHosts().contains(bracketed + ":" + port);
    }

    static boolean isInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    private Response send(URI uri, Map<String, String> headers) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(policy.deadline());
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request.GET().build(),
                info -> new CappedBody(policy.maxBodyBytes()));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(policy.deadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new FetchException("no complete response from " + uri + " within " + policy.deadline().toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException fetch) {
                throw fetch;
            }
            throw new FetchException("fetch of " + uri + " failed: " + e.getCause());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted fetching " + uri);
        }
        return new Response(response.statusCode(), response.headers(), gunzip(response), uri);
    }

    private byte[] gunzip(HttpResponse<byte[]> response) throws FetchException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip) {
            return response.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > policy.maxBodyBytes()) {
                    throw new FetchException("body over the " + policy.maxBodyBytes() + "-byte limit once unzipped; cut off");
                }
            }
            return out.toByteArray();
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("bad gzip body: " + e.getMessage());
        }
    }

    /** Collects a body up to a cap and cancels the transfer past it, so a huge body is never held whole. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.write(bytes, 0, bytes.length);
            }
            if (out.size() > max && !result.isDone()) {
                subscription.cancel();
                result.completeExceptionally(new FetchException("body over the " + max + "-byte limit; cut off"));
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
