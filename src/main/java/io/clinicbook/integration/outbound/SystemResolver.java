package io.clinicbook.integration.outbound;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** The JVM's own resolution (its DNS cache included). */
@ApplicationScoped
@DefaultBean
class SystemResolver implements Resolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
