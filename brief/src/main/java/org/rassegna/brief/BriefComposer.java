package org.rassegna.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;

/**
 * Writes the stories grouped by storyline (storylines most covered first, their events earliest
 * first), each story as its headline and the lead sentence of each of its articles, most central
 * article first, every sentence citing the characters it was taken from. The headline is the most
 * central article's title when it has one, else its lead sentence.
 */
public final class BriefComposer {

  /** Lead sentences shorter than this many tokens (a dateline, a caption) are passed over. */
  private static final int MIN_LEAD_TOKENS = 6;

  public Brief compose(Clustering clustering, List<AnnotatedArticle> articles, InputSummary input) {
    Map<String, AnnotatedArticle> byId =
        articles.stream().collect(Collectors.toMap(AnnotatedArticle::id, Function.identity()));
    Map<String, Story> storiesById =
        clustering.stories().stream().collect(Collectors.toMap(Story::id, Function.identity()));
    List<StoryBrief> briefs = new ArrayList<>();
    for (Storyline line : clustering.storylines()) {
      for (String storyId : line.storyIds()) {
        briefs.add(story(storiesById.get(storyId), line, byId));
      }
    }
    return new Brief(briefs, input);
  }

  private static StoryBrief story(Story story, Storyline line, Map<String, AnnotatedArticle> byId) {
    List<AnnotatedArticle> members = story.articleIds().stream().map(byId::get).toList();
    List<CitedSentence> summary = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (AnnotatedArticle a : members) {
      Article article = a.article();
      sources.add(
          new Source(
              article.id(), article.source(), article.title(), article.published(), article.url()));
      lead(a).ifPresent(s -> summary.add(cite(a, s)));
    }
    AnnotatedArticle central = members.get(0);
    String title = central.article().title();
    CitedSentence headline =
        title != null && !title.isBlank()
            ? new CitedSentence(title, List.of(titleCitation(central.id(), title)))
            : summary.isEmpty() ? fallbackHeadline(central) : summary.get(0);
    return new StoryBrief(story.id(), line.id(), headline, summary, sources);
  }

  /** The first sentence long enough to say something, else the first sentence. */
  private static Optional<Sentence> lead(AnnotatedArticle a) {
    return a.sentences().stream()
        .filter(s -> tokensIn(a, s) >= MIN_LEAD_TOKENS)
        .findFirst()
        .or(() -> a.sentences().stream().findFirst());
  }

  private static long tokensIn(AnnotatedArticle a, Sentence s) {
    return a.tokens().stream().filter(t -> s.span().contains(t.span())).count();
  }

  private static CitedSentence cite(AnnotatedArticle a, Sentence s) {
    return new CitedSentence(a.textOf(s), List.of(Citation.ofText(a.id(), s.span())));
  }

  private static Citation titleCitation(String articleId, String title) {
    return new Citation(articleId, Citation.Field.TITLE, new Span(0, title.length()));
  }

  /** An article with no sentence at all: its source stands in, citing its whole text. */
  private static CitedSentence fallbackHeadline(AnnotatedArticle a) {
    Span whole = new Span(0, a.article().text().length());
    return new CitedSentence(a.article().source(), List.of(Citation.ofText(a.id(), whole)));
  }
}
