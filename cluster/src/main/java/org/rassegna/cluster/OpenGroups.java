package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.vector.SparseVector;

/**
 * The open groups of one level (events, or storylines): each a centroid (the sum of its members'
 * vectors), indexed by term so that a new vector is scored only against the groups it shares a term
 * with. A group closes (goes dormant) when it has been silent longer than the window: in members
 * added to the level since its latest one, or, for a group whose members carry a time, in time; or
 * when more than {@code maxOpen} groups are open (the one silent the longest first). A closed group
 * leaves the index and is handed to {@code onClose}. So the cost of scoring a vector depends on the
 * open groups only, never on how many articles came before.
 *
 * @param <M> what a member is (an article, a story)
 */
final class OpenGroups<M> {

  /**
   * Below this many open groups no lookup term counts as common (see {@link
   * #candidates(SparseVector, int)}).
   */
  private static final int COMMON_FLOOR = 50;

  /** Marks an unknown time. */
  static final long NO_TIME = Long.MIN_VALUE;

  /**
   * One group: its centroid, members and the time of its latest member. The centroid's weights are
   * {@link Weight}s that the term's posting holds too, so that scoring reads a weight from the
   * posting rather than looking it up in the group's map.
   */
  static final class Group<M> {
    final int seq;
    final Map<String, Weight> sum = new HashMap<>();
    final List<M> members = new ArrayList<>();
    double squaredNorm;
    long lastMs = NO_TIME;
    long lastAdd;

    /** A factor the owner may keep on the group's score (the size prior); 1 by default. */
    double prior = 1;

    // scratch for scoring one vector without a map: the dot so far, and which query it is for
    private double dot;
    private long query = -1;

    Group(int seq) {
      this.seq = seq;
    }

    /** The cosine of {@code v} (unit length) with this group's centroid, from their dot product. */
    double cosine(double dot) {
      return squaredNorm > 0 ? dot / Math.sqrt(squaredNorm) : 0;
    }

    /**
     * The centroid as a map of weights, sized as {@code new HashMap<>(sum)} would be so that it
     * iterates in the same order as a copy of the group's map (a restored group sums its squared
     * norm in the order of its map).
     */
    Map<String, Double> weights() {
      Map<String, Double> out = new HashMap<>((int) (sum.size() / 0.75f + 1.0f));
      sum.forEach((t, w) -> out.put(t, w.value));
      return out;
    }

    private void sumSquares() {
      squaredNorm = sum.values().stream().mapToDouble(w -> w.value * w.value).sum();
    }

    @Override
    public int hashCode() {
      return seq; // deterministic, unlike the identity hash
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return this == o;
    }
  }

  /** A term's weight in a group's centroid, held by the group and by the term's posting. */
  static final class Weight {
    final Group<?> group;
    double value;

    /** The posting that holds it (null: none, not posted) and where. */
    private @Nullable Posting posting;

    private int slot;

    Weight(Group<?> group, double value) {
      this.group = group;
      this.value = value;
    }
  }

  /**
   * The weights of one term, one per open group that has it, in no particular order (a query sorts
   * the groups it finds): an array, so that a query reads it without hashing and a weight leaves it
   * by its slot.
   */
  private static final class Posting {
    private Weight[] weights = new Weight[2];
    private int size;

    void add(Weight w) {
      if (size == weights.length) {
        weights = Arrays.copyOf(weights, 2 * size);
      }
      w.posting = this;
      w.slot = size;
      weights[size++] = w;
    }

    /** Takes {@code w} out, moving the last weight into its slot. */
    void remove(Weight w) {
      Weight last = weights[--size];
      weights[w.slot] = last;
      last.slot = w.slot;
      w.posting = null;
      weights[size] = null;
    }
  }

  /** A group and the dot product of a vector with its centroid. */
  record Candidate<M>(Group<M> group, double dot) {}

