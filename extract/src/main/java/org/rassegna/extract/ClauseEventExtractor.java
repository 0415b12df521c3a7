package org.rassegna.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;
import org.rassegna.model.Token;

/**
 * One dated event per day-precision DATE time expression (the annotator has normalised it against
 * the publication date: "mercoledì", "oggi", "12 febbraio"): the clause of its sentence that holds
 * it, cut at semicolons, colons and dashes, so that a sentence telling two days gives two events.
 * Month, year and vague dates ("2025-02", "PAST_REF") place nothing on a day and are passed over;
 * relative ones ("oggi", "ieri", "mercoledì": no number in the words) are read with the article's
 * {@link ArticleDay day} (its story's when the article has none of its own: moved to it, else
 * passed over, since they were resolved against a guess); a day named twice in one clause is one
 * event. What happened is told by the clause's content words (non-stop tokens with a letter,
 * outside time expressions).
 */
public final class ClauseEventExtractor implements EventExtractor {

  /** Where a clause ends inside a sentence. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;:]|\\s[—–-]\\s");

  @Override
  public List<DatedEvent> extract(AnnotatedArticle article, ArticleDay day) {
    String text = article.article().text();
    List<DatedEvent> out = new ArrayList<>();
    for (TimeExpression x : article.times()) {
      Optional<LocalDate> named = x.wholeDay() ? day.dayOf(x) : Optional.empty();
      if (named.isEmpty()) {
        continue;
      }
      String value = named.get().toString();
      Span sentence = sentenceOf(article, x.span());
      Span clause = clause(text, sentence, x.span());
      DatedEvent last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.span().equals(clause) && last.day().equals(value)) {
        continue;
      }
      out.add(
          new DatedEvent(
              article.id(), value, x.span(), clause, clause.of(text), terms(article, clause)));
    }
    return out;
  }

  /** The content words of {@code clause} that are not part of a time expression. */
  private static List<String> terms(AnnotatedArticle article, Span clause) {
    List<String> out = new ArrayList<>();
    for (Token t : article.tokens()) {
      if (clause.contains(t.span())
          && !t.stop()
          && t.text().codePoints().anyMatch(Character::isLetter)
          && article.times().stream().noneMatch(x -> x.span().contains(t.span()))) {
        out.add(t.norm());
      }
    }
    return out;
  }

  private static Span sentenceOf(AnnotatedArticle article, Span time) {
    for (Sentence s : article.sentences()) {
      if (s.span().start() <= time.start() && time.start() < s.span().end()) {
        return new Span(s.span().start(), Math.max(s.span().end(), time.end()));
      }
    }
    return time; // no sentence holds it: the expression alone
  }

  /** The part of {@code sentence} between the clause ends around {@code time}, trimmed. */
  static Span clause(String text, Span sentence, Span time) {
    int start = sentence.start();
    int end = sentence.end();
    var m = CLAUSE_END.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      if (m.end() <= time.start()) {
        start = m.end();
      } else if (m.start() >= time.end()) {
        end = m.start();
        break;
      }
    }
    while (start < time.start() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > time.end() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
