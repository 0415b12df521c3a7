package org.rassegna.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rassegna.model.Citation;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.Entity;
import org.rassegna.model.Figure;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.StoryExtraction;

/**
 * Lines up a story's claims against its independent source groups.
 *
 * <p>Figures are the same claim when they have the same unit and measure or count the same noun
 * ("MINUTE durata", "COUNT prigionieri"); figures with no such noun are left out, since nothing
 * says what they are about. Two values agree when they differ by at most {@value #TOLERANCE} of the
 * larger, or when either is approximate and they are within a factor of two. A statement's variants
 * are one claim; groups attributing it to different speakers conflict.
 */
public final class ClaimComparator {

  /** Largest relative difference between two values that still agree. */
  static final double TOLERANCE = 0.05;

  /**
   * Compares {@code extraction}.
   *
   * @param sourceGroup the independent source group of each article id (articles that copy one
   *     another share one)
   */
  public Comparison compare(StoryExtraction extraction, Function<String, String> sourceGroup) {
    Set<String> groups = new LinkedHashSet<>();
    List<Claim> claims = new ArrayList<>();
    Map<String, List<Figure>> byKey = new LinkedHashMap<>();
    for (Figure f : extraction.figures()) {
      groups.add(sourceGroup.apply(f.articleId()));
      if (!f.counted().isEmpty()) {
        byKey.computeIfAbsent(f.unit() + " " + f.counted(), k -> new ArrayList<>()).add(f);
      }
    }
    int n = 0;
    for (Map.Entry<String, List<Figure>> e : byKey.entrySet()) {
      claims.add(figureClaim("c" + (++n), e.getKey(), e.getValue(), sourceGroup));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Entity e : extraction.entities()) {
      names.put(e.id(), e.name());
    }
    for (QuotationGroup g : extraction.statements()) {
      g.variants().forEach(v -> groups.add(sourceGroup.apply(v.quotation().articleId())));
      claims.add(statementClaim("c" + (++n), g, names, sourceGroup));
    }
    claims.sort(Comparator.comparingInt((Claim c) -> order(c.status())));
    return new Comparison(extraction.storyId(), List.copyOf(groups), claims);
  }

  private static int order(Claim.Status s) {
    return switch (s) {
      case CORROBORATED -> 0;
      case CONFLICTING -> 1;
      case SINGLE_SOURCE -> 2;
    };
  }

  private static Claim figureClaim(
      String id, String key, List<Figure> figures, Function<String, String> sourceGroup) {
    Map<String, List<Figure>> perGroup = new LinkedHashMap<>();
    for (Figure f : figures) {
      perGroup.computeIfAbsent(sourceGroup.apply(f.articleId()), k -> new ArrayList<>()).add(f);
    }
    List<Claim.Backing> backings = new ArrayList<>();
    List<Figure> firsts = new ArrayList<>();
    for (Map.Entry<String, List<Figure>> e : perGroup.entrySet()) {
      Figure first = e.getValue().get(0);
      firsts.add(first);
      List<Citation> cites = new ArrayList<>();
      for (Figure f : e.getValue()) {
        cites.add(Citation.ofText(f.articleId(), f.span()));
      }
      backings.add(new Claim.Backing(e.getKey(), value(first), cites));
    }
    boolean conflict = false;
    for (int i = 0; i < firsts.size(); i++) {
      for (int j = i + 1; j < firsts.size(); j++) {
        conflict |= !agree(firsts.get(i), firsts.get(j));
      }
    }
    Claim.Status status =
        conflict
            ? Claim.Status.CONFLICTING
            : backings.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
    return new Claim(id, Claim.Kind.FIGURE, key, status, backings);
  }

  private static Claim statementClaim(
      String id,
      QuotationGroup g,
      Map<String, String> names,
      Function<String, String> sourceGroup) {
    Map<String, List<QuotationGroup.Variant>> perGroup = new LinkedHashMap<>();
    for (QuotationGroup.Variant v : g.variants()) {
      perGroup
          .computeIfAbsent(sourceGroup.apply(v.quotation().articleId()), k -> new ArrayList<>())
          .add(v);
    }
    List<Claim.Backing> backings = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (Map.Entry<String, List<QuotationGroup.Variant>> e : perGroup.entrySet()) {
      List<Citation> cites = new ArrayList<>();
      String speaker = "unknown";
      for (QuotationGroup.Variant v : e.getValue()) {
        cites.add(Citation.ofText(v.quotation().articleId(), v.quotation().span()));
        if (v.speakerEntityId() != null) {
          speaker = names.getOrDefault(v.speakerEntityId(), v.speakerEntityId());
          speakers.add(speaker);
        }
      }
      backings.add(new Claim.Backing(e.getKey(), speaker, cites));
    }
    String text = g.variants().get(0).quotation().text().replaceAll("\\s+", " ");
    String who = g.speakerEntityId() == null ? "unknown" : names.get(g.speakerEntityId());
    String key = who + ": “" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "”";
    Claim.Status status =
        speakers.size() > 1
            ? Claim.Status.CONFLICTING
            : backings.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
    return new Claim(id, Claim.Kind.QUOTATION, key, status, backings);
  }

  static boolean agree(Figure a, Figure b) {
    double hi = Math.max(a.value(), b.value());
    double lo = Math.min(a.value(), b.value());
    if (hi == 0 || (hi - lo) / hi <= TOLERANCE) {
      return true;
    }
    return (a.approximate() || b.approximate()) && hi <= 2 * lo;
  }

  private static String value(Figure f) {
    double v = f.value();
    String number =
        v == Math.rint(v)
            ? String.format(Locale.ROOT, "%.0f", v)
            : String.format(Locale.ROOT, "%s", v);
    return (f.approximate() ? "~" : "") + number + " " + f.unit();
  }
}
