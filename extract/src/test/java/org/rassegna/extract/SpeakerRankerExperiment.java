package org.rassegna.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianDependencies;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Quotation;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

/**
 * Experiment, run by hand and by no test (issue 15): does a trained ranker over candidate speaker
 * mentions attribute direct quotations better than the rules? Candidates of each direct quotation
 * the extractor found and matched to the tuning gold (wikinews-train-quotations.json; neither
 * held-out file is read) are the PER/ORG mentions and nouns of people or bodies in its sentences,
 * the two before and the one after; a logistic regression over their features is trained and scored
 * by 5-fold cross-validation grouped by piece, against the rules on the same quotations.
 *
 * <p>Run from the worktree: {@code java -Xmx3g -cp TEST_CLASSPATH
 * org.rassegna.extract.SpeakerRankerExperiment . ../shared}.
 */
final class SpeakerRankerExperiment {

  private static final String[] NAMES = {
    "bias",
    "same sentence",
    "previous sentence",
    "two sentences before",
    "next sentence",
    "before the quotation",
    "log token distance",
    "subject of a reporting verb",
    "agent of a reporting verb",
    "after secondo/per",
    "aside after the quotation",
    "colon introduction",
    "PER",
    "ORG",
    "description",
    "previous quotation's speaker",
    "log mentions in article",
    "inside quotation marks",
    "nearest candidate",
    "subject of a verb",
    "the rules' speaker"
  };

  private static final int FEATURES = NAMES.length;

  /** A candidate: its features, and whether it overlaps a gold speaker mention. */
  record Candidate(Span span, String text, double[] x, boolean gold) {}

  /** A matched quotation: its candidates and how the rules did on it. */
  record Item(int piece, boolean goldUnknown, List<Candidate> candidates, int rules) {}

