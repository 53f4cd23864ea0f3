package com.roleready.notification.adapter.delivery;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Classifies an address as one a production webhook must never reach, and says why. IPv6 is
 * fail-closed: only global unicast (2000::/3) can pass, so ranges nobody listed here are refused
 * too. IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64, 6to4) are judged by the IPv4
 * address inside, since that is where the packets end up.
 */
public final class ForbiddenAddresses {

    // First match wins: specific blocks come before the blocks that contain them.
    private static final List<AddressBlock> IPV4 = List.of(
            AddressBlock.of("0.0.0.0/8", "unspecified (\"this network\")"),
            AddressBlock.of("10.0.0.0/8", "private"),
            AddressBlock.of("100.64.0.0/10", "carrier-grade NAT"),
            AddressBlock.of("127.0.0.0/8", "loopback"),
            AddressBlock.of("169.254.169.254/32", "cloud metadata"),
            AddressBlock.of("169.254.0.0/16", "link-local"),
            AddressBlock.of("172.16.0.0/12", "private"),
            AddressBlock.of("192.0.0.0/24", "reserved (IETF protocol assignments)"),
            AddressBlock.of("192.0.2.0/24", "documentation"),
            AddressBlock.of("192.88.99.0/24", "reserved (6to4 relay anycast)"),
            AddressBlock.of("192.168.0.0/16", "private"),
            AddressBlock.of("198.18.0.0/15", "benchmarking"),
            AddressBlock.of("198.51.100.0/24", "documentation"),
            AddressBlock.of("203.0.113.0/24", "documentation"),
            AddressBlock.of("224.0.0.0/4", "multicast"),
            AddressBlock.of("255.255.255.255/32", "broadcast"),
            AddressBlock.of("240.0.0.0/4", "reserved"));

    private static final List<AddressBlock> IPV6 = List.of(
            AddressBlock.of("::/128", "unspecified"),
            AddressBlock.of("::1/128", "loopback"),
            AddressBlock.of("64:ff9b:1::/48", "local-use NAT64"),
            AddressBlock.of("100::/64", "discard-only"),
            AddressBlock.of("2001::/32", "Teredo tunnel"),
            AddressBlock.of("2001:db8::/32", "documentation"),
            AddressBlock.of("2001::/23", "reserved (IETF protocol assignments)"),
            AddressBlock.of("3fff::/20", "documentation"),
            AddressBlock.of("fd00:ec2::254/128", "cloud metadata"),
            AddressBlock.of("fc00::/7", "unique local (private)"),
            AddressBlock.of("fec0::/10", "site-local"),
            AddressBlock.of("fe80::/10", "link-local"),
            AddressBlock.of("ff00::/8", "multicast"));

    private static final AddressBlock GLOBAL_UNICAST = AddressBlock.of("2000::/3", "global unicast");
    private static final AddressBlock NAT64 = AddressBlock.of("64:ff9b::/96", "NAT64");
    private static final AddressBlock SIX_TO_FOUR = AddressBlock.of("2002::/16", "6to4");

    private ForbiddenAddresses() {
    }

    /** Why the address is forbidden, or empty when it is a public address. */
    public static Optional<String> reasonFor(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ipv4Reason(bytes) : ipv6Reason(bytes);
    }

    private static Optional<String> ipv4Reason(byte[] bytes) {
        return firstMatch(IPV4, bytes);
    }

    private static Optional<String> ipv6Reason(byte[] bytes) {
        Optional<String> exact = firstMatch(IPV6.subList(0, 2), bytes); // :: and ::1 look IPv4-compatible
        if (exact.isPresent()) {
            return exact;
        }
        if (isIpv4Mapped(bytes)) {
            return embedded("IPv4-mapped", Arrays.copyOfRange(bytes, 12, 16));
        }
        if (isIpv4Compatible(bytes)) {
            // Deprecated since RFC 4291 and never used on the public internet; how a host routes one is
            // system-dependent, so refuse rather than guess.
            return Optional.of("IPv4-compatible (deprecated)");
        }
        if (NAT64.contains(bytes)) {
            return embedded("NAT64", Arrays.copyOfRange(bytes, 12, 16));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded("6to4", Arrays.copyOfRange(bytes, 2, 6));
        }
        Optional<String> listed = firstMatch(IPV6, bytes);
        if (listed.isPresent() || GLOBAL_UNICAST.contains(bytes)) {
            return listed;
        }
        return Optional.of("not a global unicast address");
    }

    private static Optional<String> embedded(String form, byte[] ipv4) {
        return ipv4Reason(ipv4).map(reason -> form + " form of " + reason);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        return allZero(bytes, 0, 10) && bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    private static boolean isIpv4Compatible(byte[] bytes) {
        return allZero(bytes, 0, 12);
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> firstMatch(List<AddressBlock> blocks, byte[] bytes) {
        return blocks.stream().filter(block -> block.contains(bytes)).map(AddressBlock::reason).findFirst();
    }
}
