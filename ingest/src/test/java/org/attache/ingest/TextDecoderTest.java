package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void countsTheFirstBadByteFromTheStartOfTheInputIncludingABom() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0x80, 'b', (byte) 0x80};

    TextDecoder.Decoded d = TextDecoder.decode(bytes);

    assertThat(d.text()).isEqualTo("a\uFFFDb\uFFFD");
    assertThat(d.replaced()).isEqualTo(2);
    assertThat(d.firstBadByte()).isEqualTo(4);
  }

  @Test
  void keepsEmojiAndRightToLeftTextIntact() {
    String text = "Talks \uD83E\uDD1D \u0645\u062D\u0627\u062F\u062B\u0627\u062A";

    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(UTF_8));

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.replaced()).isZero();
    assertThat(d.firstBadByte()).isEqualTo(-1);
  }

  @Test
  void decodesRandomBytesExactlyAsTheJdkReplacesThem() {
    Random random = new Random(42);
    for (int n = 0; n < 200; n++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      if (TextDecoder.hasUtf16Bom(bytes) || (bytes.length >= 3 && bytes[0] == (byte) 0xEF)) {
        continue;
      }
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      assertThat(d.text()).isEqualTo(new String(bytes, UTF_8));
      assertThat(d.replaced() > 0).isEqualTo(d.text().contains("\uFFFD"));
    }
  }
}
