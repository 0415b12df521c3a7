package org.rassegna.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Clustering;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;

class BriefComposerTest {

  private final LuceneAnnotator annotator = LuceneAnnotator.italian();

  private AnnotatedArticle article(String id, String text) {
    return annotator.annotate(Article.of(id, text));
  }

  private final List<AnnotatedArticle> articles =
      List.of(
          article(
              "feb", "Prima telefonata tra Trump e Putin, durata un'ora e mezza, sull'Ucraina."),
          article("mar", "Seconda telefonata tra Trump e Putin: tregua sulle infrastrutture."),
          article("fire", "A Modena un incendio ha distrutto un capannone agricolo nella notte."));

  private final Clustering clustering =
      new Clustering(
          List.of(
              new Story("s1", List.of("fire")),
              new Story("s2", List.of("feb")),
              new Story("s3", List.of("mar"))),
          List.of(new Storyline("l2", List.of("s2", "s3")), new Storyline("l1", List.of("s1"))));

  @Test
  void storiesFollowTheirStorylines() throws Exception {
    Brief brief =
        new BriefComposer().compose(clustering, articles, new Brief.InputSummary(3, List.of()));
    assertThat(brief.stories()).extracting(StoryBrief::id).containsExactly("s2", "s3", "s1");
    assertThat(brief.stories()).extracting(StoryBrief::storyline).containsExactly("l2", "l2", "l1");
    StringWriter md = new StringWriter();
    new MarkdownBriefWriter(Labels.EN).write(brief, md);
    assertThat(md.toString())
        .contains("3 stories in 2 storylines from 3 articles.")
        .contains("*Storyline 1, event 1 of 2.*", "*Storyline 1, event 2 of 2.*")
        .doesNotContain("Storyline 2");
  }
}
