package org.rassegna.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/**
 * Near-duplicate detection on a test set built from real DICE articles: for each of 400 originals
 * (at least 6 sentences and 150 words, none flagged as a duplicate in DICE's own list), an edited
 * copy ({@link EditedCopies}) and a hard negative, the other DICE article from the same town (the
 * dateline) with the most words in common. Scored over pairs: a predicted pair is right when it is
 * an original and its copy.
 */
class DedupEval {

  static final Path DICE = Path.of(System.getProperty("rassegna.shared", "../shared"), "data/dice");
  static final String ARTICLES_SHA256 =
      "9812e4adecb123805a1e1b74d8e1fb68f732f9d5dcf30e3daf2e3fe313bee139";
  static final String DUPLICATES_SHA256 =
      "bdbee523914dfe1d99f0679670c7f554e67cc3a65b0691003f1fe3f7fa3d1d44";
  static final double MIN_PRECISION = 0.98;
  static final double MIN_RECALL = 0.95;
  private static final int ORIGINALS = 400;
  private static final long SEED = 20250212L;

  private static List<Article> articles;
  private static Set<String> flagged;
  private static List<String[]> silverPairs;

  @BeforeAll
  static void readDice() throws IOException {
    Path file = DICE.resolve("dice_articles.jsonl");
    Path dupes = DICE.resolve("duplicate.csv");
    assumeTrue(Files.isRegularFile(file), "DICE is not beside the checkout: " + file);
    assertThat(sha256(file)).as("DICE articles checksum").isEqualTo(ARTICLES_SHA256);
    assertThat(sha256(dupes)).as("DICE duplicates checksum").isEqualTo(DUPLICATES_SHA256);
    articles = readArticles(file);
    silverPairs = new ArrayList<>();
    flagged = new HashSet<>();
    for (String line : Files.readAllLines(dupes, StandardCharsets.UTF_8).subList(1, 933)) {
      String[] f = line.split(",");
      silverPairs.add(new String[] {f[0], f[1]});
      flagged.add(f[0]);
      flagged.add(f[1]);
    }
  }

