package io.clinicbook.integration.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IP address or a CIDR range ({@code 10.0.4.0/24}) of the webhook allow-list. */
record AddressRange(byte[] network, int prefixBits) {

    static AddressRange parse(String text) {
        String[] parts = text.trim().split("/", 2);
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in clinic.webhooks.allowed-private-targets: " + text);
            }
            return new AddressRange(network, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("clinic.webhooks.allowed-private-targets takes IP addresses or CIDR ranges, not " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
