package org.rassegna.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Token;

/**
 * The persons one article names, and the words that stand for them, so that a speaker is given by
 * the fullest name the article gives. The persons are {@link NameMatchingEntityResolver}'s over
 * this article alone (a later surname or first and last name joins the full name: "Capocelli" ←
 * "Vittorio Capocelli"); on top of them, a role is tied to a name when it stands in apposition
 * before it ("il legale, Sergio Rastrelli", "l'avvocato Sergio Rastrelli", "del presidente X") or
 * after it ("Sergio Rastrelli, avvocato di …"). Words tied to a quotation stand for a person when
 * they hold one person's name outside a "di" complement ("lo stesso Visco", "il premier Romano
 * Prodi"), when they are a form of one person's name the tagger missed there, or when they are a
 * role ("il legale", "il presidente") that the article has tied, before them or in their own
 * apposition, to exactly one person with the same head noun (or one it names more generally: "il
 * legale" for "l'avvocato", "il magistrato" for "il giudice") and every other word of the role.
 * Anything else (two candidates, a role never tied to a name, a body) is left as found: never a
 * guess.
 *
 * <p>Requires the annotator's person mentions; its parts of speech, when it gives them, keep verbs
 * and conjunctions out of roles. Provides {@link #named}.
 */
final class ArticleEntities {

  /** A name and the comma after it, then a role: "Sergio Rastrelli, avvocato di …". */
  private static final Pattern ROLE_AFTER =
      Pattern.compile("^\\s*,\\s*(?:(?:il|lo|la|l['’])\\s*)?(\\p{L}+)([^,.;:!?()«»\"“”\\n]*)");

  /** The word right before a name: "del presidente X", "dall'avvocato X". */
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[ \\t]+$");

  private static final int ROLE_REACH = 80;

  /** Role nouns that name more generally the holders of others: "il legale" for "l'avvocato". */
  private static final Map<String, Set<String>> GENERAL =
      Map.of(
          "legale", Set.of("avvocato", "avvocata", "difensore"),
          "magistrato", Set.of("giudice", "gip", "gup", "pm", "procuratore", "sostituto"),
          "giudice", Set.of("gip", "gup"));

  /** Roles of two words said as one: "presidente del consiglio" is the premier. */
  private static final Map<List<String>, List<String>> SAME_ROLE =
      Map.of(
          List.of("presidente", "consiglio"), List.of("premier"),
          List.of("primo", "cittadino"), List.of("sindaco"),
          List.of("capo", "stato"), List.of("presidente", "repubblica"));

  /** Words that open or link the words of a role, not part of what it says. */
  private static final Set<String> FILLERS =
      Set.of(
          "il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "di", "del", "dello",
          "della", "dei", "degli", "delle", "dell", "d", "stesso", "stessa");

  /** A role tied to a person at offset {@code at}: its head noun and its folded words. */
  private record Role(int at, String head, List<String> words, Entity person) {}

  private final SpeakerPhrases phrases;
  private final AnnotatedArticle article;
  private final String text;
  private final List<Entity> persons;
  private final List<Role> roles = new ArrayList<>();

  ArticleEntities(ArticleWords words) {
    this.phrases = new SpeakerPhrases(words);
    this.article = words.article;
    this.text = words.text;
    this.persons =
        new NameMatchingEntityResolver()
            .resolve(List.of(article)).stream().filter(e -> e.type() == EntityType.PER).toList();
    for (Entity e : persons) {
      for (EntityMention m : e.mentions()) {
        roleBefore(m.span(), e);
        roleAfter(m.span(), e);
      }
    }
    roles.sort(Comparator.comparingInt(Role::at));
  }

  /**
   * {@code s}, the speaker of the quotation at {@code quotation}, with its words cut to the noun
   * phrase that names who speaks ({@link SpeakerPhrases#phrase}), named by the fullest name of the
   * person those stand for, with the span of that name where the article gives it closest before
   * the words; by the phrase itself when it stands for no one person.
   */
  Speaker named(Speaker s, Span quotation) {
    Span said = phrases.phrase(s.words(), quotation);
    Entity person = standsFor(said);
    Span name = person == null ? said : widened(fullestName(person, said).span(), said);
    return new Speaker(name, name.of(text), s.basis(), said);
  }

  /** The one person {@code words} stand for, or null. */
  @Nullable Entity standsFor(Span words) {
    Set<Entity> named = new LinkedHashSet<>();
    boolean anyName = false;
    for (Entity e : persons) {
      for (EntityMention m : e.mentions()) {
        if (m.span().start() < words.end() && words.start() < m.span().end()) {
          anyName = true;
          if (!afterOf(words, m.span()) && reached(words, m.span())) {
            named.add(e);
          }
        }
      }
    }
    if (named.size() == 1) {
      return named.iterator().next();
    }
    if (named.size() > 1) {
      return null; // "Trump e Putin"
    }
    List<String> said = sameRole(said(words));
    if (said.isEmpty()) {
      return null;
    }
    if (!anyName) {
      // a name the tagger missed here but found elsewhere in the article
      List<Entity> forms =
          persons.stream()
              .filter(
                  e ->
                      e.mentions().stream()
                          .anyMatch(m -> NameMatchingEntityResolver.fold(m.text()).equals(said)))
              .toList();
      if (forms.size() == 1) {
        return forms.get(0);
      }
    }
    List<String> opening = NameMatchingEntityResolver.fold(words.of(text));
    if (Set.of("un", "uno", "una").contains(opening.get(0))) {
      return null; // "un portavoce": someone the article brings in, not the one it named
    }
    return roleHolder(said, words.end());
  }

