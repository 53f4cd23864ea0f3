package com.roleready.notification.adapter.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A CIDR block with the reason its addresses may not be contacted. Matching works on raw bytes,
 * so an IPv6 block never matches an IPv4 address (embedded IPv4 forms are unwrapped first).
 */
record AddressBlock(byte[] network, int prefixLength, String reason) {

    /** Parses a literal block such as {@code 10.0.0.0/8}; literals never trigger a DNS lookup. */
    static AddressBlock of(String cidr, String reason) {
        int slash = cidr.indexOf('/');
        try {
            byte[] network = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            int prefixLength = Integer.parseInt(cidr.substring(slash + 1));
            if (prefixLength < 0 || prefixLength > network.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + cidr);
            }
            return new AddressBlock(network, prefixLength, reason);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + cidr, e);
        }
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % 8;
        if (remainingBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - remainingBits)) & 0xFF;
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }
}
