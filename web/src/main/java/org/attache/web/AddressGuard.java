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
  /** The NAT64 well-known prefix 64:ff9b::/96. */
  private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

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
      // IPv6 forms that carry an IPv4 address a router may reach: IPv4-compatible (::a.b.c.d), NAT64
      // (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::); IPv4-mapped ones Java already gives as IPv4.
      int v4At = -1;
      if (java.util.Arrays.equals(b, 0, 12, new byte[12], 0, 12)) {
        v4At = 12;
      } else if (java.util.Arrays.equals(b, 0, 12, NAT64, 0, 12)) {
        v4At = 12;
      } else if (b[0] == 0x20 && b[1] == 0x02) {
        v4At = 2;
      }
      if (v4At >= 0) {
        try {
          InetAddress v4 = InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, v4At, v4At + 4));
          String why = reserved(v4);
          return why == null ? null : why + " (IPv4 " + v4.getHostAddress() + " inside an IPv6 address)";
        } catch (UnknownHostException e) {
          throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
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
