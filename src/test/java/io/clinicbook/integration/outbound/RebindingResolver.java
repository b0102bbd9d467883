package io.clinicbook.integration.outbound;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's resolver in tests: names under {@code .rebind.test} answer what a test scripted, one
 * answer per look-up and then the last again (a DNS-rebinding name: public first, loopback later);
 * every other name resolves as usual.
 */
@Mock
@ApplicationScoped
public class RebindingResolver implements Resolver {

    private static final Map<String, Deque<String>> SCRIPT = new ConcurrentHashMap<>();
    private static final Map<String, Integer> LOOKUPS = new ConcurrentHashMap<>();

    /** From now on {@code host} answers these addresses in turn, the last one for good. */
    public static void answer(String host, String... addresses) {
        SCRIPT.put(host, new ArrayDeque<>(java.util.List.of(addresses)));
        LOOKUPS.put(host, 0);
    }

    public static int lookups(String host) {
        return LOOKUPS.getOrDefault(host, 0);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Deque<String> answers = SCRIPT.get(host);
        if (answers == null) {
            if (host.endsWith(".rebind.test")) {
                throw new UnknownHostException(host);
            }
            return InetAddress.getAllByName(host);
        }
        LOOKUPS.merge(host, 1, Integer::sum);
        String address;
        synchronized (answers) {
            address = answers.size() > 1 ? answers.poll() : answers.peek();
        }
        return new InetAddress[] {InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())};
    }
}