  /**
   * The folded words of {@code words} that can say who someone is: with tags, the nouns, names,
   * adjectives and numbers ("Anche il Ministro delle Pari opportunità", "la tennista attraverso");
   * without, all but determiners, "di" and "stesso".
   */
  private List<String> said(Span words) {
    List<Token> tokens = article.tokensIn(words);
    if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.pos().isEmpty())) {
      return content(words.of(text));
    }
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (SAYING_TAGS.contains(t.pos())) {
        out.addAll(content(t.text()));
      }
    }
    return out;
  }

  private static final Set<String> SAYING_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "X");

  /** Whether offset {@code at} falls inside a mention the annotator found. */
  private boolean inMention(int at) {
    return article.mentions().stream().anyMatch(x -> x.span().start() <= at && at < x.span().end());
  }

  /**
   * The one person tied by a statement starting before offset {@code at} (the words' own apposition
   * included: "il Presidente della Repubblica, Giorgio Napolitano") to a role with the head {@code
   * said.get(0)} or one it names more generally ("il legale" for "l'avvocato"), and with all of
   * {@code said}'s other words; null for a group ("i legali"), no one or several.
   */
  private @Nullable Entity roleHolder(List<String> said, int at) {
    String head = said.get(0);
    if (!ItalianSpeakers.isPeopleNoun(head) || ItalianSpeakers.isGroupNoun(head)) {
      return null;
    }
    Set<String> heads = new LinkedHashSet<>(GENERAL.getOrDefault(head, Set.of()));
    heads.add(head);
    List<String> rest = said.subList(1, said.size());
    Set<Entity> holders = new LinkedHashSet<>();
    for (Role r : roles) {
      if (r.at() < at && heads.contains(r.head()) && r.words().containsAll(rest)) {
        holders.add(r.person());
      }
    }
    return holders.size() == 1 ? holders.iterator().next() : null;
  }

  /**
   * The role in apposition before a name, or the people noun right before it ("del presidente X",
   * "dal Sostituto Procuratore X"), outside any other mention.
   */
  private void roleBefore(Span name, Entity person) {
    String role = NameMatchingEntityResolver.roleBefore(article, name);
    if (role != null) {
      List<String> words = content(role);
      if (!words.isEmpty() && ItalianSpeakers.isPeopleNoun(words.get(0))) {
        addRole(text.lastIndexOf(role, name.start()), words, person);
        return;
      }
    }
    Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, name.start() - 40), name.start()));
    if (!m.find()) {
      return;
    }
    int at = name.start() - m.group().length();
    if (ItalianSpeakers.isPeopleNoun(m.group(1)) && noun(at) && !inMention(at)) {
      addRole(at, List.of(ItalianReporting.lower(m.group(1))), person);
    }
  }

  /** "Sergio Rastrelli, avvocato di …": a people noun after the comma that follows a name. */
  private void roleAfter(Span name, Entity person) {
    String after = text.substring(name.end(), Math.min(text.length(), name.end() + ROLE_REACH));
    Matcher m = ROLE_AFTER.matcher(after);
    if (m.find()
        && ItalianSpeakers.isPeopleNoun(m.group(1))
        && !ItalianSpeakers.isGroupNoun(m.group(1))
        && noun(name.end() + m.start(1))
        && !inMention(name.end() + m.start(1))
        && noVerb(name.end() + m.start(1), name.end() + m.end())) {
      addRole(name.start(), content(m.group(1) + m.group(2)), person);
    }
  }

  /** A role stated at {@code at}, as written and as {@link #SAME_ROLE} says it in one word. */
  private void addRole(int at, List<String> words, Entity person) {
    roles.add(new Role(at, words.get(0), words, person));
    List<String> same = sameRole(words);
    if (!same.equals(words)) {
      roles.add(new Role(at, same.get(0), same, person));
    }
  }

  /** {@code words} with a role of two words said as one ("primo cittadino": "sindaco"). */
  private static List<String> sameRole(List<String> words) {
    for (Map.Entry<List<String>, List<String>> e : SAME_ROLE.entrySet()) {
      int n = e.getKey().size();
      if (words.size() >= n && words.subList(0, n).equals(e.getKey())) {
        List<String> out = new ArrayList<>(e.getValue());
        out.addAll(words.subList(n, words.size()));
        return List.copyOf(out);
      }
    }
    return words;
  }

  /**
   * Whether the word at offset {@code at} is tagged a noun, common or proper ("Sostituto
   * Procuratore"), or the annotator does not tag.
   */
  private boolean noun(int at) {
    Token t = tokenAt(at);
    return t == null || t.pos().isEmpty() || t.pos().equals("NOUN") || t.pos().equals("PROPN");
  }

  /** Whether no word between the offsets is tagged a verb or an auxiliary: a role, not a clause. */
  private boolean noVerb(int from, int to) {
    return article.tokensIn(new Span(from, to)).stream()
        .noneMatch(t -> t.pos().equals("VERB") || t.pos().equals("AUX"));
  }

  private @Nullable Token tokenAt(int at) {
    for (Token t :
        article.tokensIn(new Span(Math.max(0, at - 30), Math.min(text.length(), at + 30)))) {
      if (t.span().start() <= at && at < t.span().end()) {
        return t;
      }
    }
    return null;
  }

  /**
   * Whether the words before {@code name} in {@code words} can qualify a name: no verb, pronoun or
   * conjunction, no quotation mark and no line break between ("il vicentino Filippo Pozzato", not
   * "lo studio fatto dall'istituto «Mario Negri»" nor a heading before the next paragraph's name).
   */
  private boolean reached(Span words, Span name) {
    if (name.start() <= words.start()) {
      return true;
    }
    String before = text.substring(words.start(), name.start());
    return before.chars().noneMatch(c -> "\n«»\"“”".indexOf(c) >= 0)
        && article.tokensIn(new Span(words.start(), name.start())).stream()
            .noneMatch(t -> CLAUSE_TAGS.contains(t.pos()));
  }

  private static final Set<String> CLAUSE_TAGS = Set.of("VERB", "AUX", "PRON", "SCONJ");

  /**
   * Whether the name at {@code name} stands in a "di" complement inside {@code words}: right after
   * "di" ("il legale di Rossi", "il consigliere di Donald Trump Mike Waltz") or after "di" and a
   * role of its own ("l'amministrazione del presidente russo Vladimir Putin"), not after "di" and a
   * body ("il portavoce del Cremlino Dmitry Peskov", "il ministro dell'interno Giuseppe Pisanu").
   */
  private boolean afterOf(Span words, Span name) {
    if (name.start() <= words.start()) {
      return false;
    }
    List<String> before =
        NameMatchingEntityResolver.fold(text.substring(words.start(), name.start()));
    int of = -1;
    for (int k = 0; k < before.size(); k++) {
      if (OF.contains(before.get(k))) {
        of = k;
      }
    }
    return of >= 0
        && (of == before.size() - 1
            || ItalianSpeakers.isPeopleNoun(before.get(of + 1))
                && !ItalianSpeakers.isGroupNoun(before.get(of + 1)));
  }

  private static final Set<String> OF =
      Set.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell", "d");

  /**
   * {@code name} with the names the tagger left out right before it inside {@code words}: "il
   * sindaco Pasquale Lamboglia" where only "Lamboglia" was tagged. A word joins when it is
   * capitalised, tagged a proper noun (without tags: not the first of {@code words}, "Il") and in
   * no other mention, unless those words follow a preposition: then they close a title's complement
   * ("il ministro dell'Interno Roberto Maroni").
   */
  private Span widened(Span name, Span words) {
    if (!words.contains(name)) {
      return name;
    }
    int start = name.start();
    List<Token> before = SpeakerPhrases.groups(article, new Span(words.start(), name.start()));
    int k = before.size() - 1;
    for (; k >= 0; k--) {
      Token t = before.get(k);
      boolean adjacent = text.substring(t.span().end(), start).matches("[ \\t]+");
      if (!adjacent
          || !Character.isUpperCase(t.text().codePointAt(0))
          || !(t.pos().equals("PROPN") || t.pos().isEmpty() && k > 0)
          || article.mentions().stream().anyMatch(m -> m.span().contains(t.span()))) {
        break;
      }
      start = t.span().start();
    }
    if (start < name.start()
        && k >= 0
        && SpeakerPhrases.IN_COMPLEMENT.contains(SpeakerPhrases.part(before.get(k)))) {
      return name; // "il ministro dell'Interno Roberto Maroni": the capitals are the title's
    }
    return new Span(start, name.end());
  }

  /** The folded words of {@code phrase} without determiners, "di" and "stesso". */
  private static List<String> content(String phrase) {
    return NameMatchingEntityResolver.fold(phrase).stream()
        .filter(w -> !FILLERS.contains(w))
        .toList();
  }

  /**
   * The mention of {@code person} with the most words (the earliest of them on a tie), at its
   * occurrence closest before {@code words} (else its first).
   */
  private static EntityMention fullestName(Entity person, Span words) {
    EntityMention fullest =
        person.mentions().stream()
            .max(
                Comparator.comparingInt(
                        (EntityMention m) -> NameMatchingEntityResolver.fold(m.text()).size())
                    .thenComparing(m -> -m.span().start()))
            .orElseThrow();
    EntityMention closest = null;
    for (EntityMention m : person.mentions()) {
      if (m.text().equals(fullest.text()) && m.span().start() <= words.start()) {
        closest = m;
      }
    }
    return closest == null ? fullest : closest;
  }
}