  private final long windowMs;
  private final long windowAdds;
  private final int maxOpen;
  private final int maxTerms;
  private final Consumer<Group<M>> onClose;
  private final Map<String, Posting> postings = new HashMap<>();
  private final LinkedHashSet<Group<M>> byRecency = new LinkedHashSet<>();
  private final Set<Group<M>> changed = new LinkedHashSet<>();
  private final List<Integer> closed = new ArrayList<>();
  private int created;
  private long queries;
  private long adds;
  private @Nullable Trial<M> trial;

  OpenGroups(
      long windowMs, long windowAdds, int maxOpen, int maxTerms, Consumer<Group<M>> onClose) {
    this.windowMs = windowMs;
    this.windowAdds = windowAdds;
    this.maxOpen = maxOpen;
    this.maxTerms = maxTerms;
    this.onClose = onClose;
  }

  /** The open groups sharing a term with {@code v}, with their dot product, in creation order. */
  List<Candidate<M>> candidates(SparseVector v) {
    settle();
    long query = ++queries;
    List<Group<M>> touched = new ArrayList<>();
    v.forEach(
        (term, x) -> {
          Posting posting = postings.get(term);
          if (posting != null) {
            for (int i = 0; i < posting.size; i++) {
              Weight w = posting.weights[i];
              Group<M> g = group(w);
              if (g.query != query) {
                g.query = query;
                g.dot = 0;
                touched.add(g);
              }
              g.dot += x * w.value;
            }
          }
        });
    touched.sort(Comparator.comparingInt(g -> g.seq));
    List<Candidate<M>> out = new ArrayList<>(touched.size());
    touched.forEach(g -> out.add(new Candidate<>(g, g.dot)));
    return out;
  }

  /**
   * The open groups sharing one of the {@code lookupTerms} heaviest terms of {@code v}, with their
   * dot product with the whole of {@code v}, in creation order. For long vectors (an event's
   * centroid): a lookup term found in more than a tenth of the open groups (and more than 50) is
   * passed over, as a common word that points to no group in particular; without this, the common
   * words among an event's heaviest terms reached nearly every open storyline.
   */
  List<Candidate<M>> candidates(SparseVector v, int lookupTerms) {
    if (v.size() <= lookupTerms) {
      return candidates(v);
    }
    settle();
    long query = ++queries;
    List<Group<M>> touched = new ArrayList<>();
    int common = Math.max(COMMON_FLOOR, byRecency.size() / 10);
    v.heaviest(lookupTerms)
        .forEach(
            (term, x) -> {
              Posting posting = postings.get(term);
              if (posting == null || posting.size > common) {
                return; // a term in a tenth of the open groups points to none of them
              }
              for (int i = 0; i < posting.size; i++) {
                Group<M> g = group(posting.weights[i]);
                if (g.query != query) {
                  g.query = query;
                  touched.add(g);
                }
              }
            });
    touched.sort(Comparator.comparingInt(g -> g.seq));
    List<Candidate<M>> out = new ArrayList<>(touched.size());
    touched.forEach(g -> out.add(new Candidate<>(g, dot(v, g))));
    return out;
  }

  /** The group of one of this level's weights. */
  @SuppressWarnings("unchecked")
  private Group<M> group(Weight w) {
    return (Group<M>) w.group;
  }

  /** {@code v}'s dot product with {@code g}'s centroid, summed in {@code v}'s term order. */
  private static double dot(SparseVector v, Group<?> g) {
    double[] sum = {0};
    v.forEach(
        (term, x) -> {
          Weight w = g.sum.get(term);
          if (w != null) {
            sum[0] += x * w.value;
          }
        });
    return sum[0];
  }

  /** A new, empty open group. */
  Group<M> open() {
    Group<M> g = new Group<>(created++);
    byRecency.add(g);
    if (trial != null) {
      trial.touched.add(g);
    }
    return g;
  }

