package org.attache.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * The SSRF guard: tells addresses a fetch must not reach by default, those of the machine and its
 * private networks. Stateless.
 */
final class AddressGuard {
  private AddressGuard() {}

  /**
   * Why {@code host} must not be fetched: it resolves to a loopback, private, link-local, carrier-grade
   * NAT, unspecified, multicast or other reserved address (checked for every address it resolves to);
   * null when all are public.
   *
   * @throws UnknownHostException when it does not resolve
   */
  static @Nullable String refusal(String host) throws UnknownHostException {
    for (InetAddress a : InetAddress.getAllByName(host)) {
      String why = reserved(a);
      if (why != null) {
        return host + " resolves to " + a.getHostAddress() + ", a " + why + " address";
      }
    }
    return null;
  }

  static @Nullable String reserved(InetAddress a) {
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "private";
    }
    if (a.isMulticastAddress()) {
      return "multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) {
        return "private (unique local)";
      }
      return null;
    }
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    if (b0 == 0) {
      return "reserved (0.0.0.0/8)";
    }
    if (b0 == 100 && b1 >= 64 && b1 < 128) {
      return "private (carrier-grade NAT)";
    }
    if (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) {
      return "reserved (192.0.0.0/24)";
    }
    if (b0 == 198 && (b1 == 18 || b1 == 19)) {
      return "reserved (benchmarking)";
    }
    if (b0 >= 240) {
      return "reserved (240.0.0.0/4)";
    }
    return null;
  }
}
