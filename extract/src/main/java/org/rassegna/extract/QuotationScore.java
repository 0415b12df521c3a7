package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

/**
 * Quotations of one kind scored against gold. A found direct quotation matches a gold one when
 * their spans overlap by at least half of their union; a found indirect report matches when it
 * covers at least half of the gold clause (its boundaries are less sharp than quotation marks).
 * Each gold quotation is matched at most once, to the found one whose span it shares the most of
 * (overlap of the union, so that a report covering an outer clause and a nested one matches the
 * outer one); precision, recall and F1 count matches. On the matched quotations, the speaker is
 * right when the found speaker's words overlap any gold mention of the speaker, or when both say
 * the text names no one; it is wrong when a speaker is named and it is not right (an unknown
 * speaker is neither).
 *
 * @param kind the kind of quotation scored
 * @param gold gold quotations
 * @param found quotations found
 * @param matched found quotations matched to gold ones
 * @param speakersRight matched quotations with the right speaker
 * @param speakersWrong matched quotations given a named speaker that is not the right one
 */
public record QuotationScore(
    Quotation.Kind kind, int gold, int found, int matched, int speakersRight, int speakersWrong) {

  /** Least overlap for a found quotation to match a gold one (see above for how it is measured). */
  public static final double MIN_OVERLAP = 0.5;

  /** Scores the direct quotations of {@code found} (by article id) against {@code gold}. */
  public static QuotationScore of(QuotationGold gold, Map<String, List<Quotation>> found) {
    return of(gold, found, Quotation.Kind.DIRECT);
  }

  /**
   * Scores the quotations of {@code kind} of {@code found} (by article id) against {@code gold}.
   */
  public static QuotationScore of(
      QuotationGold gold, Map<String, List<Quotation>> found, Quotation.Kind kind) {
    QuotationScore total = new QuotationScore(kind, 0, 0, 0, 0, 0);
    for (QuotationGold.GoldArticle a : gold.articles()) {
      total = total.plus(of(a, found.getOrDefault(a.id(), List.of()), kind));
    }
    return total;
  }

  /** Scores the quotations of {@code kind} found in one gold article. */
  public static QuotationScore of(
      QuotationGold.GoldArticle article, List<Quotation> found, Quotation.Kind kind) {
    List<Quotation> mine = found.stream().filter(q -> q.kind() == kind).toList();
    List<QuotationGold.GoldQuotation> open =
        new ArrayList<>(article.quotations().stream().filter(q -> q.kind() == kind).toList());
    int g = open.size();
    int m = 0;
    int right = 0;
    int wrong = 0;
    for (Quotation q : mine) {
      QuotationGold.GoldQuotation best = null;
      double bestOverlap = 0;
      for (QuotationGold.GoldQuotation gq : open) {
        boolean matches =
            (kind == Quotation.Kind.DIRECT
                    ? overlap(q.span(), gq.span())
                    : coverage(q.span(), gq.span()))
                >= MIN_OVERLAP;
        double o = overlap(q.span(), gq.span());
        if (matches && o > bestOverlap) {
          best = gq;
          bestOverlap = o;
        }
      }
      if (best != null) {
        open.remove(best);
        m++;
        if (speakerRight(q.speaker(), best)) {
          right++;
        } else if (q.speaker() != null) {
          wrong++;
        }
      }
    }
    return new QuotationScore(kind, g, mine.size(), m, right, wrong);
  }

  /** The sum of two scores of the same kind. */
  public QuotationScore plus(QuotationScore o) {
    return new QuotationScore(
        kind,
        gold + o.gold,
        found + o.found,
        matched + o.matched,
        speakersRight + o.speakersRight,
        speakersWrong + o.speakersWrong);
  }

  static boolean speakerRight(@Nullable Speaker s, QuotationGold.GoldQuotation gold) {
    if (gold.speakers().isEmpty() || s == null) {
      return gold.speakers().isEmpty() && s == null;
    }
    return gold.speakers().stream()
        .anyMatch(g -> g.start() < s.span().end() && s.span().start() < g.end());
  }

  static double overlap(Span a, Span b) {
    int inter = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    if (inter <= 0) {
      return 0;
    }
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return (double) inter / union;
  }

  /** The share of {@code gold} that {@code found} covers. */
  static double coverage(Span found, Span gold) {
    int inter = Math.min(found.end(), gold.end()) - Math.max(found.start(), gold.start());
    return inter <= 0 || gold.length() == 0 ? 0 : (double) inter / gold.length();
  }

  public double precision() {
    return found == 0 ? 0 : (double) matched / found;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The share of matched quotations with the right speaker (or rightly none). */
  public double speakerAccuracy() {
    return matched == 0 ? 0 : (double) speakersRight / matched;
  }

  /** The share of the quotations found that were given a wrong named speaker. */
  public double wrongSpeakerRate() {
    return found == 0 ? 0 : (double) speakersWrong / found;
  }
}
