package org.attache.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' DNS (a JDK resolver service, registered in {@code META-INF/services}): names under
 * {@code .attache.test} answer fixed addresses, so a test can make a host NAME point at loopback or a
 * private network without touching the machine's DNS or the internet; every other name goes to the JDK's
 * own resolver.
 */
public final class TestResolverProvider extends InetAddressResolverProvider {
  /** The test names and their answers, in order. */
  static final Map<String, List<String>> NAMES = Map.of(
      "intranet.attache.test", List.of("127.0.0.1"),
      "private.attache.test", List.of("10.20.30.40"),
      "mixed.attache.test", List.of("93.184.215.14", "127.0.0.1"),
      "v6loop.attache.test", List.of("::1"),
      "mapped.attache.test", List.of("::ffff:127.0.0.1"),
      "nat64.attache.test", List.of("64:ff9b::7f00:1"),
      "sixtofour.attache.test", List.of("2002:a14:1e28::1"),
      "metadata.attache.test", List.of("169.254.169.254"));

  private static final java.util.concurrent.atomic.AtomicInteger REBINDS = new java.util.concurrent.atomic.AtomicInteger();
  private static final Map<String, java.util.concurrent.atomic.AtomicInteger> LOOKUPS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A fresh name that answers 203.0.113.10 (public) the first time it is asked, then 127.0.0.1. */
  static String rebindingName() {
    return "rebind-" + REBINDS.incrementAndGet() + ".attache.test";
  }

  /** How often {@code name} was asked for. */
  static int lookups(String name) {
    java.util.concurrent.atomic.AtomicInteger n = LOOKUPS.get(name);
    return n == null ? 0 : n.get();
  }

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        String key = host.toLowerCase(java.util.Locale.ROOT);
        List<String> answers = NAMES.get(key);
        if (key.matches("rebind-\\d+\\.attache\\.test")) {
          int n = LOOKUPS.computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
          answers = List.of(n == 1 ? "203.0.113.10" : "127.0.0.1");
        }
        if (answers == null) {
          return builtin.lookupByName(host, policy);
        }
        InetAddress[] out = new InetAddress[answers.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = InetAddress.getByAddress(host, InetAddress.getByName(answers.get(i)).getAddress());
        }
        return Stream.of(out);
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "attache-test-names";
  }
}
