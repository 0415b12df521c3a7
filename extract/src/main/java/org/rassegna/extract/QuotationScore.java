package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

/**
 * Direct quotations scored against gold. A found quotation matches a gold one when their spans
 * overlap by at least half of their union (each matched at most once, best overlap first);
 * precision, recall and F1 count matches. On the matched quotations, the speaker is right when the
 * found speaker's words overlap any gold mention of the speaker, or when both say the text names no
 * one.
 *
 * @param gold gold quotations
 * @param found quotations found
 * @param matched found quotations matched to gold ones
 * @param speakersRight matched quotations with the right speaker
 */
public record QuotationScore(int gold, int found, int matched, int speakersRight) {

  /** Least overlap (intersection over union) for a found quotation to match a gold one. */
  public static final double MIN_OVERLAP = 0.5;

  /** Scores the direct quotations of {@code found} (by article id) against {@code gold}. */
  public static QuotationScore of(QuotationGold gold, Map<String, List<Quotation>> found) {
    int g = 0;
    int f = 0;
    int m = 0;
    int right = 0;
    for (QuotationGold.GoldArticle a : gold.articles()) {
      List<Quotation> direct =
          found.getOrDefault(a.id(), List.of()).stream()
              .filter(q -> q.kind() == Quotation.Kind.DIRECT)
              .toList();
      g += a.quotations().size();
      f += direct.size();
      List<QuotationGold.GoldQuotation> open = new ArrayList<>(a.quotations());
      for (Quotation q : direct) {
        QuotationGold.GoldQuotation best = null;
        double bestOverlap = MIN_OVERLAP;
        for (QuotationGold.GoldQuotation gq : open) {
          double o = overlap(q.span(), gq.span());
          if (o >= bestOverlap) {
            best = gq;
            bestOverlap = o;
          }
        }
        if (best != null) {
          open.remove(best);
          m++;
          if (speakerRight(q.speaker(), best)) {
            right++;
          }
        }
      }
    }
    return new QuotationScore(g, f, m, right);
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
}
