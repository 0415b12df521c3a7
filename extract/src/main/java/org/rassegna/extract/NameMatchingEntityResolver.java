package org.rassegna.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * Entities across articles from the annotator's mentions, by their names:
 *
 * <ul>
 *   <li>names compare folded: case, accents and apostrophes dropped, transliteration endings
 *       unified ("Dmitrij"/"Dmitry", "Zelenskyy"/"Zelensky"), and a few names that differ between
 *       languages mapped to one ("USA"/"Stati Uniti", "Kremlin"/"Cremlino");
 *   <li>two full names of persons are one person when the surnames agree and the given names start
 *       with the same letter ("Mike"/"Michael Waltz", "Marc"/"Mark Fogel");
 *   <li>a surname alone is the person when exactly one person in the articles bears it ("Peskov");
 *       the first word of a body's name alone is that body when it begins no other ("Truth" for
 *       "Truth Social");
 *   <li>mentions the tagger ran together or extended are cut back to known names ("Donald Trump
 *       Mike Waltz", "Speciale Steve Witkoff", "Zelensky dell'Ucraina").
 * </ul>
 *
 * <p>Roles are read from the noun phrase in apposition before a person's name: "il portavoce del
 * Cremlino Dmitry Peskov", "dal direttore della CIA, John Ratcliffe".
 */
public final class NameMatchingEntityResolver implements EntityResolver {

  private static final Map<String, String> ALIASES =
      Map.of(
          "usa", "stati uniti",
          "u s a", "stati uniti",
          "stati uniti d america", "stati uniti",
          "kremlin", "cremlino",
          "white house", "casa bianca");

  /** Determiners and articulated prepositions that open a role ("il", "al", "dall'"). */
  private static final Set<String> ROLE_OPENERS =
      Set.of(
          "il", "la", "l", "i", "gli", "le", "al", "allo", "alla", "all", "dal", "dallo", "dalla",
          "dall", "col", "sul", "sulla", "sull", "nel", "nella", "nell");

  /**
   * Prepositions: a determiner after one starts a complement, not the role (after "e" it starts a
   * role: "e dall'inviato speciale Steve Witkoff").
   */
  private static final Set<String> PREPOSITIONS =
      Set.of("di", "a", "da", "in", "con", "su", "per", "tra", "fra");

  private static final Set<String> OF =
      Set.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell", "d");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+['’]?");

  /** A mention as resolved: possibly cut back, with its folded tokens. */
  private record Item(String articleId, Span span, String text, EntityType type, List<String> key) {

    String joined() {
      return String.join(" ", key);
    }
  }

  @Override
  public List<Entity> resolve(List<AnnotatedArticle> articles) {
    List<Item> items = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      Set<Span> seen = new HashSet<>();
      for (Mention m : a.mentions()) {
        List<String> key = fold(m.text());
        // CoreNlpItalianAnnotator can repeat a sentence's words, and so a mention (seeds 003)
        if (!key.isEmpty() && seen.add(m.span())) {
          items.add(new Item(a.id(), m.span(), m.text(), m.type(), key));
        }
      }
    }
    Set<String> personKeys = new LinkedHashSet<>();
    items.stream()
        .filter(i -> i.type() == EntityType.PER && i.key().size() >= 2 && i.key().size() <= 3)
        .forEach(i -> personKeys.add(i.joined()));
    items = cutBack(items, personKeys);
    UnionFind<String> sets = new UnionFind<>();
    items.forEach(i -> sets.add(i.joined()));
    mergePersons(items, sets);
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item i : items) {
      groups.computeIfAbsent(sets.find(i.joined()), k -> new ArrayList<>()).add(i);
    }
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    for (AnnotatedArticle a : articles) {
      byId.put(a.id(), a);
    }
    List<Entity> out = new ArrayList<>();
    for (List<Item> g : groups.values()) {
      out.add(entity(g, byId));
    }
    out.sort(
        Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name));
    List<Entity> numbered = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      Entity e = out.get(k);
      numbered.add(new Entity("e" + (k + 1), e.name(), e.type(), e.mentions(), e.roles()));
    }
    return List.copyOf(numbered);
  }

  /** Folded name words: lower case, no accents or apostrophes, transliterations unified. */
  static List<String> fold(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (plain.isEmpty()) {
      return List.of();
    }
    plain = ALIASES.getOrDefault(plain, plain);
    List<String> words = new ArrayList<>();
    for (String w : plain.split(" ")) {
      words.add(w.replaceAll("(ij|iy|yy|ii)$", "y"));
    }
    return List.copyOf(words);
  }

  /**
   * Cuts back mentions the tagger ran together or extended: a known full name followed by two or
   * more words in one mention becomes two names ("Donald Trump Mike Waltz", even where Waltz is
   * named nowhere else), a known name after stray words or before "di …" becomes that name.
   */
  private static List<Item> cutBack(List<Item> items, Set<String> personKeys) {
    Set<String> surnames = new LinkedHashSet<>();
    personKeys.forEach(k -> surnames.add(k.substring(k.lastIndexOf(' ') + 1)));
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      List<Span> words = words(i);
      List<String> key = i.key();
      if (words.size() != key.size() || personKeys.contains(i.joined())) {
        out.add(i);
        continue;
      }
      int of = -1;
      for (int k = 1; k < key.size(); k++) {
        if (OF.contains(key.get(k))) {
          of = k;
          break;
        }
      }
      boolean done = false;
      for (int cut = 2; cut + 2 <= key.size() && !done; cut++) {
        String left = String.join(" ", key.subList(0, cut));
        String right = String.join(" ", key.subList(cut, key.size()));
        if (personKeys.contains(left)) { // a known full name, then two more words: a second name
          out.add(part(i, words, 0, cut));
          out.add(part(i, words, cut, key.size()));
          done = true;
        }
      }
      for (int start = 1; start + 2 <= key.size() && !done; start++) {
        if (personKeys.contains(String.join(" ", key.subList(start, key.size())))) {
          out.add(part(i, words, start, key.size()));
          done = true;
        }
      }
      if (!done && of > 0) {
        String head = String.join(" ", key.subList(0, of));
        if (personKeys.contains(head) || surnames.contains(head)) {
          out.add(part(i, words, 0, of));
          done = true;
        }
      }
      if (!done) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Span> words(Item i) {
    List<Span> out = new ArrayList<>();
    Matcher m = WORD.matcher(i.text());
    while (m.find()) {
      out.add(new Span(i.span().start() + m.start(), i.span().start() + m.end()));
    }
    return out;
  }

  private static Item part(Item i, List<Span> words, int from, int to) {
    Span span = new Span(words.get(from).start(), words.get(to - 1).end());
    String text =
        i.text().substring(span.start() - i.span().start(), span.end() - i.span().start());
    return new Item(i.articleId(), span, text, EntityType.PER, fold(text));
  }

  /** Full names with the same surname and given names of the same initial, then lone surnames. */
  private static void mergePersons(List<Item> items, UnionFind<String> sets) {
    List<List<String>> full = new ArrayList<>();
    for (Item i : items) {
      if (i.key().size() >= 2 && i.type() == EntityType.PER && !full.contains(i.key())) {
        full.add(i.key());
      }
    }
    for (int a = 0; a < full.size(); a++) {
      for (int b = a + 1; b < full.size(); b++) {
        if (samePerson(full.get(a), full.get(b))) {
          sets.union(String.join(" ", full.get(a)), String.join(" ", full.get(b)));
        }
      }
    }
    for (Item i : items) {
      if (i.key().size() != 1) {
        continue;
      }
      Set<String> bodies = new LinkedHashSet<>(); // "Truth" for "Truth Social"
      for (Item o : items) {
        if (o.type() != EntityType.PER
            && o.key().size() >= 2
            && o.key().get(0).equals(i.key().get(0))) {
          bodies.add(sets.find(o.joined()));
        }
      }
      if (bodies.size() == 1 && i.text().length() > 3) {
        sets.union(i.joined(), bodies.iterator().next());
        continue;
      }
      Set<String> owners = new LinkedHashSet<>();
      for (List<String> f : full) {
        if (f.get(f.size() - 1).equals(i.key().get(0))) {
          owners.add(sets.find(String.join(" ", f)));
        }
      }
      if (owners.size() == 1) {
        sets.union(i.joined(), owners.iterator().next());
      }
    }
  }

  private static boolean samePerson(List<String> a, List<String> b) {
    return a.size() >= 2
        && b.size() >= 2
        && a.get(a.size() - 1).equals(b.get(b.size() - 1))
        && a.get(0).charAt(0) == b.get(0).charAt(0);
  }

  private static Entity entity(List<Item> group, Map<String, AnnotatedArticle> articles) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    Map<String, Integer> forms = new LinkedHashMap<>();
    List<EntityMention> mentions = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>();
    for (Item i : group) {
      votes.merge(i.type(), i.key().size(), Integer::sum); // longer names are tagged more surely
      forms.merge(i.text(), 1, Integer::sum);
      mentions.add(new EntityMention(i.articleId(), i.span(), i.text()));
    }
    EntityType type =
        votes.entrySet().stream()
            .max(
                Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal()))
            .orElseThrow()
            .getKey();
    if (type == EntityType.PER) {
      for (Item i : group) {
        String role = roleBefore(articles.get(i.articleId()), i.span());
        if (role != null) {
          roles.add(role);
        }
      }
    }
    String name =
        forms.entrySet().stream()
            .max(
                Comparator.<Map.Entry<String, Integer>>comparingInt(
                        e -> Math.min(fold(e.getKey()).size(), 2))
                    .thenComparing(Map.Entry::getValue))
            .orElseThrow()
            .getKey();
    return new Entity("", name, type, mentions, List.copyOf(roles));
  }

  /**
   * The role in apposition right before a name: from the last determiner not governed by a
   * preposition to the name, within the same clause ("il portavoce del Cremlino Dmitry Peskov";
   * across a comma: "dal direttore della CIA, John Ratcliffe").
   */
  static @Nullable String roleBefore(AnnotatedArticle article, Span name) {
    String text = article.article().text();
    int end = name.start();
    int from = end;
    while (from > 0 && end - from < 90 && ".;:!?()\"«»“”\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String before = text.substring(from, end).stripTrailing();
    if (before.endsWith(",")) {
      // an apposition after a comma closes after the name: "dal direttore della CIA, John
      // Ratcliffe;" but not "Oltre al conflitto ucraino, Trump e Putin"
      if (name.end() < text.length() && ",;.)".indexOf(text.charAt(name.end())) < 0) {
        return null;
      }
      before = before.substring(0, before.length() - 1);
    }
    int comma = before.lastIndexOf(',');
    if (comma >= 0) {
      before = before.substring(comma + 1);
    }
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Matcher m = WORD.matcher(before);
    while (m.find()) {
      words.add(m.group());
      starts.add(m.start());
    }
    for (int k = words.size() - 2; k >= Math.max(0, words.size() - 9); k--) {
      String w = fold(words.get(k).replaceAll("['’]$", "")).stream().findFirst().orElse("");
      if (!ROLE_OPENERS.contains(w)) {
        continue;
      }
      if (k > 0 && PREPOSITIONS.contains(fold(words.get(k - 1)).stream().findFirst().orElse(""))) {
        continue;
      }
      String role = before.substring(starts.get(k) + words.get(k).length()).strip();
      String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replaceAll("['’]$", "");
      if (role.isEmpty() || PREPOSITIONS.contains(last) || OF.contains(last) || last.equals("e")) {
        return null;
      }
      int roleStart = from + before.indexOf(role, starts.get(k));
      return nounPhrase(article, new Span(roleStart, roleStart + role.length())) ? role : null;
    }
    return null;
  }

  /**
   * Whether the tagger's parts of speech allow {@code span} to be a role ("portavoce del Cremlino",
   * "inviato speciale"; not "suo omologo" or "Cremlino aveva dichiarato che"). Without tags, it is
   * taken as one.
   */
  private static boolean nounPhrase(AnnotatedArticle article, Span span) {
    List<Token> inside = article.tokens().stream().filter(t -> span.contains(t.span())).toList();
    if (inside.isEmpty() || inside.get(0).pos().isEmpty()) {
      return true;
    }
    if (inside.get(0).pos().equals("DET")) {
      return false; // "suo omologo": a possessive, not a role
    }
    Token last = inside.get(inside.size() - 1);
    boolean lastInsideMention =
        article.mentions().stream()
            .anyMatch(m -> m.type() != EntityType.PER && m.span().contains(last.span()));
    if (last.pos().equals("PROPN") && !lastInsideMention) {
      return false; // "presidente degli Stati Uniti Donald": part of the name itself
    }
    // a participle may head a role ("inviato speciale"), no other verb may stand in one
    return inside.stream()
        .skip(1)
        .noneMatch(t -> NOT_IN_ROLES.contains(t.pos()) || t.pos().equals("VERB"));
  }

  private static final Set<String> NOT_IN_ROLES = Set.of("AUX", "SCONJ", "PRON", "PUNCT");

  /** Union-find over names. */
  private static final class UnionFind<T> {
    private final Map<T, T> parent = new HashMap<>();

    void add(T x) {
      parent.putIfAbsent(x, x);
    }

    T find(T x) {
      T p = parent.getOrDefault(x, x);
      if (p.equals(x)) {
        return x;
      }
      T root = find(p);
      parent.put(x, root);
      return root;
    }

    void union(T a, T b) {
      add(a);
      add(b);
      T ra = find(a);
      T rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }
  }
}