  private SpeakerRankerExperiment() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path shared = Path.of(args[1]);
    QuotationGold gold =
        QuotationGold.read(
            root.resolve(
                "extract/src/test/resources/org/rassegna/extract/gold/wikinews-train-quotations.json"),
            root,
            shared);
    Annotator annotator = new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    QuoteExtractor extractor = new ItalianQuoteExtractor();
    List<Item> items = new ArrayList<>();
    int piece = 0;
    for (QuotationGold.GoldArticle a : gold.articles()) {
      try {
        AnnotatedArticle annotated = annotator.annotate(Article.of(a.id(), a.text()));
        items.addAll(items(piece, annotated, extractor.extract(annotated), a));
      } catch (RuntimeException e) {
        System.out.printf(Locale.ROOT, "%s: annotation failed: %s%n", a.id(), e);
      }
      piece++;
    }
    describe(items);
    for (boolean listwise : new boolean[] {false, true}) {
      String model = listwise ? "softmax over candidates" : "binary logistic regression";
      report(items, piece, FEATURES - 1, listwise, model + ", ranker alone");
      report(items, piece, FEATURES, listwise, model + ", with the rules' speaker as a feature");
    }
  }

  /** The matched direct quotations of one piece, matched as {@link QuotationScore} does. */
  private static List<Item> items(
      int piece, AnnotatedArticle article, List<Quotation> found, QuotationGold.GoldArticle gold) {
    List<QuotationGold.GoldQuotation> open =
        new ArrayList<>(
            gold.quotations().stream().filter(q -> q.kind() == Quotation.Kind.DIRECT).toList());
    List<Quotation> direct = found.stream().filter(q -> q.kind() == Quotation.Kind.DIRECT).toList();
    Features features = new Features(article);
    List<Item> out = new ArrayList<>();
    @Nullable Speaker previous = null;
    for (Quotation q : direct) {
      QuotationGold.GoldQuotation best = null;
      double bestOverlap = QuotationScore.MIN_OVERLAP;
      for (QuotationGold.GoldQuotation gq : open) {
        double o = QuotationScore.overlap(q.span(), gq.span());
        if (o >= bestOverlap) {
          best = gq;
          bestOverlap = o;
        }
      }
      if (best != null) {
        open.remove(best);
        int rules =
            QuotationScore.speakerRight(q.speaker(), best) ? 1 : q.speaker() != null ? -1 : 0;
        out.add(
            new Item(
                piece, best.speakers().isEmpty(), features.candidates(q, previous, best), rules));
      }
      previous = q.speaker();
    }
    return out;
  }

  /** The candidates of a quotation and their features, over one annotated article. */
  private static final class Features {
    private final AnnotatedArticle article;
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<QuoteMarks.Quoted> quoted;
    private final Map<Integer, ItalianDependencies.Parse> parses = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    Features(AnnotatedArticle article) {
      this.article = article;
      this.text = article.article().text();
      this.tokens = article.tokens();
      this.sentences = article.sentences();
      this.quoted = QuoteMarks.find(text);
      for (Mention m : article.mentions()) {
        counts.merge(m.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
      for (Token t : tokens) {
        if (ItalianSpeakers.isPeopleNoun(t.text().toLowerCase(Locale.ROOT))) {
          counts.merge(t.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }

    List<Candidate> candidates(
        Quotation q, @Nullable Speaker previous, QuotationGold.GoldQuotation gold) {
      int qs = sentenceOf(q.span().start());
      int qe = sentenceOf(Math.max(q.span().start(), q.span().end() - 1));
      List<Span> spans = new ArrayList<>();
      List<Integer> types = new ArrayList<>(); // 12 PER, 13 ORG, 14 description
      for (int s = Math.max(0, qs - 2); s <= Math.min(sentences.size() - 1, qe + 1); s++) {
        Span sentence = sentences.get(s).span();
        for (Mention m : article.mentions()) {
          if (sentence.contains(m.span()) && !q.span().contains(m.span())) {
            if (m.type() == EntityType.PER || m.type() == EntityType.ORG) {
              spans.add(m.span());
              types.add(m.type() == EntityType.PER ? 12 : 13);
            }
          }
        }
        for (Token t : tokens) {
          if (sentence.contains(t.span())
              && !q.span().contains(t.span())
              && ItalianSpeakers.isPeopleNoun(t.text().toLowerCase(Locale.ROOT))
              && article.mentions().stream().noneMatch(m -> overlaps(m.span(), t.span()))) {
            spans.add(t.span());
            types.add(14);
          }
        }
      }
      int nearest = -1;
      int nearestDistance = Integer.MAX_VALUE;
      for (int c = 0; c < spans.size(); c++) {
        int d = tokenDistance(spans.get(c), q.span());
        if (d < nearestDistance) {
          nearest = c;
          nearestDistance = d;
        }
      }
      List<Candidate> out = new ArrayList<>();
      for (int c = 0; c < spans.size(); c++) {
        Span span = spans.get(c);
        double[] x = new double[FEATURES];
        x[0] = 1;
        int s = sentenceOf(span.start());
        int rel = s < qs ? s - qs : s > qe ? s - qe : 0;
        x[rel == 0 ? 1 : rel == -1 ? 2 : rel == -2 ? 3 : 4] = 1;
        boolean before = span.end() <= q.span().start();
        x[5] = before ? 1 : 0;
        x[6] = Math.log1p(tokenDistance(span, q.span()));
        syntax(s, span, x);
        int after = firstToken(span.end());
        if (!before && rel == 0 && after < tokens.size()) {
          String next = tokens.get(after).text();
          x[10] = next.equals(",") || ArticleWords.isDash(next) ? 1 : 0;
        }
        x[11] = before && rel == 0 && colonBefore(q.span()) ? 1 : 0;
        x[types.get(c)] = 1;
        x[15] =
            previous != null && overlaps(previous.span(), span)
                    || previous != null && previous.text().equalsIgnoreCase(span.of(text))
                ? 1
                : 0;
        x[16] = Math.log1p(counts.getOrDefault(span.of(text).toLowerCase(Locale.ROOT), 1));
        x[17] = quoted.stream().anyMatch(m -> m.inside().contains(span)) ? 1 : 0;
        x[18] = c == nearest ? 1 : 0;
        x[20] = q.speaker() != null && overlaps(q.speaker().span(), span) ? 1 : 0;
        boolean label = gold.speakers().stream().anyMatch(g -> overlaps(g, span));
        out.add(new Candidate(span, span.of(text).toLowerCase(Locale.ROOT), x, label));
      }
      return out;
    }

    /** Features 7–9 and 19: the candidate's head word's relation in its sentence's parse. */
    private void syntax(int s, Span span, double[] x) {
      int first = firstToken(sentences.get(s).span().start());
      int end = firstToken(sentences.get(s).span().end());
      List<Token> words = tokens.subList(first, end);
      if (words.isEmpty() || words.stream().anyMatch(t -> t.pos().isEmpty())) {
        return;
      }
      ItalianDependencies.Parse p =
          parses.computeIfAbsent(s, k -> ItalianDependencies.shared().parse(words));
      int head = -1;
      for (int i = 0; i < words.size(); i++) {
        if (span.contains(words.get(i).span())) {
          int h = p.head()[i];
          if (h < 0 || !span.contains(words.get(h).span())) {
            head = i;
            break;
          }
        }
      }
      if (head < 0) {
        return;
      }
      String relation = p.relation()[head];
      int governor = p.head()[head];
      boolean speech = governor >= 0 && ItalianReporting.isVerb(words.get(governor).text());
      x[7] = speech && relation.startsWith("nsubj") ? 1 : 0;
      boolean byDa =
          p.dependents(head).stream()
              .anyMatch(d -> ItalianReporting.lower(words.get(d).text()).equals("da"));
      x[8] = speech && (relation.equals("obl:agent") || relation.equals("obl") && byDa) ? 1 : 0;
      int start = firstToken(span.start());
      String prior = start > 0 ? ItalianReporting.lower(tokens.get(start - 1).text()) : "";
      x[9] = prior.equals("secondo") || prior.equals("per") ? 1 : 0;
      x[19] = relation.startsWith("nsubj") ? 1 : 0;
    }

    private boolean colonBefore(Span q) {
      int i = q.start() - 1;
      while (i >= 0
          && (Character.isWhitespace(text.charAt(i)) || "«\"“'".indexOf(text.charAt(i)) >= 0)) {
        i--;
      }
      return i >= 0 && text.charAt(i) == ':';
    }

    private int sentenceOf(int offset) {
      for (int s = 0; s < sentences.size(); s++) {
        if (offset < sentences.get(s).span().end()) {
          return s;
        }
      }
      return sentences.size() - 1;
    }

    private int firstToken(int offset) {
      int i = 0;
      while (i < tokens.size() && tokens.get(i).span().start() < offset) {
        i++;
      }
      return i;
    }

    private int tokenDistance(Span a, Span q) {
      return a.end() <= q.start()
          ? firstToken(q.start()) - firstToken(a.end())
          : firstToken(a.start()) - firstToken(q.end());
    }
  }

  /** Per binary feature: how many candidates have it, and how many of those are gold. */
  private static void describe(List<Item> items) {
    List<Candidate> all = items.stream().flatMap(it -> it.candidates().stream()).toList();
    System.out.printf(
        Locale.ROOT,
        "%d candidates, %d gold%n",
        all.size(),
        all.stream().filter(Candidate::gold).count());
    for (int k = 1; k < FEATURES; k++) {
      int f = k;
      List<Candidate> on = all.stream().filter(c -> c.x()[f] == 1).toList();
      System.out.printf(
          Locale.ROOT,
          "  %-30s on %5d, gold %4d%n",
          NAMES[k],
          on.size(),
          on.stream().filter(Candidate::gold).count());
    }
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /**
   * 5-fold cross-validation grouped by piece, with features 0..width-1; the score a threshold
   * applies to is the candidate's probability (binary) or its share of the quotation (softmax).
   */
  private static void report(
      List<Item> items, int pieces, int width, boolean listwise, String label) {
    double[] thresholds = {0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    int[] right = new int[thresholds.length];
    int[] wrong = new int[thresholds.length];
    int[] hybridRight = new int[thresholds.length]; // the rules, the ranker where they abstain
    int[] hybridWrong = new int[thresholds.length];
    int rulesRight = 0;
    int rulesWrong = 0;
    int reachable = 0;
    int named = 0;
    double[] meanWeights = new double[width];
    for (int fold = 0; fold < 5; fold++) {
      int f = fold;
      List<Item> train = items.stream().filter(it -> it.piece() % 5 != f).toList();
      double[] w = listwise ? trainListwise(train, width) : train(train, width);
      for (int k = 0; k < width; k++) {
        meanWeights[k] += w[k] / 5;
      }
      for (Item it : items) {
        if (it.piece() % 5 != f) {
          continue;
        }
        rulesRight += it.rules() == 1 ? 1 : 0;
        rulesWrong += it.rules() == -1 ? 1 : 0;
        if (!it.goldUnknown()) {
          named++;
          reachable += it.candidates().stream().anyMatch(Candidate::gold) ? 1 : 0;
        }
        Candidate best = null;
        double bestP = -1;
        double[] p = scores(w, it.candidates(), width, listwise);
        for (int c = 0; c < p.length; c++) {
          if (p[c] > bestP) {
            best = it.candidates().get(c);
            bestP = p[c];
          }
        }
        for (int t = 0; t < thresholds.length; t++) {
          boolean speaks = best != null && bestP >= thresholds[t];
          boolean ok = speaks ? best.gold() : it.goldUnknown();
          right[t] += ok ? 1 : 0;
          wrong[t] += speaks && !ok ? 1 : 0;
          if (it.rules() != 0 || it.goldUnknown() && !speaks) {
            hybridRight[t] += it.rules() == 1 ? 1 : 0;
            hybridWrong[t] += it.rules() == -1 ? 1 : 0;
          } else {
            hybridRight[t] += ok ? 1 : 0;
            hybridWrong[t] += speaks && !ok ? 1 : 0;
          }
        }
      }
    }
    int n = items.size();
    System.out.printf(
        Locale.ROOT,
        "%n%s: %d matched direct quotations in %d pieces (%d with a named gold speaker, %d of"
            + " them with a gold candidate)%n",
        label,
        n,
        pieces,
        named,
        reachable);
    System.out.printf(
        Locale.ROOT,
        "rules: right %d/%d = %.3f, wrong %d/%d = %.3f%n",
        rulesRight,
        n,
        (double) rulesRight / n,
        rulesWrong,
        n,
        (double) rulesWrong / n);
    for (int t = 0; t < thresholds.length; t++) {
      System.out.printf(
          Locale.ROOT,
          "ranker, abstains below %.1f: right %d/%d = %.3f, wrong %d/%d = %.3f%n",
          thresholds[t],
          right[t],
          n,
          (double) right[t] / n,
          wrong[t],
          n,
          (double) wrong[t] / n);
    }
    for (int t = 0; t < thresholds.length; t++) {
      System.out.printf(
          Locale.ROOT,
          "rules, ranker where they abstain, above %.1f: right %d/%d = %.3f, wrong %d/%d = %.3f%n",
          thresholds[t],
          hybridRight[t],
          n,
          (double) hybridRight[t] / n,
          hybridWrong[t],
          n,
          (double) hybridWrong[t] / n);
    }
    for (int k = 0; k < width; k++) {
      System.out.printf(Locale.ROOT, "  weight %-30s %+.2f%n", NAMES[k], meanWeights[k]);
    }
  }

  /** Per candidate: its probability (binary), or the softmax share of all its words' mentions. */
  private static double[] scores(
      double[] w, List<Candidate> candidates, int width, boolean listwise) {
    if (!listwise) {
      return candidates.stream().mapToDouble(c -> probability(w, c.x(), width)).toArray();
    }
    // two mentions of one speaker do not split its mass
    double[] p = softmax(w, candidates, width);
    double[] share = new double[p.length];
    for (int c = 0; c < p.length; c++) {
      for (int d = 0; d < p.length; d++) {
        share[c] += candidates.get(d).text().equals(candidates.get(c).text()) ? p[d] : 0;
      }
    }
    return share;
  }

  private static double[] softmax(double[] w, List<Candidate> candidates, int width) {
    double[] p = candidates.stream().mapToDouble(c -> Math.exp(dot(w, c.x(), width))).toArray();
    double sum = Arrays.stream(p).sum();
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /**
   * A conditional logit (the ranker of the quote-attribution literature): per quotation, the
   * softmax of the candidates' scores, trained to give the gold candidates all the mass; the bias
   * cancels out. Quotations with no gold candidate teach nothing and are left out.
   */
  private static double[] trainListwise(List<Item> items, int width) {
    double[] w = new double[width];
    List<Item> data =
        items.stream().filter(it -> it.candidates().stream().anyMatch(Candidate::gold)).toList();
    for (int epoch = 0; epoch < 1500; epoch++) {
      double[] g = new double[width];
      for (Item it : data) {
        double[] p = softmax(w, it.candidates(), width);
        long golds = it.candidates().stream().filter(Candidate::gold).count();
        for (int c = 0; c < p.length; c++) {
          Candidate cand = it.candidates().get(c);
          double err = p[c] - (cand.gold() ? 1.0 / golds : 0);
          for (int k = 0; k < width; k++) {
            g[k] += err * cand.x()[k];
          }
        }
      }
      for (int k = 1; k < width; k++) {
        w[k] -= 0.5 * (g[k] / data.size() + 1e-3 * w[k]);
      }
    }
    return w;
  }

  /** Logistic regression by batch gradient descent, with a little L2 (not on the bias). */
  private static double[] train(List<Item> items, int width) {
    List<Candidate> data = items.stream().flatMap(it -> it.candidates().stream()).toList();
    double[] w = new double[width];
    double rate = 0.5;
    double l2 = 1e-3;
    for (int epoch = 0; epoch < 1500; epoch++) {
      double[] g = new double[width];
      for (Candidate c : data) {
        double err = probability(w, c.x(), width) - (c.gold() ? 1 : 0);
        for (int k = 0; k < width; k++) {
          g[k] += err * c.x()[k];
        }
      }
      for (int k = 0; k < width; k++) {
        w[k] -= rate * (g[k] / data.size() + (k == 0 ? 0 : l2 * w[k]));
      }
    }
    return w;
  }

  private static double probability(double[] w, double[] x, int width) {
    return 1 / (1 + Math.exp(-dot(w, x, width)));
  }

  private static double dot(double[] w, double[] x, int width) {
    double z = 0;
    for (int k = 0; k < width; k++) {
      z += w[k] * x[k];
    }
    return z;
  }
}