  /** Adds {@code member} with vector {@code v} at time {@code ms} ({@link #NO_TIME} if unknown). */
  void add(Group<M> g, M member, SparseVector v, long ms) {
    if (trial != null && g.seq < trial.created && !trial.saved.containsKey(g)) {
      trial.saved.put(g, new Saved(g));
      trial.touched.add(g);
    }
    g.members.add(member);
    g.lastAdd = ++adds;
    // the new terms are posted once the centroid is cut to its heaviest, so that the many a long
    // vector brings only to be dropped again are never posted
    List<String> fresh = new ArrayList<>();
    v.forEach(
        (t, x) -> {
          Weight w = g.sum.get(t);
          if (w != null) {
            w.value += x;
          } else {
            w = new Weight(g, x);
            g.sum.put(t, w);
            fresh.add(t);
          }
        });
    if (g.sum.size() > 2 * maxTerms) {
      keepHeaviest(g);
    }
    for (String t : fresh) {
      Weight w = g.sum.get(t);
      if (w != null) {
        post(t, w);
      }
    }
    g.sumSquares();
    if (ms != NO_TIME) {
      g.lastMs = Math.max(g.lastMs, ms);
    }
    byRecency.remove(g);
    byRecency.add(g);
    changed.add(g);
  }

  /** Drops all but the {@code maxTerms} heaviest terms (ties by term) from the centroid. */
  private void keepHeaviest(Group<M> g) {
    // the weights alone are sorted (no boxing, no comparator): the lightest one kept is the cut;
    // of the terms that weigh exactly that, the first by term fill the places left
    double[] values = new double[g.sum.size()];
    int i = 0;
    for (Weight w : g.sum.values()) {
      values[i++] = w.value;
    }
    Arrays.sort(values);
    double cut = values[values.length - maxTerms];
    int heavier = 0;
    List<String> atCut = new ArrayList<>();
    for (Map.Entry<String, Weight> e : g.sum.entrySet()) {
      int c = Double.compare(e.getValue().value, cut);
      if (c > 0) {
        heavier++;
      } else if (c == 0) {
        atCut.add(e.getKey());
      }
    }
    atCut.sort(Comparator.naturalOrder());
    Set<String> keptAtCut = new HashSet<>(atCut.subList(0, maxTerms - heavier));
    Iterator<Map.Entry<String, Weight>> terms = g.sum.entrySet().iterator();
    while (terms.hasNext()) {
      Map.Entry<String, Weight> e = terms.next();
      int c = Double.compare(e.getValue().value, cut);
      if (c < 0 || c == 0 && !keptAtCut.contains(e.getKey())) {
        terms.remove();
        if (e.getValue().posting != null) { // not a term the add brought (see add)
          unpost(e.getKey(), e.getValue());
        }
      }
    }
  }

  private void post(String term, Weight w) {
    postings.computeIfAbsent(term, k -> new Posting()).add(w);
  }

  private void unpost(String term, Weight w) {
    Posting posting = w.posting;
    posting.remove(w);
    if (posting.size == 0) {
      postings.remove(term);
    }
  }

  /** Takes all of {@code g}'s terms out of the postings. */
  private void unpostAll(Group<M> g) {
    g.sum.forEach(this::unpost);
  }

  /** Puts all of {@code g}'s terms into the postings. */
  private void postAll(Group<M> g) {
    g.sum.forEach(this::post);
  }

  /**
   * Closes the groups silent for the window in adds, or, when they have a time, for longer than the
   * window at {@code nowMs}, and any beyond the cap. The window in adds holds for dated groups too:
   * the stream's own pace says when a group is done, where a day's clock lets the groups of a busy
   * day stay open together and the largest draw the others' articles.
   */
  void expire(long nowMs) {
    Iterator<Group<M>> oldest = byRecency.iterator();
    while (oldest.hasNext()) {
      Group<M> g = oldest.next();
      boolean silent =
          adds - g.lastAdd >= windowAdds
              || g.lastMs != NO_TIME && nowMs != NO_TIME && nowMs - g.lastMs > windowMs;
      if (!silent && byRecency.size() <= maxOpen) {
        return;
      }
      oldest.remove();
      close(g, false);
    }
  }

