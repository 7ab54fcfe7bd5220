package nl.gemeente.participatie.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A collection in batches, for queries that take many ids at once ({@code where id in (:ids)}):
 * PostgreSQL takes at most 65,535 parameters in one statement, and one query per batch of a
 * thousand is still far from one query per id.
 */
public final class Batches {

  public static final int SIZE = 1000;

  private Batches() {}

  public static <T> List<List<T>> of(Collection<T> items) {
    List<T> distinct = items.stream().distinct().toList();
    List<List<T>> batches = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += SIZE) {
      batches.add(distinct.subList(from, Math.min(distinct.size(), from + SIZE)));
    }
    return batches;
  }
}
