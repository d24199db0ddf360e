package org.attache.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a text. The seam where another detector (Lingua, a service) plugs in;
 * {@link #openNlp()} is the default. Implementations are thread-safe.
 */
public interface LanguageDetector {
  /**
   * A detected language.
   *
   * @param language ISO 639-1 code where one exists ({@code en}, {@code ru}, {@code be}), else ISO 639-3
   * @param confidence the detector's confidence, 0..1
   */
  record Detected(String language, double confidence) {}

  /** The language of {@code text}, or null when it is too short or the detector is unsure. */
  @Nullable Detected detect(String text);

  /** The OpenNLP language detector (103 languages, model {@code langdetect-183.bin}); loads in about a second. */
  static LanguageDetector openNlp() {
    return OpenNlp.load();
  }

  /** OpenNLP's detector; its model is thread-safe, the ME wrapper is made per call. */
  final class OpenNlp implements LanguageDetector {
    /** Texts shorter than this (in characters) are not judged. */
    static final int MIN_CHARS = 60;
    static final double MIN_CONFIDENCE = 0.5;
    private static final Map<String, String> ISO3_TO_1 = new HashMap<>();

    static {
      for (String two : Locale.getISOLanguages()) {
        try {
          ISO3_TO_1.put(Locale.of(two).getISO3Language(), two);
        } catch (RuntimeException e) {
          // no three-letter code
        }
      }
      ISO3_TO_1.put("cmn", "zh");
      ISO3_TO_1.put("pes", "fa");
      ISO3_TO_1.put("zsm", "ms");
      ISO3_TO_1.put("ekk", "et");
      ISO3_TO_1.put("lvs", "lv");
      ISO3_TO_1.put("nob", "no");
      ISO3_TO_1.put("azj", "az");
      ISO3_TO_1.put("uzn", "uz");
      ISO3_TO_1.put("swh", "sw");
      ISO3_TO_1.put("pnb", "pa");
    }

    private final LanguageDetectorModel model;

    private OpenNlp(LanguageDetectorModel model) {
      this.model = model;
    }

    static OpenNlp load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("langdetect-183.bin (opennlp-models-langdetect) is missing from the class path");
        }
        return new OpenNlp(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the OpenNLP language model", e);
      }
    }

    @Override
    public @Nullable Detected detect(String text) {
      String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
      if (sample.strip().length() < MIN_CHARS) {
        return null;
      }
      Language best = new LanguageDetectorME(model).predictLanguage(sample);
      if (best.getConfidence() < MIN_CONFIDENCE) {
        return null;
      }
      return new Detected(ISO3_TO_1.getOrDefault(best.getLang(), best.getLang()), best.getConfidence());
    }
  }
}
