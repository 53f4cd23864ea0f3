package com.roleready.notification.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForbiddenAddressesTest {

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {
            "93.184.216.34", "1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0",
            "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0",
            "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0",
            "192.0.1.0", "192.0.3.0", "192.88.98.255", "192.167.255.255", "192.169.0.0",
            "198.17.255.255", "198.20.0.0", "198.51.99.255", "198.51.101.0",
            "203.0.112.255", "203.0.114.0", "223.255.255.255",
            "2606:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:81b::200e",
            "2001:200::1", "2002:5db8:d822::1", "64:ff9b::5db8:d822", "3fff:1000::1"
    })
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(ForbiddenAddresses.reasonFor(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is forbidden: {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0            | unspecified",
            "0.255.255.255      | unspecified",
            "10.0.0.1           | private",
            "10.255.255.255     | private",
            "100.64.0.1         | carrier-grade NAT",
            "100.127.255.255    | carrier-grade NAT",
            "100.100.100.200    | carrier-grade NAT",
            "127.0.0.1          | loopback",
            "127.255.255.254    | loopback",
            "169.254.169.254    | cloud metadata",
            "169.254.0.1        | link-local",
            "169.254.255.255    | link-local",
            "172.16.0.1         | private",
            "172.31.255.255     | private",
            "192.0.0.1          | reserved",
            "192.0.0.192        | reserved",
            "192.0.2.10         | documentation",
            "192.88.99.1        | reserved",
            "192.168.0.1        | private",
            "192.168.255.255    | private",
            "198.18.0.1         | benchmarking",
            "198.19.255.255     | benchmarking",
            "198.51.100.7       | documentation",
            "203.0.113.9        | documentation",
            "224.0.0.1          | multicast",
            "239.255.255.250    | multicast",
            "240.0.0.1          | reserved",
            "254.1.2.3          | reserved",
            "255.255.255.255    | broadcast",
    })
    void forbiddenIpv4RangesAreRefusedWithTheirReason(String literal, String reason) throws UnknownHostException {
        assertThat(ForbiddenAddresses.reasonFor(InetAddress.getByName(literal))).hasValueSatisfying(
                actual -> assertThat(actual).contains(reason));
    }

    @ParameterizedTest(name = "{0} is forbidden: {1}")
    @CsvSource(delimiter = '|', value = {
            "::                        | unspecified",
            "::1                       | loopback",
            "fe80::1                   | link-local",
            "febf:ffff::1              | link-local",
            "fec0::1                   | site-local",
            "fc00::1                   | unique local",
            "fdff:ffff::1              | unique local",
            "fd00:ec2::254             | cloud metadata",
            "ff02::1                   | multicast",
            "ff0e::1                   | multicast",
            "2001:0:4136:e378::1       | Teredo",
            "2001:db8::1               | documentation",
            "2001:10::1                | reserved",
            "3fff::1                   | documentation",
            "100::1                    | discard-only",
            "64:ff9b:1::1              | local-use NAT64",
            "::127.0.0.1               | IPv4-compatible",
            "::93.184.216.34           | IPv4-compatible",
            "64:ff9b::7f00:1           | NAT64 form of loopback",
            "64:ff9b::a9fe:a9fe        | NAT64 form of cloud metadata",
            "64:ff9b::a00:1            | NAT64 form of private",
            "2002:7f00:1::1            | 6to4 form of loopback",
            "2002:c0a8:101::           | 6to4 form of private",
            "2002:a9fe:a9fe::1         | 6to4 form of cloud metadata",
            "4000::1                   | not a global unicast",
            "::ffff:0:7f00:1           | not a global unicast",
    })
    void forbiddenIpv6RangesAreRefusedWithTheirReason(String literal, String reason) throws UnknownHostException {
        assertThat(ForbiddenAddresses.reasonFor(InetAddress.getByName(literal))).hasValueSatisfying(
                actual -> assertThat(actual).contains(reason));
    }

    @ParameterizedTest(name = "::ffff:{0} is forbidden: {1}")
    @CsvSource(delimiter = '|', value = {
            "127.0.0.1        | IPv4-mapped form of loopback",
            "10.1.2.3         | IPv4-mapped form of private",
            "169.254.169.254  | IPv4-mapped form of cloud metadata",
            "100.64.0.1       | IPv4-mapped form of carrier-grade NAT",
            "0.0.0.0          | IPv4-mapped form of unspecified",
    })
    void ipv4MappedAddressesAreJudgedByTheIpv4Inside(String ipv4, String reason) throws UnknownHostException {
        // Java's parser turns "::ffff:a.b.c.d" into an Inet4Address; a resolver may hand over the raw IPv6 form.
        InetAddress raw = ipv4Mapped(ipv4);
        InetAddress parsed = InetAddress.getByName("::ffff:" + ipv4);

        assertThat(raw).isInstanceOf(Inet6Address.class);
        assertThat(ForbiddenAddresses.reasonFor(raw)).hasValueSatisfying(
                actual -> assertThat(actual).startsWith(reason));
        assertThat(ForbiddenAddresses.reasonFor(parsed)).isPresent();
    }

    @ParameterizedTest(name = "::ffff:{0} is allowed")
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8"})
    void ipv4MappedPublicAddressesAreAllowed(String ipv4) throws UnknownHostException {
        assertThat(ForbiddenAddresses.reasonFor(ipv4Mapped(ipv4))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is forbidden")
    @ValueSource(strings = {"fe80::1%1", "fe80::abcd:1234%2"})
    void scopedLinkLocalAddressesAreForbidden(String literal) throws UnknownHostException {
        assertThat(ForbiddenAddresses.reasonFor(InetAddress.getByName(literal))).hasValue("link-local");
    }

    private static InetAddress ipv4Mapped(String ipv4) throws UnknownHostException {
        byte[] v4 = InetAddress.getByName(ipv4).getAddress();
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xFF;
        v6[11] = (byte) 0xFF;
        System.arraycopy(v4, 0, v6, 12, 4);
        return Inet6Address.getByAddress(null, v6, -1);
    }
}
