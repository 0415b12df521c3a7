package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The second pass over a closed event: splits it where its members form groups that share no
 * specific content (see {@link SpecificContent}), since shared vocabulary alone may join two events
 * of one kind (two calls between the same presidents).
 *
 * <p>Two members are linked when they share at least {@code minShared} specific keys; the groups
 * are the connected parts of that graph. Only bodies of text (members for which {@code isBody}
 * holds) can stand as a group of their own: a title has too few words to share specific content
 * even with reports of its own event, so a member that is not a body goes with the group it shares
 * most keys with (ties, and none: the largest, then the first). Events above {@value #MAX_MEMBERS}
 * members are left whole, so that the pass stays cheap; events that large are not two reports of
 * one call.
 *
 * <p>On the seeds without dates, the four reports of 12 February share 4 to 17 keys pairwise
 * (quotation words such as "informarlo della conversazione, cosa", names such as Ratcliffe,
 * Witkoff, Peskov, Truth), the 18 March report at most 1 with any of them (Waltz): two groups.
 */
final class EventSplitter {

  static final int MAX_MEMBERS = 500;

  private final int minShared;

  /** {@code minShared} 0 turns the pass off. */
  EventSplitter(int minShared) {
    this.minShared = minShared;
  }

  /**
   * The groups of {@code members}, the largest first (ties: the one whose first member comes
   * first), each in the members' order; one group when there is nothing to split. {@code shared}
   * counts their shared keys, as they joined (an open event is split at each {@code pending()}
   * trial while it grows).
   */
  <M> List<List<M>> split(List<M> members, Shared shared, Predicate<M> isBody) {
    int n = members.size();
    if (minShared == 0 || n < 2 || n > MAX_MEMBERS) {
      return List.of(members);
    }
    if (shared.size() != n) {
      throw new IllegalArgumentException("shared keys of " + shared.size() + " members, not " + n);
    }
    int[] part = new int[n];
    Arrays.fill(part, -1);
    int parts = 0;
    for (int i = 0; i < n; i++) {
      if (part[i] < 0 && isBody.test(members.get(i))) {
        spread(i, parts++, part, shared, members, isBody);
      }
    }
    if (parts < 2) {
      return List.of(members);
    }
    int[] size = new int[parts];
    for (int i = 0; i < n; i++) {
      if (part[i] >= 0) {
        size[part[i]]++;
      }
    }
    for (int i = 0; i < n; i++) {
      if (part[i] < 0) {
        part[i] = closest(i, part, shared, size);
      }
    }
    List<List<M>> groups = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      groups.get(part[i]).add(members.get(i));
    }
    groups.sort(Comparator.comparingInt((List<M> g) -> -g.size()));
    return groups;
  }

  /** Marks every body reachable from {@code start} through links as part {@code p}. */
  private <M> void spread(
      int start, int p, int[] part, Shared shared, List<M> members, Predicate<M> isBody) {
    List<Integer> stack = new ArrayList<>(List.of(start));
    part[start] = p;
    while (!stack.isEmpty()) {
      int i = stack.remove(stack.size() - 1);
      for (int j = 0; j < part.length; j++) {
        if (part[j] < 0 && shared.of(i, j) >= minShared && isBody.test(members.get(j))) {
          part[j] = p;
          stack.add(j);
        }
      }
    }
  }

  /** The part a title goes with: the most shared keys, then the largest part, then the first. */
  private static int closest(int i, int[] part, Shared shared, int[] size) {
    int[] keys = new int[size.length];
    for (int j = 0; j < part.length; j++) {
      if (part[j] >= 0) {
        keys[part[j]] += shared.of(i, j);
      }
    }
    int best = 0;
    for (int p = 1; p < size.length; p++) {
      if (keys[p] > keys[best] || keys[p] == keys[best] && size[p] > size[best]) {
        best = p;
      }
    }
    return best;
  }

  /**
   * How many specific keys each two members of an event share, counted as each member joins (its
   * keys against those of the members before it); past {@value #MAX_MEMBERS} members, when no split
   * is tried, it stops counting.
   */
  static final class Shared {
    private final Map<String, List<Integer>> holders = new HashMap<>();
    private final List<int[]> rows = new ArrayList<>(); // row i: with members 0 .. i-1

    /** Counts the next member, whose keys these are. */
    void add(Set<String> keys) {
      int i = rows.size();
      if (i >= MAX_MEMBERS) {
        holders.clear();
        rows.add(null);
        return;
      }
      int[] row = new int[i];
      for (String k : keys) {
        List<Integer> with = holders.computeIfAbsent(k, x -> new ArrayList<>());
        for (int j : with) {
          row[j]++;
        }
        with.add(i);
      }
      rows.add(row);
    }

    /** How many members it has counted. */
    int size() {
      return rows.size();
    }

    /** The keys members {@code i} and {@code j} share. */
    int of(int i, int j) {
      return i == j ? 0 : i > j ? rows.get(i)[j] : rows.get(j)[i];
    }
  }
}
