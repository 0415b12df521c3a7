package org.rassegna.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.rassegna.dedup.DedupConfig;
import org.rassegna.dedup.DedupEntry;
import org.rassegna.dedup.DedupParts;
import org.rassegna.model.SourceGroup;
import scala.Tuple2;

/**
 * Independent-source groups as {@link org.rassegna.dedup.MinHashDeduplicator} makes them, found by
 * joins instead of an incremental index. Each article comes with its place in publication order
 * (its index), since "earlier" decides two things: a group is named after its earliest article, and
 * a sentence is boilerplate in an article when more than {@code maxSentenceRepeats} earlier
 * articles' sentences have it. Three kinds of edges join articles:
 *
 * <ul>
 *   <li>exact duplicates: articles with words that hash alike, grouped by that hash;
 *   <li>near duplicates: pairs that share an LSH band key (a join on (band, key)), kept when their
 *       signatures agree at {@code threshold} or more;
 *   <li>copies: pairs that share sentence hashes (a join on the hash, each occurrence paired with
 *       the earlier ones unless it is boilerplate), kept when the aligned passages cover {@code
 *       copiedShare} of either article.
 * </ul>
 *
 * The edges, two ints each and about one per copy, go to the driver, where union-find makes the
 * connected components: a million articles with a copy each are 8 MB of edges.
 */
final class SparkDedup {

  private SparkDedup() {}

  /**
   * The groups of the articles whose entries {@code entries} holds, keyed by index; {@code ids}
   * gives each index's article id.
   */
  static List<SourceGroup> groups(
      JavaPairRDD<Integer, String> entries, List<String> ids, String configJson) {
    JavaRDD<long[]> edges =
        exactEdges(entries)
            .union(nearEdges(entries, configJson))
            .union(copyEdges(entries, configJson));
    return components(edges.collect(), ids);
  }

  private static JavaRDD<long[]> exactEdges(JavaPairRDD<Integer, String> entries) {
    return entries
        .flatMapToPair(
            e -> {
              DedupEntry d = Json.read(e._2(), DedupEntry.class);
              return d.words() > 0
                  ? List.of(new Tuple2<>(d.exact(), e._1())).iterator()
                  : List.<Tuple2<Long, Integer>>of().iterator();
            })
        .groupByKey()
        .flatMap(g -> star(g._2()).iterator());
  }