  static List<Article> readArticles(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        out.add(Article.of(n.get("id").asText(), n.get("text").asText()));
      }
    }
    return out;
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void editedCopiesAreFoundAndLookAlikesAreNot() {
    LuceneAnnotator annotator = LuceneAnnotator.italian();
    SplittableRandom random = new SplittableRandom(SEED);
    Map<String, AnnotatedArticle> annotated = new HashMap<>();
    List<AnnotatedArticle> eligible = new ArrayList<>();
    // the articles are independent and Lucene's analyzer is thread-safe: all cores, in order
    for (AnnotatedArticle x : articles.parallelStream().map(annotator::annotate).toList()) {
      annotated.put(x.id(), x);
      if (!flagged.contains(x.id()) && x.sentences().size() >= 6 && x.tokens().size() >= 150) {
        eligible.add(x);
      }
    }
    List<AnnotatedArticle> originals = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    while (originals.size() < ORIGINALS) {
      int i = random.nextInt(eligible.size());
      if (taken.add(i)) {
        originals.add(eligible.get(i));
      }
    }
    EditedCopies editor = new EditedCopies(SEED);
    List<AnnotatedArticle> testSet = new ArrayList<>();
    Set<String> gold = new HashSet<>();
    Set<String> inSet = new HashSet<>();
    Map<String, Set<String>> wordSets = new HashMap<>();
    originals.forEach(o -> inSet.add(o.id()));
    for (AnnotatedArticle original : originals) {
      testSet.add(original);
      AnnotatedArticle lender = eligible.get(random.nextInt(eligible.size()));
      String text = editor.copy(original, lender, editor.pickEdits());
      AnnotatedArticle copy = annotator.annotate(Article.of(original.id() + "-copy", text));
      testSet.add(copy);
      gold.add(pair(original.id(), copy.id()));
      lookAlike(original, annotated.values(), inSet, wordSets)
          .ifPresent(
              n -> {
                inSet.add(n.id());
                testSet.add(n);
              });
    }
    Deduplication result = new MinHashDeduplicator().deduplicate(testSet);
    Set<String> predicted = new HashSet<>();
    result.nearDuplicates().forEach(d -> predicted.add(pair(d.firstId(), d.secondId())));
    long truePositives = predicted.stream().filter(gold::contains).count();
    double precision = (double) truePositives / predicted.size();
    double recall = (double) truePositives / gold.size();
    System.out.printf(
        Locale.ROOT,
        "dedup eval: %d articles, %d gold pairs, %d predicted; precision %.4f recall %.4f%n",
        testSet.size(),
        gold.size(),
        predicted.size(),
        precision,
        recall);
    predicted.stream().filter(p -> !gold.contains(p)).forEach(p -> System.out.println("FP " + p));
    gold.stream().filter(p -> !predicted.contains(p)).forEach(p -> System.out.println("FN " + p));
    // the margin around the threshold: compare every pair down to a similarity of 0.2
    Deduplication loose =
        new MinHashDeduplicator(DedupConfig.DEFAULT.withThreshold(0.2)).deduplicate(testSet);
    double weakestCopy = 1;
    double closestOther = 0;
    for (NearDuplicate d : loose.nearDuplicates()) {
      if (gold.contains(pair(d.firstId(), d.secondId()))) {
        weakestCopy = Math.min(weakestCopy, d.similarity());
      } else {
        closestOther = Math.max(closestOther, d.similarity());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "dedup eval: least similarity of a copy %.3f, greatest of another pair %.3f%n",
        weakestCopy,
        closestOther);
    assertThat(precision).isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  /**
   * DICE's own duplicate list (cosine of title and text shingles ≥ 0.7, with bonuses for the same
   * town and day): most of its pairs tell the same event in different words (the median word
   * 3-shingle Jaccard of their texts is about 0.01), some are copies. Measured against the exact
   * Jaccard of the texts' word 3-shingles: the pairs that copy (J ≥ 0.6) end in one group, and the
   * pairs that only share an event (J < 0.1) do not.
   */
  @Test
  void dicesDuplicatePairsAreGroupedWhenTheyCopyAndOnlyThen() {
    LuceneAnnotator annotator = LuceneAnnotator.italian();
    MinHashDeduplicator dedup = new MinHashDeduplicator();
    Map<String, Set<String>> shingles = new HashMap<>();
    List<AnnotatedArticle> listed =
        articles.parallelStream()
            .filter(a -> flagged.contains(a.id()))
            .map(annotator::annotate)
            .toList();
    for (AnnotatedArticle x : listed) {
      dedup.add(x);
      shingles.put(x.id(), shingles(x));
    }
    Map<String, String> group = dedup.result().groupOfArticle();
    int copies = 0;
    int copiesGrouped = 0;
    int sameEvent = 0;
    int sameEventGrouped = 0;
    for (String[] p : silverPairs) {
      if (!group.containsKey(p[0]) || !group.containsKey(p[1])) {
        continue; // an id DICE lists without its article
      }
      double j = jaccard(shingles.get(p[0]), shingles.get(p[1]));
      boolean grouped = group.get(p[0]).equals(group.get(p[1]));
      if (j >= 0.6) {
        copies++;
        copiesGrouped += grouped ? 1 : 0;
      } else if (j < 0.1) {
        sameEvent++;
        sameEventGrouped += grouped ? 1 : 0;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "dedup eval: DICE pairs that copy (J ≥ 0.6) grouped %d of %d; that share an event"
            + " (J < 0.1) grouped %d of %d%n",
        copiesGrouped,
        copies,
        sameEventGrouped,
        sameEvent);
    assertThat((double) copiesGrouped / copies).isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat((double) sameEventGrouped / sameEvent).isLessThanOrEqualTo(1 - MIN_PRECISION);
  }

  private static Set<String> shingles(AnnotatedArticle a) {
    Set<String> out = new HashSet<>();
    List<org.rassegna.model.Token> t = a.tokens();
    for (int i = 0; i + 3 <= t.size(); i++) {
      out.add(t.get(i).norm() + " " + t.get(i + 1).norm() + " " + t.get(i + 2).norm());
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    long common = a.stream().filter(b::contains).count();
    long union = a.size() + b.size() - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /**
   * The article of the same town (its dateline) sharing the most words, not yet in the set; {@code
   * wordSets} keeps each article's words, made once for all the originals.
   */
  private static java.util.Optional<AnnotatedArticle> lookAlike(
      AnnotatedArticle original,
      java.util.Collection<AnnotatedArticle> all,
      Set<String> inSet,
      Map<String, Set<String>> wordSets) {
    String town = dateline(original);
    Set<String> words = wordsOf(original, wordSets);
    AnnotatedArticle best = null;
    double bestScore = -1;
    for (AnnotatedArticle a : all) {
      if (inSet.contains(a.id()) || flagged.contains(a.id()) || !dateline(a).equals(town)) {
        continue;
      }
      Set<String> other = wordsOf(a, wordSets);
      int common = 0;
      for (String w : other) {
        if (words.contains(w)) {
          common++;
        }
      }
      double score = (double) common / (words.size() + other.size() - common);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static Set<String> wordsOf(AnnotatedArticle a, Map<String, Set<String>> wordSets) {
    return wordSets.computeIfAbsent(a.id(), id -> new HashSet<>(EditedCopies.norms(a)));
  }

  private static String dateline(AnnotatedArticle a) {
    return a.tokens().isEmpty() ? "" : a.tokens().get(0).norm();
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }
}
