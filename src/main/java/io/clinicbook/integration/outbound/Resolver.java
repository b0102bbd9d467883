package io.clinicbook.integration.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a host name into addresses for outbound connections. Resolved once per attempt: the address the
 * guard checked is the one connected to ({@link PinnedHttp}), so that DNS answering differently a moment
 * later (rebinding) cannot redirect the connection. Tests replace it to answer as a rebinding name would.
 */
public interface Resolver {

    InetAddress[] resolve(String host) throws UnknownHostException;
}
