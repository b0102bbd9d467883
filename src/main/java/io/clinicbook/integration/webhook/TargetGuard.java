package io.clinicbook.integration.webhook;

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
 * Keeps webhooks from being aimed at the clinic's own network: a target whose host resolves to a
 * private, loopback, link-local or otherwise internal address is refused, when the subscription is
 * made and again before every delivery (DNS may change), unless an allow-list entry covers it.
 */
@ApplicationScoped
class TargetGuard {

    private final List<AddressRange> allowed;

    @Inject
    TargetGuard(WebhookConfig config) {
        this.allowed = config.allowedPrivateTargets().orElse(List.of()).stream().map(AddressRange::parse).toList();
    }

    /** The URL as a URI, or 400 naming the field {@code url} when it is malformed or points inside. */
    URI checkNew(String url) {
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
            throw new InvalidParameter("url", "The url must not carry credentials; verify the webhook-signature instead.");
        }
        refusal(uri).ifPresent(why -> {
            throw new InvalidParameter("url", why);
        });
        return uri;
    }

    /** Why deliveries to {@code uri} are not allowed now, if they are not. */
    Optional<String> refusal(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("The host of the url does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                return Optional.of("The url points to a private, loopback or link-local address; webhooks go to public addresses only.");
            }
        }
        return Optional.empty();
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
