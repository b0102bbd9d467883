package io.clinicbook.integration.webhook;

import io.clinicbook.integration.outbound.Resolver;
import io.clinicbook.problem.InvalidParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps webhooks (and practitioners' connected calendars, integration.connected) from being aimed at the clinic's own network: a target whose host resolves to a
 * private, loopback, link-local or otherwise internal address is refused, when the subscription is
 * made and again before every delivery (DNS may change), unless an allow-list entry covers it. The
 * delivery then connects to the address checked, not to a fresh look-up of the name.
 */
@ApplicationScoped
public class TargetGuard {

    private final List<AddressRange> allowed;
    private final Resolver resolver;

    @Inject
    TargetGuard(WebhookConfig config, Resolver resolver) {
        this.resolver = resolver;
        this.allowed = config.allowedPrivateTargets().orElse(List.of()).stream().map(AddressRange::parse).toList();
    }

    /** The URL as a URI, or 400 naming the field {@code url} when it is malformed or points inside. */
    URI checkNew(String url) {
        return checkNew(url, "verify the webhook-signature instead");
    }

    /**
     * An outbound URL as a URI, or 400 naming the field {@code url} when it is malformed, carries credentials
     * (the problem's detail then ends with {@code credentialsHint}) or points inside.
     */
    public URI checkNew(String url, String credentialsHint) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new InvalidParameter("url", "The url is not a valid URL.");
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new InvalidParameter("url", "The url must be an absolute http or https URL with a host.");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidParameter("url", "The url must not carry credentials; " + credentialsHint + ".");
        }
        refusal(uri).ifPresent(why -> {
            throw new InvalidParameter("url", why);
        });
        return uri;
    }

    /** Why deliveries to {@code uri} are not allowed now, if they are not. */
    Optional<String> refusal(URI uri) {
        return Optional.ofNullable(check(uri).refusal());
    }

    /**
     * Resolves the host once and checks every address: the address to connect to (and only that one, see
     * {@link io.clinicbook.integration.outbound.PinnedHttp}), or why not.
     */
    public Verdict check(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Verdict.refused("The host of the url does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                return Verdict.refused("The url points to a private, loopback or link-local address; the service calls public addresses only.");
            }
        }
        return addresses.length == 0 ? Verdict.refused("The host of the url does not resolve.") : new Verdict(addresses[0], null);
    }

    /** The checked address to connect to, or (address null) why the url is refused. */
    public record Verdict(InetAddress address, String refusal) {
        static Verdict refused(String why) {
            return new Verdict(null, why);
        }
    }

    private static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || (first == 100 && (second & 0xc0) == 64); // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10
    }
}
