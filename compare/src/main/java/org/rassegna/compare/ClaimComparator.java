package org.rassegna.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.rassegna.model.DatedEvent;
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
 * are one claim; groups attributing it to different speakers conflict. Dated events are one claim
 * when they tell the same thing on the same day (shared content terms); accounts on different days
 * conflict only when their words are nearly the same, since two events of one kind on two days (two
 * phone calls) are common and a false conflict misleads more than a missed one.
 */
public final class ClaimComparator {

  /** Largest relative difference between two values that still agree. */
  static final double TOLERANCE = 0.05;

  /** Fewest terms two accounts of one day share to tell the same event. */
  static final int EVENT_SHARED = 2;

  /** Least share of the shorter account's terms found in the other, on the same day. */
  static final double EVENT_OVERLAP = 0.25;

  /** Fewest terms two accounts on different days share to be taken for one event retold. */
  static final int RETOLD_SHARED = 5;

  /** Least share of the shorter account's terms found in the other, on different days. */
  static final double RETOLD_OVERLAP = 0.8;

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
    for (List<DatedEvent> same : sameEvents(extraction.events())) {
      same.forEach(e -> groups.add(sourceGroup.apply(e.articleId())));
      claims.add(eventClaim("c" + (++n), same, sourceGroup));
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

  /**
   * The events that tell the same thing: on the same day with at least {@value #EVENT_SHARED} terms
   * in common, or on different days with nearly the same words; closed transitively.
   */
  static List<List<DatedEvent>> sameEvents(List<DatedEvent> events) {
    int n = events.size();
    List<Set<String>> terms = new ArrayList<>();
    events.forEach(e -> terms.add(new HashSet<>(e.terms())));
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Set<String> a = terms.get(i);
        Set<String> b = terms.get(j);
        int shared = (int) a.stream().filter(b::contains).count();
        int shorter = Math.min(a.size(), b.size());
        boolean same =
            events.get(i).day().equals(events.get(j).day())
                ? shared >= EVENT_SHARED && shared >= EVENT_OVERLAP * shorter
                : shared >= RETOLD_SHARED && shared >= RETOLD_OVERLAP * shorter;
        if (same) {
          parent[root(parent, j)] = root(parent, i);
        }
      }
    }
    Map<Integer, List<DatedEvent>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(events.get(i));
    }
    return List.copyOf(out.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static Claim eventClaim(
      String id, List<DatedEvent> events, Function<String, String> sourceGroup) {
    Map<String, List<DatedEvent>> perGroup = new LinkedHashMap<>();
    for (DatedEvent e : events) {
      perGroup.computeIfAbsent(sourceGroup.apply(e.articleId()), k -> new ArrayList<>()).add(e);
    }
    List<Claim.Backing> backings = new ArrayList<>();
    Set<String> days = new LinkedHashSet<>();
    for (Map.Entry<String, List<DatedEvent>> e : perGroup.entrySet()) {
      String day = e.getValue().get(0).day();
      days.add(day);
      List<Citation> cites = new ArrayList<>();
      for (DatedEvent d : e.getValue()) {
        cites.add(Citation.ofText(d.articleId(), d.span()));
      }
      backings.add(new Claim.Backing(e.getKey(), day, cites));
    }
    String text = events.get(0).text().replaceAll("\\s+", " ");
    String key =
        String.join("/", days) + ": " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
    Claim.Status status =
        days.size() > 1
            ? Claim.Status.CONFLICTING
            : backings.size() >= 2 ? Claim.Status.CORROBORATED : Claim.Status.SINGLE_SOURCE;
    return new Claim(id, Claim.Kind.EVENT, key, status, backings);
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