  /** How many groups are open. */
  int size() {
    return byRecency.size();
  }

  /**
   * Closes every open group, the one silent the longest first. In a {@link #trial} the groups keep
   * their postings (no query reads them before the {@link #rollback} puts them back, or {@link
   * #settle} takes them out), so that a trial of closing them all does not take every open group's
   * terms out of the index and put them back.
   */
  void closeAll() {
    List<Group<M>> all = new ArrayList<>(byRecency);
    byRecency.clear();
    all.forEach(g -> close(g, true));
  }

  /** Closes {@code g}; in a trial, with {@code keepPosted}, its terms stay in the index. */
  private void close(Group<M> g, boolean keepPosted) {
    changed.remove(g);
    closed.add(g.seq);
    Trial<M> t = trial;
    if (keepPosted && t != null) {
      t.posted.add(g);
    } else {
      unpostAll(g);
    }
    onClose.accept(g);
  }

  /** Takes the groups a trial's {@link #closeAll} closed out of the index, before a query. */
  private void settle() {
    if (trial != null && !trial.posted.isEmpty()) {
      trial.posted.forEach(this::unpostAll);
      trial.posted.clear();
    }
  }

  /**
   * Starts a trial: what the level does until {@link #rollback} (groups opened, members added,
   * groups closed) is then undone. For a snapshot of what closing would give, at the cost of the
   * groups it touches, not of a copy of the level.
   */
  void trial() {
    if (trial != null) {
      throw new IllegalStateException("a trial is on");
    }
    trial = new Trial<>(this);
  }

  /** Whether a {@link #trial} is on. */
  boolean inTrial() {
    return trial != null;
  }

  /** The groups that took a member or were opened in the trial, in the order they first did. */
  List<Group<M>> touchedInTrial() {
    return trial == null ? List.of() : List.copyOf(trial.touched);
  }

  /** Puts the level back as it was when the {@link #trial} began. */
  void rollback() {
    Trial<M> t = trial;
    if (t == null) {
      throw new IllegalStateException("no trial");
    }
    trial = null;
    // the groups the trial made leave the index; the ones it changed get back their weights (in
    // the index, only the terms the trial changed are posted again); the ones it closed, their
    // postings (unless closeAll kept them)
    for (Group<M> g : byRecency) {
      if (g.seq >= t.created) {
        unpostAll(g);
      }
    }
    for (Group<M> g : t.posted) {
      if (g.seq >= t.created) {
        unpostAll(g);
      }
    }
    t.saved.forEach(
        (g, saved) -> {
          if (byRecency.contains(g) || t.posted.contains(g)) {
            saved.restore(g, this);
          } else {
            saved.restore(g, null);
            postAll(g);
          }
        });
    for (Group<M> g : t.order) {
      if (!byRecency.contains(g) && !t.posted.contains(g) && !t.saved.containsKey(g)) {
        postAll(g);
      }
    }
    byRecency.clear();
    byRecency.addAll(t.order);
    changed.clear();
    changed.addAll(t.changed);
    closed.subList(t.closed, closed.size()).clear();
    created = t.created;
    adds = t.adds;
  }

  /** The level as a trial found it, and the groups of then that it changed. */
  private static final class Trial<M> {
    final int created;
    final long adds;
    final int closed;
    final List<Group<M>> order;
    final List<Group<M>> changed;
    final Map<Group<M>, Saved> saved = new HashMap<>();
    final Set<Group<M>> touched = new LinkedHashSet<>();

    /** The groups {@link #closeAll} closed that are still in the index. */
    final Set<Group<M>> posted = new HashSet<>();

