package org.rassegna.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.InputSummary;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Citation;
import org.rassegna.model.Clustering;
import org.rassegna.model.Span;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;

/**
 * Writes the stories grouped by storyline (storylines most covered first, their events earliest
 * first), each story as a headline, a short extractive summary and its sources. The summary is
 * {@link CentroidSummarizer}'s choice; each of its sentences cites every source sentence that
 * states the same thing. The headline is the most central article's title when it has one, else the
 * summary's best sentence (which is then not repeated below it). Each source carries its
 * independent-source group, from dedup.
 */
public final class BriefComposer {

  /** Summary sentences per story, headline included when it comes from the text. */
  public static final int SUMMARY_SENTENCES = 5;

  private final CentroidSummarizer summarizer = new CentroidSummarizer();

  /** A brief in which every article is an independent source. */
  public Brief compose(Clustering clustering, List<AnnotatedArticle> articles, InputSummary input) {
    return compose(clustering, articles, Map.of(), input);
  }

  /**
   * A brief naming each source's independent-source group.
   *
   * @param groupOfArticle the group id of each article (from dedup); an article missing here is a
   *     group of its own
   */
  public Brief compose(
      Clustering clustering,
      List<AnnotatedArticle> articles,
      Map<String, String> groupOfArticle,
      InputSummary input) {
    Map<String, AnnotatedArticle> byId =
        articles.stream().collect(Collectors.toMap(AnnotatedArticle::id, Function.identity()));
    Map<String, Story> storiesById =
        clustering.stories().stream().collect(Collectors.toMap(Story::id, Function.identity()));
    List<StoryBrief> briefs = new ArrayList<>();
    for (Storyline line : clustering.storylines()) {
      for (String storyId : line.storyIds()) {
        briefs.add(story(storiesById.get(storyId), line, byId, groupOfArticle));
      }
    }
    return new Brief(briefs, input);
  }

  private StoryBrief story(
      Story story,
      Storyline line,
      Map<String, AnnotatedArticle> byId,
      Map<String, String> groupOfArticle) {
    List<AnnotatedArticle> members = story.articleIds().stream().map(byId::get).toList();
    List<Source> sources = new ArrayList<>();
    for (AnnotatedArticle a : members) {
      Article article = a.article();
      sources.add(
          new Source(
              article.id(),
              article.source(),
              article.title(),
              article.published(),
              article.url(),
              groupOfArticle.getOrDefault(article.id(), article.id())));
    }
    List<CitedSentence> summary =
        summarizer.summarize(members, SUMMARY_SENTENCES).stream()
            .map(p -> new CitedSentence(p.text(), p.support()))
            .collect(Collectors.toCollection(ArrayList::new));
    AnnotatedArticle central = members.get(0);
    String title = central.article().title();
    CitedSentence headline;
    if (title != null && !title.isBlank()) {
      Span whole = new Span(0, title.length());
      headline =
          new CitedSentence(
              title, List.of(new Citation(central.id(), Citation.Field.TITLE, whole)));
    } else if (!summary.isEmpty()) {
      headline = summary.remove(0);
    } else {
      Span whole = new Span(0, central.article().text().length());
      headline =
          new CitedSentence(
              central.article().source(), List.of(Citation.ofText(central.id(), whole)));
    }
    return new StoryBrief(story.id(), line.id(), headline, summary, sources);
  }
}
