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
    return Merger.merge(sources(store), store.corrections(), store.canonicalAliases(), places);
  }

  /** Why two per-article events of the store were not merged (see {@link Merger#whyApart}). */
  public static String whyApart(Store store, Places places, String eventA, String eventB) {
    return Merger.whyApart(sources(store), store.corrections(), store.canonicalAliases(), places, eventA, eventB);
  }

  /** How many articles without a stored fingerprint are fingerprinted at a time (on several threads). */
  private static final int BATCH = 4_096;

  /**
   * Every article of the store as the merger sees it, read in one pass over the store ({@link Store#readWhole}), with
   * its copies found from the stored fingerprints or, for articles that have none, from their bodies.
   */
  private static List<Source> sources(Store store) {
    List<Store.Extraction> extractions = new ArrayList<>();
    Map<String, String> originals = read(store, extractions);
    List<Source> sources = new ArrayList<>(extractions.size());
    for (int i = 0; i < extractions.size(); i++) {
      Store.Extraction x = extractions.get(i);
      extractions.set(i, null); // what is merged is the sources now
      sources.add(new Source(x.articleId(), x.pubDate(), originals.get(x.articleId()), x.people(), x.events()));
    }
    return sources;
  }

  /** Reads the store into {@code extractions}; returns {@link Copies#originals} of its articles. */
  private static Map<String, String> read(Store store, List<Store.Extraction> extractions) {
    Copies.Finder finder = new Copies.Finder();
    List<String> ids = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    store.readWhole(new Store.WholeReader() {
      @Override
      public void extraction(Store.Extraction x) {
        extractions.add(x);
      }

      @Override
      public void fingerprint(ArticleFingerprint f) {
        finder.add(f);
      }

      @Override
      public void unprinted(Article a) {
        ids.add(a.id());
        bodies.add(a.text().substring(a.body().start(), a.body().end()));
        if (ids.size() == BATCH) {
          finder.add(ids, bodies);
          ids.clear();
          bodies.clear();
        }
      }
    });
    finder.add(ids, bodies);
    Map<String, @Nullable PartialDate> pubDates = new HashMap<>();
    for (Store.Extraction x : extractions) {
      pubDates.put(x.articleId(), x.pubDate());
    }
    return finder.originals(pubDates);
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
