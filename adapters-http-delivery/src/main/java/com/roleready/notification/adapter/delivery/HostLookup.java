package com.roleready.notification.adapter.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to all of its addresses. A seam so tests can play a DNS that lies. */
@FunctionalInterface
public interface HostLookup {

    HostLookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] addressesOf(String host) throws UnknownHostException;
}
