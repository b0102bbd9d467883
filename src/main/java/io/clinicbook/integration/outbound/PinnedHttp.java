package io.clinicbook.integration.outbound;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP requests to an address already resolved and checked: the connection goes to exactly that
 * address, while the Host header, TLS server name (SNI) and certificate check use the URL's host, so a
 * name that resolves differently a moment later cannot redirect it. Redirects are not followed. For
 * every outbound URL the service calls (webhooks; calendar URLs): resolve with {@link Resolver}, check,
 * then call {@link #send} with the checked address.
 */
@ApplicationScoped
public class PinnedHttp {

    /** What the server answered; the body is cut at the limit the caller gave. */
    public record Answer(int status, MultiMap headers, Buffer body) {
    }

    /** Why there was no answer, as a sentence for a delivery log (no URL, no address). */
    public static final class NoAnswer extends Exception {
        NoAnswer(String why) {
            super(why, null, false, false);
        }
    }

    public record Timeouts(Duration connect, Duration read) {
    }

    private final Vertx vertx;
    private final HttpClient client;

    @Inject
    PinnedHttp(Vertx vertx) {
        this.vertx = vertx;
        // No pooled connections: each request connects to the address it was given.
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setForceSni(true).setVerifyHost(true)
                .setMaxPoolSize(64).setMaxRedirects(0));
    }

    public Answer send(HttpMethod method, URI url, InetAddress address, Map<String, String> headers, String body, Timeouts timeouts,
            int maxBodyBytes) throws NoAnswer {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() != null ? "?" + url.getRawQuery() : "");
        RequestOptions options = new RequestOptions().setMethod(method).setSsl(tls).setHost(url.getHost()).setPort(port).setURI(target)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port))).setFollowRedirects(false)
                .setConnectTimeout(timeouts.connect().toMillis()).setIdleTimeout(timeouts.read().toMillis());
        MultiMap sent = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(sent::add);
        options.setHeaders(sent);
        Promise<Answer> answer = Promise.promise();
        // Started on an event loop, so that the response's handlers are set in the tick that delivers it: from
        // a worker thread, the callback below could run after a short body and its end had passed unseen.
        vertx.getOrCreateContext().runOnContext(started -> client.request(options)
                .compose(request -> body == null ? request.send() : request.send(body)).onFailure(answer::tryFail)
                .onSuccess(response -> {
                    if (response.statusCode() == 204 || response.statusCode() == 304 || "0".equals(response.getHeader("Content-Length"))) {
                        // No body: its end may have passed before the handlers below were set, and would never be seen.
                        answer.tryComplete(new Answer(response.statusCode(), response.headers(), Buffer.buffer()));
                    }
                    Buffer received = Buffer.buffer();
                    response.handler(chunk -> {
                        if (received.length() + chunk.length() > maxBodyBytes) {
                            received.appendBuffer(chunk, 0, Math.max(0, maxBodyBytes - received.length()));
                            // Completed before the reset, whose stream error would otherwise fail the answer first.
                            answer.tryComplete(new Answer(response.statusCode(), response.headers(), received));
                            response.request().reset();
                        } else {
                            received.appendBuffer(chunk);
                        }
                    });
                    response.exceptionHandler(answer::tryFail);
                    response.endHandler(done -> answer.tryComplete(new Answer(response.statusCode(), response.headers(), received)));
                }));
        long bound = timeouts.connect().plus(timeouts.read()).toMillis() + 1_000;
        try {
            return answer.future().toCompletionStage().toCompletableFuture().get(bound, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NoAnswer("No answer within " + timeouts.read().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new NoAnswer(why(e.getCause(), timeouts));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("Interrupted while the service stopped");
        }
    }

    private static String why(Throwable failure, Timeouts timeouts) {
        String type = failure.getClass().getSimpleName();
        if (type.contains("ConnectTimeout")) {
            return "No connection within " + timeouts.connect().toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "The connection was refused";
        }
        if (type.contains("Timeout")) {
            return "No answer within " + timeouts.read().toMillis() + " ms";
        }
        return "Network error: " + type;
    }

    void onStop(@Observes ShutdownEvent stop) {
        client.close();
    }
}
