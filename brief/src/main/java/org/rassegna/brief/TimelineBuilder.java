package org.rassegna.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rassegna.annotate.vector.SparseVector;
import org.rassegna.annotate.vector.TfIdf;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Brief.TimelineEntry;
import org.rassegna.model.Citation;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;

/**
 * A story's timeline. What happened on a day: the extract stage's {@link DatedEvent}s (the clause
 * around a day-precision date, read with the article's day as its story gives it, {@link
 * StoryDates}) when given, else each sentence that states a day. Texts of one day that say the same
 * thing (cosine ≥ {@link CentroidSummarizer#SAME}) make one entry, and an article of that day that
 * states the same thing without naming the day backs it too; each entry cites one span per
 * independent source group. Entries run by day, the best backed first within a day.
 */
final class TimelineBuilder {

  private TimelineBuilder() {}

  private static final class Draft {
    final LocalDate day;
    final String text;
    final SparseVector v;
    final int order;
    final Map<String, Citation> byGroup = new LinkedHashMap<>();

    Draft(LocalDate day, String text, SparseVector v, int order) {
      this.day = day;
      this.text = text;
      this.v = v;
      this.order = order;
    }
  }

  /** What happened, on which day, where. */
  private record Happening(AnnotatedArticle article, Span span, LocalDate day) {}

  /** From the sentences that state a day (when no extraction is at hand). */
  static List<TimelineEntry> build(
      List<AnnotatedArticle> articles, StoryDates dates, Function<String, String> groupOf) {
    List<Happening> happenings = new ArrayList<>();
    for (StoryDates.Dated d : dates.datedSentences(articles)) {
      happenings.add(new Happening(d.article(), d.sentence().span(), d.day()));
    }
    return entries(articles, happenings, dates, groupOf);
  }

  /** From the extract stage's dated events. */
  static List<TimelineEntry> build(
      List<AnnotatedArticle> articles,
      List<DatedEvent> events,
      StoryDates dates,
      Function<String, String> groupOf) {
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<Happening> happenings = new ArrayList<>();
    for (DatedEvent e : events) {
      AnnotatedArticle a = byId.get(e.articleId());
      if (a != null) {
        happenings.add(new Happening(a, e.span(), LocalDate.parse(e.day())));
      }
    }
    return entries(articles, happenings, dates, groupOf);
  }

  private static List<TimelineEntry> entries(
      List<AnnotatedArticle> articles,
      List<Happening> happenings,
      StoryDates dates,
      Function<String, String> groupOf) {
    List<List<String>> bags = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      a.sentences().forEach(s -> bags.add(TfIdf.contentTerms(a, s.span())));
    }
    TfIdf tfIdf = TfIdf.fit(bags);
    Map<String, Map<Sentence, SparseVector>> vectors = new HashMap<>();
    int i = 0;
    for (AnnotatedArticle a : articles) {
      Map<Sentence, SparseVector> own = new LinkedHashMap<>();
      for (Sentence s : a.sentences()) {
        own.put(s, tfIdf.vector(bags.get(i++)).normalized());
      }
      vectors.put(a.id(), own);
    }
    List<Draft> drafts = new ArrayList<>();
    for (Happening d : happenings) {
      SparseVector v = tfIdf.vector(TfIdf.contentTerms(d.article(), d.span())).normalized();
      String group = groupOf.apply(d.article().id());
      Citation cite = Citation.ofText(d.article().id(), d.span());
      Draft same =
          drafts.stream()
              .filter(x -> x.day.equals(d.day()) && x.v.dot(v) >= CentroidSummarizer.SAME)
              .findFirst()
              .orElse(null);
      if (same == null) {
        same = new Draft(d.day(), d.span().of(d.article().article().text()), v, drafts.size());
        drafts.add(same);
      }
      same.byGroup.putIfAbsent(group, cite);
    }
    for (Draft draft : drafts) {
      for (AnnotatedArticle a : articles) {
        String group = groupOf.apply(a.id());
        if (draft.byGroup.containsKey(group) || !draft.day.equals(dates.dayOf(a))) {
          continue;
        }
        vectors.get(a.id()).entrySet().stream()
            .filter(e -> e.getValue().dot(draft.v) >= CentroidSummarizer.SAME)
            .max(Comparator.comparingDouble(e -> e.getValue().dot(draft.v)))
            .ifPresent(e -> draft.byGroup.put(group, Citation.ofText(a.id(), e.getKey().span())));
      }
    }
    drafts.sort(
        Comparator.comparing((Draft d) -> d.day)
            .thenComparing(d -> -d.byGroup.size())
            .thenComparingInt(d -> d.order));
    return drafts.stream()
        .map(d -> new TimelineEntry(d.day.toString(), d.text, List.copyOf(d.byGroup.values())))
        .toList();
  }
}
