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

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        List<String> answers = NAMES.get(host.toLowerCase(java.util.Locale.ROOT));
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
