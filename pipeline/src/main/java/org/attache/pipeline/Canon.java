package org.attache.pipeline;

import java.util.List;
import org.attache.geo.Gazetteer;
import org.attache.merge.Places;
import org.attache.merge.View;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.CanonicalEvent;
import org.attache.store.EventQuery;
import org.attache.store.Store;

/**
 * The canonical view of a store, as {@link org.attache.canon.Canon} (module {@code canon}) computes it; kept here
 * so that the pipeline's callers need not know that module. Each method delegates.
 */
public final class Canon {
  private Canon() {}

  /** See {@link org.attache.canon.Canon#places}. */
  public static Places places(Gazetteer gazetteer) {
    return org.attache.canon.Canon.places(gazetteer);
  }

  /** See {@link org.attache.canon.Canon#build}. */
  public static View build(Store store, Places places) {
    return org.attache.canon.Canon.build(store, places);
  }

  /** See {@link org.attache.canon.Canon#refresh}. */
  public static View refresh(Store store, Places places) {
    return org.attache.canon.Canon.refresh(store, places);
  }

  /** See {@link org.attache.canon.Canon#whyApart}. */
  public static String whyApart(Store store, Places places, String eventA, String eventB) {
    return org.attache.canon.Canon.whyApart(store, places, eventA, eventB);
  }

  /** See {@link org.attache.canon.Canon#fingerprint}. */
  public static ArticleFingerprint fingerprint(Article a) {
    return org.attache.canon.Canon.fingerprint(a);
  }

  /** See {@link org.attache.canon.Canon#select}. */
  public static List<CanonicalEvent> select(View view, EventQuery q, boolean withRejected) {
    return org.attache.canon.Canon.select(view, q, withRejected);
  }
}