    Trial(OpenGroups<M> level) {
      created = level.created;
      adds = level.adds;
      closed = level.closed.size();
      order = new ArrayList<>(level.byRecency);
      changed = new ArrayList<>(level.changed);
    }
  }

  /**
   * A group's fields before a trial added to it: its map of weights then, with the same weight
   * objects (the ones in the index) and their values then.
   */
  private static final class Saved {
    final Map<String, Weight> sum;
    final double[] values;
    final int members;
    final double squaredNorm;
    final long lastMs;
    final long lastAdd;
    final double prior;

    Saved(Group<?> g) {
      sum = new HashMap<>(g.sum);
      values = new double[sum.size()];
      int i = 0;
      for (Weight w : sum.values()) {
        values[i++] = w.value;
      }
      members = g.members.size();
      squaredNorm = g.squaredNorm;
      lastMs = g.lastMs;
      lastAdd = g.lastAdd;
      prior = g.prior;
    }

    /**
     * Puts {@code g} back; if it is in the {@code index}, the terms the trial added or dropped are
     * taken out of it or posted again there (null: it is not in the index).
     */
    void restore(Group<?> g, @Nullable OpenGroups<?> index) {
      if (index != null) {
        g.sum.forEach(
            (t, w) -> {
              if (sum.get(t) != w) {
                index.unpost(t, w);
              }
            });
        sum.forEach(
            (t, w) -> {
              if (g.sum.get(t) != w) {
                index.post(t, w);
              }
            });
      }
      int i = 0;
      for (Weight w : sum.values()) {
        w.value = values[i++];
      }
      g.sum.clear();
      g.sum.putAll(sum);
      g.members.subList(members, g.members.size()).clear();
      g.squaredNorm = squaredNorm;
      g.lastMs = lastMs;
      g.lastAdd = lastAdd;
      g.prior = prior;
    }
  }

  /** The open groups and counters, with each member written by {@code member}. */
  <S> SessionState.Level<S> state(Function<M, S> member) {
    return level(byRecency, member);
  }

  /**
   * What changed since the last call: the counters, the open groups that took a member (in the
   * order they first did), and the numbers of the groups closed since (which may include groups
   * opened since).
   */
  <S> Changes<S> drain(Function<M, S> member) {
    Changes<S> out = new Changes<>(level(changed, member), List.copyOf(closed));
    changed.clear();
    closed.clear();
    return out;
  }

  /** What {@link #drain} returns. */
  record Changes<S>(SessionState.Level<S> changed, List<Integer> closed) {}

  private <S> SessionState.Level<S> level(Collection<Group<M>> groups, Function<M, S> member) {
    List<SessionState.Group<S>> open = new ArrayList<>(groups.size());
    for (Group<M> g : groups) {
      open.add(
          new SessionState.Group<>(
              g.seq,
              g.weights(),
              g.squaredNorm,
              g.lastMs,
              g.lastAdd,
              g.prior,
              g.members.stream().map(member).toList()));
    }
    return new SessionState.Level<>(created, adds, open);
  }

  /** Reopens the groups of a {@link #state}, each member read by {@code member}; empty before. */
  <S> void restore(SessionState.Level<S> state, Function<S, M> member) {
    if (created != 0 || !byRecency.isEmpty()) {
      throw new IllegalStateException("restore into a used level");
    }
    created = state.created();
    adds = state.adds();
    for (SessionState.Group<S> s : state.open()) {
      Group<M> g = new Group<>(s.seq());
      Map<String, Weight> sum = new LinkedHashMap<>();
      s.sum().forEach((t, x) -> sum.put(t, new Weight(g, x)));
      g.sum.putAll(sum); // presized by putAll, as the map of a group restored has always been
      postAll(g);
      s.members().forEach(m -> g.members.add(member.apply(m)));
      g.squaredNorm = s.squaredNorm();
      g.lastMs = s.lastMs();
      g.lastAdd = s.lastAdd();
      g.prior = s.prior();
      byRecency.add(g);
    }
  }
}
