package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void defaultsToLoopbackPort7070() {
    assertThat(ServerConfig.defaults()).isEqualTo(new ServerConfig("127.0.0.1", 7070));
  }

  @Test
  void refusesPortsOutOfRangeAndBlankHostsNamingTheValue() {
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 70000)).hasMessageContaining("port 70000");
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", -1)).hasMessageContaining("port -1");
    assertThatThrownBy(() -> new ServerConfig(" ", 80)).hasMessageContaining("host ' '");
  }
}
