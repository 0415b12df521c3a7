package org.rassegna.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Figure;
import org.rassegna.model.Quotation;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Token;

/**
 * Everything the extract stage finds in one story: entities across its articles, quotations with
 * their speakers resolved to entities, quotations grouped into statements, figures, and dated
 * events.
 *
 * <p>A speaker resolves to the person one of whose mentions its words contain; else, when the words
 * are a role ("il portavoce", "il presidente USA"), to the one person stated to hold a role with
 * the same head noun that names the same bodies (the one named in the quotation's article when
 * several do); else, when the words are exactly a form one person is named by elsewhere in the
 * story ("Peskov", untagged in this sentence), to that person; else, when the words are a body's
 * name ("il Cremlino"), to that body. Direct quotations from different articles are variants of one
 * statement when they share at least {@value #MIN_SHARED} content stems and at least {@value
 * #MIN_OVERLAP} of the shorter one's (the overlap coefficient), which holds for different
 * translations and cuts of the same words; a direct quotation that follows another of the same
 * speaker closely in the same article goes on with the same statement; groups are closed
 * transitively. Dated events read each article's day as {@link ArticleDay#inStory its story} gives
 * it.
 */
public final class StoryExtractor {

  /** Fewest content stems two variants share. */
  static final int MIN_SHARED = 4;

  /** Least share of the shorter quotation's content stems found in the other. */
  static final double MIN_OVERLAP = 0.4;

  /** Most characters between two pieces of one statement quoted in the same article. */
  static final int MAX_PAUSE = 400;

  private static final LuceneAnnotator WORDS = LuceneAnnotator.italian();

  private final EntityResolver entities;
  private final QuoteExtractor quotes;
  private final FigureExtractor figures;
  private final EventExtractor events;

  public StoryExtractor(
      EntityResolver entities,
      QuoteExtractor quotes,
      FigureExtractor figures,
      EventExtractor events) {
    this.entities = entities;
    this.quotes = quotes;
    this.figures = figures;
    this.events = events;
  }

  /** The Italian rules of this package. */
  public static StoryExtractor italian() {
    return new StoryExtractor(
        new NameMatchingEntityResolver(),
        new ItalianQuoteExtractor(),
        new ItalianFigureExtractor(),
        new ClauseEventExtractor());
  }

  /** Extracts {@code story}, whose articles are among {@code articles}. */
  public StoryExtraction extract(Story story, List<AnnotatedArticle> articles) {
    Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return extract(story, byId);
  }

  /**
   * Extracts {@code story}, whose articles are among {@code byId}: for many stories, build the
   * index once, so that each story costs its own articles only.
   */
  public StoryExtraction extract(Story story, Map<String, AnnotatedArticle> byId) {
    List<AnnotatedArticle> members = new ArrayList<>();
    for (String id : story.articleIds()) {
      AnnotatedArticle a = byId.get(id);
      if (a == null) {
        throw new IllegalArgumentException("story " + story.id() + " names unknown article " + id);
      }
      members.add(a);
    }
    List<Entity> found = entities.resolve(members);
    List<QuotationGroup.Variant> variants = new ArrayList<>();
    List<Figure> numbers = new ArrayList<>();
    List<DatedEvent> dated = new ArrayList<>();
    Map<String, ArticleDay> days = ArticleDay.inStory(members);
    for (AnnotatedArticle a : members) {
      for (Quotation q : quotes.extract(a)) {
        variants.add(new QuotationGroup.Variant(q, speakerEntity(q, found)));
      }
      numbers.addAll(figures.extract(a));
      dated.addAll(events.extract(a, days.get(a.id())));
    }
    return new StoryExtraction(
        story.id(), found, group(story.id(), variants, found), numbers, dated);
  }

