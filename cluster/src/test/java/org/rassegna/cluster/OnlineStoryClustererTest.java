package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.vector.RunningTfIdf;
import org.rassegna.annotate.vector.SparseVector;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Clustering;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;
import org.rassegna.model.TimeExpression;

class OnlineStoryClustererTest {

  private final LuceneAnnotator annotator = LuceneAnnotator.italian();
  private final StoryClusterer clusterer = new OnlineStoryClusterer();

  private AnnotatedArticle article(String id, String date, String text) {
    return annotator.annotate(
        new Article(id, id, null, new Published(date), null, text, "it", Map.of()));
  }

  /** {@code text} dated {@code date}, "oggi" in it tagged as the given day, with {@code day}. */
  private AnnotatedArticle withOggi(String date, String text, String oggi, ArticleDay day) {
    AnnotatedArticle words = article("o", date, text);
    int at = text.indexOf("oggi");
    TimeExpression x = new TimeExpression(new Span(at, at + 4), "oggi", "DATE", oggi);
    return new AnnotatedArticle(
        words.article(), "it", words.sentences(), words.tokens(), List.of(), List.of(x), day);
  }

  @Test
  void theClockAndTheDateTermsReadTheDayTheArticleCarries() {
    String text = "Trump e Putin hanno avuto oggi una telefonata.";
    LocalDate day = LocalDate.of(2025, 2, 12);
    // a day the annotator decided on another pass than the times it kept: read, not decided again
    AnnotatedArticle carried =
        withOggi("2025-02", text, "2025-02-12", new ArticleDay(day, ArticleDay.Basis.TEXT, day));
    assertThat(OnlineStoryClusterer.timeOf(carried))
        .isEqualTo(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    assertThat(OnlineStoryClusterer.terms(carried)).containsKey("DATE:2025-02-12");
    // no day of its own: "oggi" was resolved against a guess and is no term, and there is no time
    AnnotatedArticle guessed =
        withOggi(
            "2025-02",
            text,
            "2025-02-01",
            new ArticleDay(null, ArticleDay.Basis.NONE, LocalDate.of(2025, 2, 1)));
    assertThat(OnlineStoryClusterer.timeOf(guessed)).isEqualTo(OpenGroups.NO_TIME);
    assertThat(OnlineStoryClusterer.terms(guessed)).doesNotContainKey("DATE:2025-02-01");
  }

  private final List<AnnotatedArticle> articles =
      List.of(
          article("a", "2025-02-12", "Trump e Putin hanno avuto una telefonata sull'Ucraina."),
          article("b", "2025-02-12", "Telefonata tra Putin e Trump: si è parlato di Ucraina."),
          article("c", "2025-02-13", "A Modena un incendio ha distrutto un capannone agricolo."),
          article(
              "d", "2025-02-13", "Incendio in un capannone agricolo nelle campagne di Modena."));

  private static List<List<String>> sortedStories(Clustering clustering) {
    return clustering.stories().stream()
        .map(s -> s.articleIds().stream().sorted().toList())
        .toList();
  }

  @Test
  void groupsArticlesThatShareTheirWords() {
    Clustering clustering = clusterer.cluster(articles);
    assertThat(sortedStories(clustering))
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c", "d"));
    assertThat(clustering.storylines()).hasSize(2);
  }

  @Test
  void theOrderOfTheInputDoesNotChangeTheClustering() {
    Clustering expected = clusterer.cluster(articles);
    Random random = new Random(42);
    for (int i = 0; i < 10; i++) {
      List<AnnotatedArticle> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      assertThat(clusterer.cluster(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void anArticleWithNoWordsStandsAlone() {
    List<AnnotatedArticle> withEmpty = new ArrayList<>(articles);
    withEmpty.add(article("e", "2025-02-14", "..."));
    assertThat(clusterer.cluster(withEmpty).stories())
        .anySatisfy(s -> assertThat(s.articleIds()).containsExactly("e"));
  }

  @Test
  void aLaterCallIsANewEventInTheSameStoryline() {
    List<AnnotatedArticle> calls = new ArrayList<>(articles.subList(0, 2));
    calls.add(article("x", "2025-03-18", "Nuova telefonata tra Trump e Putin sull'Ucraina."));
    Clustering clustering = clusterer.cluster(calls);
    assertThat(sortedStories(clustering))
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("x"));
    assertThat(clustering.storylines()).hasSize(1);
    assertThat(clustering.storylines().get(0).storyIds())
        .as("earliest event first")
        .containsExactly(storyOf(clustering, "a").id(), storyOf(clustering, "x").id());
  }

  @Test
  void withoutDatesTheSameWordsMakeOneEvent() {
    List<AnnotatedArticle> undated = new ArrayList<>();
    for (String[] t :
        List.of(
            new String[] {"a", "Trump e Putin hanno avuto una telefonata sull'Ucraina."},
            new String[] {"x", "Nuova telefonata tra Trump e Putin sull'Ucraina."})) {
      undated.add(annotator.annotate(Article.of(t[0], t[1])));
    }
    assertThat(clusterer.cluster(undated).stories()).hasSize(1);
  }

  @Test
  void sharedEntitiesPullArticlesTogether() {
    String first = "Il ministro Giorgetti a Bruxelles per il bilancio.";
    String second = "Giorgetti incontra i colleghi europei sui conti pubblici.";
    List<AnnotatedArticle> plain =
        List.of(article("p", "2025-02-12", first), article("q", "2025-02-12", second));
    List<AnnotatedArticle> withEntities =
        List.of(withMention(plain.get(0), "Giorgetti"), withMention(plain.get(1), "Giorgetti"));
    double threshold = similarity(plain) * 1.2;
    StoryClusterer strict =
        new OnlineStoryClusterer(ClusterParameters.DEFAULT.withThreshold(threshold));
    assertThat(strict.cluster(plain).stories()).hasSize(2);
    assertThat(strict.cluster(withEntities).stories()).hasSize(1);
  }

  @Test
  void openEventsAreBoundedAndTheOldestGoesDormant() {
    List<AnnotatedArticle> back = new ArrayList<>(articles);
    back.add(article("e", "2025-02-14", "Trump e Putin, telefonata sull'Ucraina."));
    // no time decay or window to speak of: only the cap on open events differs
    assertThat(sortedStories(new OnlineStoryClusterer(maxOpen(2)).cluster(back)))
        .containsExactlyInAnyOrder(List.of("a", "b", "e"), List.of("c", "d"));
    assertThat(sortedStories(new OnlineStoryClusterer(maxOpen(1)).cluster(back)))
        .as("the fire in Modena closed the phone-call event, which takes no more articles")
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c", "d"), List.of("e"));
  }

  private static ClusterParameters maxOpen(int n) {
    ClusterParameters d = ClusterParameters.DEFAULT;
    return new ClusterParameters(
        d.threshold(),
        d.sizeExponent(),
        1e6,
        1e6,
        1_000_000,
        d.minMeanCosine(),
        d.longArticleTerms(),
        1e6,
        1_000_000,
        n,
        d.maxCentroidTerms(),
        d.minSharedSpecific(),
        d.conflictFactor());
  }

  @Test
  void silentEventsGoDormantSoTheOpenOnesStayFew() {
    OnlineStoryClusterer.Session session = new OnlineStoryClusterer().session();
    int maxOpen = 0;
    for (int day = 1; day <= 28; day++) {
      String date = String.format(java.util.Locale.ROOT, "2025-02-%02d", day);
      session.add(article("d" + day, date, "Notizia numero " + day + " parola" + day + "."));
      maxOpen = Math.max(maxOpen, session.openEvents());
    }
    // one article a day, each its own event; 48 hours of silence close an event
    assertThat(session.finish().stories()).hasSize(28);
    assertThat(maxOpen).isLessThanOrEqualTo(3);
  }

  @Test
  void withNoClockSilentEventsCloseAfterAWindowOfArticles() {
    // undated: the same story told again after two unrelated articles
    List<AnnotatedArticle> undated = new ArrayList<>();
    undated.add(annotator.annotate(Article.of("1", "Trump e Putin, telefonata sull'Ucraina.")));
    undated.add(annotator.annotate(Article.of("2", "A Modena un incendio in un capannone.")));
    undated.add(annotator.annotate(Article.of("3", "Maltempo: neve sull'Appennino modenese.")));
    undated.add(annotator.annotate(Article.of("4", "Telefonata tra Putin e Trump sull'Ucraina.")));
    ClusterParameters d = ClusterParameters.DEFAULT;
    assertThat(
            sortedStories(new OnlineStoryClusterer(d.withDormantAfterArticles(3)).cluster(undated)))
        .contains(List.of("1", "4"));
    assertThat(
            sortedStories(new OnlineStoryClusterer(d.withDormantAfterArticles(2)).cluster(undated)))
        .as("two articles since its last one: the call's event has closed")
        .contains(List.of("1"), List.of("4"));
  }

  @Test
  void withNoClockSilentStorylinesCloseAfterAWindowOfStories() {
    // undated: the call's two events (apart, by a window of two articles) have two stories closed
    // between them, the fire's and the snow's
    List<AnnotatedArticle> undated = new ArrayList<>();
    undated.add(annotator.annotate(Article.of("1", "Trump e Putin, telefonata sull'Ucraina.")));
    undated.add(annotator.annotate(Article.of("2", "A Modena un incendio in un capannone.")));
    undated.add(annotator.annotate(Article.of("3", "Maltempo: neve sull'Appennino modenese.")));
    undated.add(annotator.annotate(Article.of("4", "Telefonata tra Putin e Trump sull'Ucraina.")));
    ClusterParameters events = ClusterParameters.DEFAULT.withDormantAfterArticles(2);
    Clustering open =
        new OnlineStoryClusterer(events.withStorylineDormantAfterStories(3)).cluster(undated);
    assertThat(open.stories()).hasSize(4);
    assertThat(storylineArticles(open)).contains(List.of("1", "4"));
    Clustering closed =
        new OnlineStoryClusterer(events.withStorylineDormantAfterStories(2)).cluster(undated);
    assertThat(storylineArticles(closed))
        .as("two stories since its last one: the call's storyline has closed")
        .contains(List.of("1"), List.of("4"));
  }

  /** Each storyline's articles, sorted. */
  private static List<List<String>> storylineArticles(Clustering clustering) {
    Map<String, List<String>> byStory = new HashMap<>();
    clustering.stories().forEach(s -> byStory.put(s.id(), s.articleIds()));
    return clustering.storylines().stream()
        .map(l -> l.storyIds().stream().flatMap(id -> byStory.get(id).stream()).sorted().toList())
        .toList();
  }

  @Test
  void datedEventsAlsoCloseAfterAWindowOfArticles() {
    // all on one day: the clock keeps the call's event open, the stream's pace closes it
    List<AnnotatedArticle> oneDay =
        List.of(
            article("1", "2025-02-12T10:00:00Z", "Trump e Putin, telefonata sull'Ucraina."),
            article("2", "2025-02-12T10:01:00Z", "A Modena un incendio in un capannone."),
            article("3", "2025-02-12T10:02:00Z", "Maltempo: neve sull'Appennino modenese."),
            article("4", "2025-02-12T10:03:00Z", "Telefonata tra Putin e Trump sull'Ucraina."));
    ClusterParameters d = ClusterParameters.DEFAULT;
    assertThat(
            sortedStories(new OnlineStoryClusterer(d.withDormantAfterArticles(3)).cluster(oneDay)))
        .contains(List.of("1", "4"));
    assertThat(
            sortedStories(new OnlineStoryClusterer(d.withDormantAfterArticles(2)).cluster(oneDay)))
        .contains(List.of("1"), List.of("4"));
  }

  @Test
  void aLongArticleMustResembleTheMembersOnAverage() {
    List<AnnotatedArticle> calls = articles.subList(0, 2);
    ClusterParameters d = ClusterParameters.DEFAULT;
    assertThat(new OnlineStoryClusterer(d).cluster(calls).stories()).hasSize(1);
    ClusterParameters everyTextLong =
        new ClusterParameters(
            d.threshold(),
            d.sizeExponent(),
            d.halfLifeHours(),
            d.dormantAfterHours(),
            d.dormantAfterArticles(),
            0.99,
            1,
            d.storylineDormantAfterDays(),
            d.storylineDormantAfterStories(),
            d.maxActive(),
            d.maxCentroidTerms(),
            d.minSharedSpecific(),
            d.conflictFactor());
    assertThat(similarity(calls)).isLessThan(0.99);
    assertThat(new OnlineStoryClusterer(everyTextLong).cluster(calls).stories()).hasSize(2);
  }

  @Test
  void languagesWithoutAnalysisClusterOnWordsOnly() {
    LuceneAnnotator finnish = LuceneAnnotator.wordsOnly("fi");
    List<AnnotatedArticle> finnishArticles = new ArrayList<>();
    String[][] texts = {
      {"1", "Presidentti Niinistö tapasi pääministerin Helsingissä."},
      {"2", "Niinistö ja pääministeri tapasivat Helsingissä tänään."},
      {"3", "Jääkiekon MM-kisat alkavat Tampereella toukokuussa."},
      {"4", "Tampereella alkavat jääkiekon MM-kisat ensi toukokuussa."}
    };
    for (String[] t : texts) {
      finnishArticles.add(finnish.annotate(Article.of(t[0], t[1])));
    }
    assertThat(sortedStories(clusterer.cluster(finnishArticles)))
        .containsExactlyInAnyOrder(List.of("1", "2"), List.of("3", "4"));
  }

  @Test
  void aStreamGivesTheSameStoriesAsABatch() {
    OnlineStoryClusterer online = new OnlineStoryClusterer();
    OnlineStoryClusterer.Session session = online.session();
    List<String> joined = new ArrayList<>();
    articles.stream()
        .sorted(OnlineStoryClusterer.PUBLICATION_ORDER)
        .forEach(a -> joined.add(session.add(a)));
    Clustering clustering = session.finish();
    assertThat(clustering).isEqualTo(online.cluster(articles));
    assertThat(joined.get(0)).isEqualTo(joined.get(1)).isNotEqualTo(joined.get(2));
  }

  @Test
  void aSessionKeptAsTheRowsItReportsChangedEndsAsOneStream() {
    // events close mid-stream (one open at a time), so closed stories, open events and storylines
    // all pass through the rows
    OnlineStoryClusterer online = new OnlineStoryClusterer(maxOpen(1));
    List<AnnotatedArticle> stream = new ArrayList<>(articles);
    stream.add(article("e", "2025-02-14", "Putin e Trump, nuova telefonata sull'Ucraina."));
    Map<String, Integer> df = new HashMap<>();
    Map<Integer, SessionState.Group<SessionState.Member>> events = new HashMap<>();
    Map<Integer, SessionState.Group<SessionState.Closed>> lines = new HashMap<>();
    List<Story> closed = new ArrayList<>();
    List<Storyline> closedLines = new ArrayList<>();
    OnlineStoryClusterer.Pending pending = null;
    SessionChanges last = null;
    for (AnnotatedArticle a :
        stream.stream().sorted(OnlineStoryClusterer.PUBLICATION_ORDER).toList()) {
      OnlineStoryClusterer.Session session = online.session();
      if (last != null) {
        Comparator<SessionState.Group<?>> recency =
            Comparator.comparingLong(SessionState.Group::lastAdd);
        session =
            online.restore(
                new SessionState(
                    last.documents(),
                    df,
                    last.clock(),
                    new SessionState.Level<>(
                        last.events().created(),
                        last.events().adds(),
                        events.values().stream().sorted(recency).toList()),
                    new SessionState.Level<>(
                        last.storylines().created(),
                        last.storylines().adds(),
                        lines.values().stream().sorted(recency).toList()),
                    List.of(),
                    List.of()));
      }
      session.add(a);
      last = session.drain();
      df.putAll(last.documentFrequencies());
      last.closedEvents().forEach(events::remove);
      last.events().open().forEach(g -> events.put(g.seq(), g));
      last.closedStorylineSeqs().forEach(lines::remove);
      last.storylines().open().forEach(g -> lines.put(g.seq(), g));
      last.closedStories().forEach(c -> closed.add(c.story()));
      last.closedStorylines().forEach(l -> closedLines.add(l.storyline()));
      pending = session.pending();
    }
    assertThat(closed).as("an event closed before the end").isNotEmpty();
    List<Story> stories = new ArrayList<>(closed);
    stories.addAll(pending.stories());
    // the open storylines no open event would join are as the rows have them
    Map<String, Storyline> byId = new HashMap<>();
    lines.values().forEach(g -> byId.put("l" + (g.seq() + 1), OnlineStoryClusterer.storyline(g)));
    pending.storylines().forEach(l -> byId.put(l.id(), l));
    List<Storyline> storylines = new ArrayList<>(closedLines);
    storylines.addAll(byId.values());
    assertThat(OnlineStoryClusterer.inFinishOrder(stories, storylines))
        .isEqualTo(online.cluster(stream));
  }

  private static Story storyOf(Clustering clustering, String articleId) {
    return clustering.stories().stream()
        .filter(s -> s.articleIds().contains(articleId))
        .findFirst()
        .orElseThrow();
  }

  private static AnnotatedArticle withMention(AnnotatedArticle a, String name) {
    int at = a.article().text().indexOf(name);
    Mention m = new Mention(new Span(at, at + name.length()), name, EntityType.PER);
    return new AnnotatedArticle(
        a.article(), a.language(), a.sentences(), a.tokens(), List.of(m), List.of());
  }

  /** The cosine of the two articles' word vectors, as the clusterer computes it. */
  private static double similarity(List<AnnotatedArticle> two) {
    RunningTfIdf vectors = new RunningTfIdf();
    SparseVector first = vectors.add(OnlineStoryClusterer.terms(two.get(0)));
    return first.dot(vectors.add(OnlineStoryClusterer.terms(two.get(1))));
  }

  @Test
  void aNameIsAsCommonInTheBackgroundAsItsRarestWordAndADayIsUnseen() {
    BackgroundFrequencies en = BackgroundFrequencies.forLanguage("en");
    assertThat(OnlineStoryClusterer.backgroundFrequency(en, "PER:barack obama"))
        .isEqualTo(Math.min(en.documentFrequency("barack"), en.documentFrequency("obama")));
    assertThat(OnlineStoryClusterer.backgroundFrequency(en, "DATE:2014-03-10")).isZero();
    assertThat(OnlineStoryClusterer.backgroundFrequency(en, "market"))
        .isEqualTo(en.documentFrequency("market"))
        .isPositive();
  }
}