  private static JavaRDD<long[]> nearEdges(
      JavaPairRDD<Integer, String> entries, String configJson) {
    JavaPairRDD<Integer, int[]> signatures =
        entries
            .mapValues(json -> Json.read(json, DedupEntry.class).signature())
            .filter(e -> e._2().length > 0);
    JavaPairRDD<Integer, Integer> candidates =
        signatures
            .flatMapToPair(
                e -> {
                  int[] keys = parts(configJson).bandKeys(e._2());
                  List<Tuple2<Long, Integer>> out = new ArrayList<>(keys.length);
                  for (int b = 0; b < keys.length; b++) {
                    out.add(new Tuple2<>(((long) b << 32) | (keys[b] & 0xffffffffL), e._1()));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                bucket -> {
                  int[] members = sorted(bucket._2());
                  List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
                  for (int j = 1; j < members.length; j++) {
                    for (int i = 0; i < j; i++) {
                      pairs.add(new Tuple2<>(members[i], members[j]));
                    }
                  }
                  return pairs.iterator();
                })
            .distinct();
    return candidates
        .join(signatures)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
        .join(signatures)
        .filter(p -> parts(configJson).nearDuplicates(p._2()._1()._2(), p._2()._2()))
        .map(p -> new long[] {p._2()._1()._1(), p._1()});
  }

  private static JavaRDD<long[]> copyEdges(
      JavaPairRDD<Integer, String> entries, String configJson) {
    // (earlier, later) -> the (earlier's sentence, later's sentence) pairs of equal hash
    JavaPairRDD<Tuple2<Integer, Integer>, Iterable<long[]>> shared =
        entries
            .flatMapToPair(
                e -> {
                  DedupEntry d = Json.read(e._2(), DedupEntry.class);
                  int min = parts(configJson).config().minSentenceWords();
                  List<Tuple2<Long, long[]>> out = new ArrayList<>();
                  for (int s = 0; s < d.sentenceHashes().length; s++) {
                    if (d.sentenceWords()[s] >= min) {
                      out.add(new Tuple2<>(d.sentenceHashes()[s], new long[] {e._1(), s}));
                    }
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(
                g -> {
                  DedupConfig c = parts(configJson).config();
                  return sentencePairs(g._2(), c.maxSentenceRepeats()).iterator();
                })
            .groupByKey();
    JavaPairRDD<Integer, String> byIndex = entries;
    return shared
        .mapToPair(p -> new Tuple2<>(p._1()._1(), new Tuple2<>(p._1()._2(), p._2())))
        .join(byIndex)
        .mapToPair(
            p ->
                new Tuple2<>(
                    p._2()._1()._1(),
                    new Tuple2<>(new Tuple2<>(p._1(), p._2()._2()), p._2()._1()._2())))
        .join(byIndex)
        .filter(
            p -> {
              DedupEntry earlier = Json.read(p._2()._1()._1()._2(), DedupEntry.class);
              DedupEntry later = Json.read(p._2()._2(), DedupEntry.class);
              List<long[]> matches = new ArrayList<>();
              p._2()._1()._2().forEach(matches::add);
              return parts(configJson).copied(earlier, later, matches);
            })
        .map(p -> new long[] {p._2()._1()._1()._1(), p._1()});
  }

  /**
   * The sentence pairs of one hash: each occurrence {@code (article, sentence)} with each
   * occurrence in an earlier article, unless more than {@code maxRepeats} of those there are
   * (boilerplate, as the index's chain of at most {@code maxRepeats + 1} finds it).
   */
  static List<Tuple2<Tuple2<Integer, Integer>, long[]>> sentencePairs(
      Iterable<long[]> occurrences, int maxRepeats) {
    List<long[]> all = new ArrayList<>();
    occurrences.forEach(all::add);
    all.sort(Comparator.<long[]>comparingLong(o -> o[0]).thenComparingLong(o -> o[1]));
    List<Tuple2<Tuple2<Integer, Integer>, long[]>> out = new ArrayList<>();
    int firstOfArticle = 0;
    for (int k = 0; k < all.size(); k++) {
      long[] later = all.get(k);
      if (k > 0 && all.get(k - 1)[0] != later[0]) {
        firstOfArticle = k;
      }
      if (firstOfArticle > maxRepeats) {
        break; // every later occurrence has more earlier ones still
      }
      for (int e = 0; e < firstOfArticle; e++) {
        long[] earlier = all.get(e);
        out.add(
            new Tuple2<>(
                new Tuple2<>((int) earlier[0], (int) later[0]), new long[] {earlier[1], later[1]}));
      }
    }
    return out;
  }

  /** Edges from the earliest of {@code members} to each of the others. */
  private static List<long[]> star(Iterable<Integer> members) {
    int[] m = sorted(members);
    List<long[]> out = new ArrayList<>();
    for (int i = 1; i < m.length; i++) {
      out.add(new long[] {m[0], m[i]});
    }
    return out;
  }

  private static int[] sorted(Iterable<Integer> values) {
    List<Integer> list = new ArrayList<>();
    values.forEach(list::add);
    int[] out = list.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  /** Connected components by union-find, each named after and listed from its least index. */
  static List<SourceGroup> components(List<long[]> edges, List<String> ids) {
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long[] e : edges) {
      int a = find(parent, (int) e[0]);
      int b = find(parent, (int) e[1]);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<String>> byRoot = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(ids.get(i));
    }
    List<SourceGroup> groups = new ArrayList<>(byRoot.size());
    byRoot.forEach((root, members) -> groups.add(new SourceGroup(ids.get(root), members)));
    return groups;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private static final Map<String, DedupParts> PARTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The dedup parts of a configuration, made once per JVM. */
  static DedupParts parts(String configJson) {
    return PARTS.computeIfAbsent(
        configJson, json -> new DedupParts(Json.read(json, DedupConfig.class)));
  }
}