  /** The entity a quotation's speaker words name, or {@code null}. */
  static @Nullable String speakerEntity(Quotation q, List<Entity> entities) {
    Speaker s = q.speaker();
    if (s == null) {
      return null;
    }
    List<Entity> inside = new ArrayList<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.articleId().equals(q.articleId())
            && m.span().start() < s.span().end()
            && s.span().start() < m.span().end()
            && !inside.contains(e)) {
          inside.add(e);
        }
      }
    }
    // "il consigliere di Donald Trump Mike Waltz": the person after "di" is whose the role is
    for (boolean afterOf : new boolean[] {false, true}) {
      for (Entity e : inside) {
        if (e.type() == EntityType.PER && afterOf == afterOf(e, q, s)) {
          return e.id(); // "Il portavoce presidenziale russo Dmitry Peskov", "Trump"
        }
      }
    }
    // a role, maybe of a body named inside it: "il portavoce del Cremlino", "il presidente USA"
    String words = s.text().toLowerCase(Locale.ROOT).replaceFirst(DETERMINER, "");
    String head = words.split("[\\s']+", 2)[0];
    List<Entity> holders = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PER && e.roles().stream().anyMatch(r -> holds(r, head, inside))) {
        holders.add(e);
      }
    }
    if (holders.size() > 1) { // prefer who is named in the same article
      holders.removeIf(
          e -> e.mentions().stream().noneMatch(m -> m.articleId().equals(q.articleId())));
    }
    if (holders.size() == 1) {
      return holders.get(0).id();
    }
    List<String> said = NameMatchingEntityResolver.fold(words);
    // a name the tagger missed here but found elsewhere: "Peskov ha affermato che …"
    List<Entity> named =
        entities.stream()
            .filter(e -> e.type() == EntityType.PER)
            .filter(
                e ->
                    e.mentions().stream()
                        .anyMatch(m -> NameMatchingEntityResolver.fold(m.text()).equals(said)))
            .toList();
    if (named.size() == 1) {
      return named.get(0).id();
    }
    for (Entity body : inside) { // a body speaking: "il Cremlino"
      if (body.mentions().stream()
          .anyMatch(m -> NameMatchingEntityResolver.fold(m.text()).equals(said))) {
        return body.id();
      }
    }
    return null;
  }

  /**
   * Whether every mention of {@code e} in the speaker's words follows "di" ("… di Donald Trump").
   */
  private static boolean afterOf(Entity e, Quotation q, Speaker s) {
    return e.mentions().stream()
        .filter(m -> m.articleId().equals(q.articleId()) && s.span().contains(m.span()))
        .allMatch(
            m ->
                s.text()
                    .substring(0, m.span().start() - s.span().start())
                    .toLowerCase(Locale.ROOT)
                    .matches("(?s).*\\b(di|del|della|dello|dei|degli|delle)\\s+$"));
  }

  private static final String DETERMINER = "^(il|lo|la|l'|l’|i|gli|le|un|una|uno)\\s*";

  /** Whether {@code role} has the same head noun, and names the same bodies the speaker names. */
  private static boolean holds(String role, String head, List<Entity> bodies) {
    String r = role.toLowerCase(Locale.ROOT);
    if (head.isBlank() || !r.split("[\\s']+", 2)[0].equals(head)) {
      return false;
    }
    String folded = String.join(" ", NameMatchingEntityResolver.fold(role));
    for (Entity b : bodies) {
      boolean named =
          b.mentions().stream()
              .anyMatch(
                  m ->
                      folded.contains(String.join(" ", NameMatchingEntityResolver.fold(m.text()))));
      if (!named) {
        return false;
      }
    }
    return true;
  }

  private static List<QuotationGroup> group(
      String storyId, List<QuotationGroup.Variant> all, List<Entity> entities) {
    int n = all.size();
    List<Set<String>> stems = new ArrayList<>();
    for (QuotationGroup.Variant v : all) {
      stems.add(stems(v.quotation()));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 1; i < n; i++) {
      if (continues(all.get(i - 1), all.get(i), entities)) {
        parent[root(parent, i)] = root(parent, i - 1);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Quotation a = all.get(i).quotation();
        Quotation b = all.get(j).quotation();
        if (a.kind() == Quotation.Kind.DIRECT
            && b.kind() == Quotation.Kind.DIRECT
            && !a.articleId().equals(b.articleId())
            && similar(stems.get(i), stems.get(j))) {
          parent[root(parent, j)] = root(parent, i);
        }
      }
    }
    Map<Integer, List<QuotationGroup.Variant>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(all.get(i));
    }
    List<QuotationGroup> out = new ArrayList<>();
    int k = 0;
    for (List<QuotationGroup.Variant> g : groups.values()) {
      out.add(new QuotationGroup(storyId + "-q" + (++k), majority(g), g));
    }
    return out;
  }

  /**
   * Whether {@code next} goes on with the statement {@code previous} quotes: the next direct
   * quotation of the same article, by the same speaker, at most {@value #MAX_PAUSE} characters
   * later, with no other person named in between ("«…», lo scrive Trump su Truth. «…»"), so that a
   * statement quoted in pieces is one statement.
   */
  private static boolean continues(
      QuotationGroup.Variant previous, QuotationGroup.Variant next, List<Entity> entities) {
    Quotation a = previous.quotation();
    Quotation b = next.quotation();
    String speaker = previous.speakerEntityId();
    if (!a.articleId().equals(b.articleId())
        || a.kind() != Quotation.Kind.DIRECT
        || b.kind() != Quotation.Kind.DIRECT
        || speaker == null
        || !speaker.equals(next.speakerEntityId())
        || b.span().start() - a.span().end() > MAX_PAUSE) {
      return false;
    }
    Span between = new Span(a.span().end(), b.span().start());
    return entities.stream()
        .filter(e -> e.type() == EntityType.PER && !e.id().equals(speaker))
        .flatMap(e -> e.mentions().stream())
        .noneMatch(m -> m.articleId().equals(a.articleId()) && between.contains(m.span()));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static @Nullable String majority(List<QuotationGroup.Variant> g) {
    Map<String, Integer> votes = new HashMap<>();
    for (QuotationGroup.Variant v : g) {
      if (v.speakerEntityId() != null) {
        votes.merge(v.speakerEntityId(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static Set<String> stems(Quotation q) {
    Set<String> out = new HashSet<>();
    for (Token t : WORDS.annotate(Article.of("q", q.text())).tokens()) {
      if (!t.stop()) {
        out.add(t.norm());
      }
    }
    return out;
  }

  private static boolean similar(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return shared >= MIN_SHARED && shared >= MIN_OVERLAP * Math.min(a.size(), b.size());
  }
}
