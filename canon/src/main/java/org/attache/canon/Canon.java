package org.attache.canon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.geo.Gazetteer;
import org.attache.geo.Place;
import org.attache.merge.Copies;
import org.attache.merge.Merger;
import org.attache.merge.Places;
import org.attache.merge.Source;
import org.attache.merge.View;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.CanonicalEvent;
import org.attache.model.PartialDate;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The canonical view of a store: its articles' people and events merged across articles (see
 * {@link Merger}), with copies found from the stored fingerprints and the curators' corrections applied.
 *
 * <p>The view is a function of what the store holds, so it is computed when asked for; {@link #refresh}
 * also records its membership in the store, which turns ids that went out of use into aliases.
 */
public final class Canon {
  private Canon() {}

  /** Knows the gazetteer's cities, capitals and countries. */
  public static Places places(Gazetteer gazetteer) {
    return new Places() {
      @Override
      public @Nullable String cityCountry(String name) {
        return gazetteer.place(name).filter(p -> p.kind() == Place.Kind.CITY || p.kind() == Place.Kind.CAPITAL)
            .map(Place::countryAlpha3).orElse(null);
      }

      @Override
      public @Nullable String countryCode(String name) {
        return gazetteer.place(name).filter(p -> p.kind() == Place.Kind.COUNTRY).map(Place::countryAlpha3)
            .orElse(null);
      }
    };
  }

  /** Builds the canonical view of everything in {@code store}. */
  public static View build(Store store, Places places) {
    return build(store, places, PAGE);
  }

  /** {@link #build(Store, Places)}, reading {@code page} articles at a time. */
  static View build(Store store, Places places, int page) {
    return Merger.merge(sources(store, page), store.corrections(), store.canonicalAliases(), places);
  }

  /** Why two per-article events of the store were not merged (see {@link Merger#whyApart}). */
  public static String whyApart(Store store, Places places, String eventA, String eventB) {
    return Merger.whyApart(sources(store, PAGE), store.corrections(), store.canonicalAliases(), places, eventA, eventB);
  }

  /** How many articles are read from the store at a time while a view is built. */
  static final int PAGE = 5_000;

  /**
   * Every article of the store as the merger sees it, read page by page (so that the store serves other calls in
   * between, and a million articles' texts are never in memory at once), with its copies found from the stored
   * fingerprints or, for articles that have none, from their bodies.
   */
  private static List<Source> sources(Store store, int page) {
    List<Store.Extraction> extractions = new ArrayList<>();
    for (Store.Extraction x : pages(after -> store.extractions(after, page), Store.Extraction::articleId)) {
      extractions.add(x);
    }
    Map<String, @Nullable PartialDate> pubDates = new HashMap<>();
    for (Store.Extraction x : extractions) {
      pubDates.put(x.articleId(), x.pubDate());
    }
    Map<String, String> originals = copies(store, pubDates, page);
    List<Source> sources = new ArrayList<>(extractions.size());
    for (int i = 0; i < extractions.size(); i++) {
      Store.Extraction x = extractions.get(i);
      extractions.set(i, null); // what is merged is the sources now
      sources.add(new Source(x.articleId(), x.pubDate(), originals.get(x.articleId()), x.people(), x.events()));
    }
    return sources;
  }

  /** {@link Copies#originals} of every article, by its stored fingerprint or else its body. */
  private static Map<String, String> copies(Store store, Map<String, @Nullable PartialDate> pubDates, int page) {
    Copies.Finder finder = new Copies.Finder();
    for (ArticleFingerprint f : pages(after -> store.fingerprints(after, page), ArticleFingerprint::articleId)) {
      finder.add(f);
    }
    for (String after = ""; ; ) {
      List<Article> unprinted = store.articlesWithoutFingerprint(after, page);
      if (unprinted.isEmpty()) {
        break;
      }
      finder.add(unprinted.stream().map(Article::id).toList(),
          unprinted.stream().map(a -> a.text().substring(a.body().start(), a.body().end())).toList());
      after = unprinted.getLast().id();
    }
    return finder.originals(pubDates);
  }

  /** The items of pages read one after the other: {@code page} gives those after an id ("" for the first page). */
  private static <T> Iterable<T> pages(java.util.function.Function<String, List<T>> page,
      java.util.function.Function<T, String> id) {
    return () -> new java.util.Iterator<T>() {
      private List<T> current = page.apply("");
      private int next;

      @Override
      public boolean hasNext() {
        if (next == current.size() && !current.isEmpty()) {
          current = page.apply(id.apply(current.getLast()));
          next = 0;
        }
        return next < current.size();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return current.get(next++);
      }
    };
  }

  /** Builds the canonical view and records its membership in the store (see {@link Store#recordCanonicalMembership}). */
  public static View refresh(Store store, Places places) {
    View v = build(store, places);
    Map<String, String> members = new HashMap<>(v.eventIdOf());
    members.putAll(v.personIdOf());
    store.recordCanonicalMembership(members);
    return v;
  }

  /** The fingerprint of an article's body. */
  public static ArticleFingerprint fingerprint(Article a) {
    return Copies.fingerprint(a.id(), a.text().substring(a.body().start(), a.body().end()));
  }

  /**
   * The canonical events a query selects (its {@code articleId} condition: those with a source in that article),
   * in the view's order (by date, undated last); rejected ones only when {@code withRejected}.
   */
  public static List<CanonicalEvent> select(View view, EventQuery q, boolean withRejected) {
    List<CanonicalEvent> out = new ArrayList<>();
    for (CanonicalEvent e : view.events()) {
      if ((e.rejected() != null && !withRejected) || !matches(e, q)) {
        continue;
      }
      out.add(e);
      if (q.limit() > 0 && out.size() == q.limit()) {
        break;
      }
    }
    return out;
  }

  static boolean matches(CanonicalEvent e, EventQuery q) {
    if (q.country() != null && !e.actors().contains(q.country())) {
      return false;
    }
    if (q.pairA() != null && !(e.actors().contains(q.pairA()) && e.actors().contains(q.pairB()))) {
      return false;
    }
    if (q.type() != null && e.type() != q.type()) {
      return false;
    }
    if (q.status() != null && e.status() != q.status()) {
      return false;
    }
    if (q.articleId() != null && e.sources().stream().noneMatch(s -> s.articleId().equals(q.articleId()))) {
      return false;
    }
    if (q.since() != null || q.until() != null) {
      if (e.date() == null) {
        return false;
      }
      if (q.since() != null && e.date().firstDay().isBefore(q.since().firstDay())) {
        return false;
      }
      if (q.until() != null && e.date().firstDay().isAfter(q.until().lastDay())) {
        return false;
      }
    }
    return true;
  }

}
