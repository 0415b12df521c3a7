package org.rassegna.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Span;

/** The web pages, parsed as a browser would, over a hand-built story with hostile text. */
class PagesTest {

  private static Served served;

  @BeforeAll
  static void start() {
    served = new Served();
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private static Document page(String path) {
    var r = served.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    return Jsoup.parse(r.body(), served.uri(path).toString());
  }

  /** No script element, no event-handler attribute, no element the article text smuggled in. */
  private static void assertInert(Document d) {
    assertThat(d.select("script")).isEmpty();
    assertThat(d.select("img")).isEmpty();
    for (Element e : d.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
      e.attributes().forEach(a -> assertThat(a.getValue()).doesNotStartWith("javascript:"));
    }
    // no external assets: every link and source stays on the server
    for (Element e : d.select("link[href], [src]")) {
      assertThat(e.absUrl(e.hasAttr("src") ? "src" : "href"))
          .startsWith(served.uri("/").toString());
    }
  }

  @Test
  void theStoriesPageListsTheStoryWithItsSourcesAndAgreement() {
    Document d = page("/");
    assertInert(d);
    Element item = d.selectFirst("li.story-item");
    assertThat(item).isNotNull();
    assertThat(item.selectFirst("a.headline").text()).contains(Newsrooms.HOSTILE_ATTR);
    assertThat(item.selectFirst("a.headline").attr("href")).isEqualTo("/stories/s1");
    assertThat(item.selectFirst(".meta").text())
        .contains("2 fonti indipendenti")
        .contains("2025-02-13");
    // one corroborated and one single-source claim: two equal segments
    assertThat(item.select(".bar .c").attr("style")).contains("width:50%");
    assertThat(item.select(".bar .s").attr("style")).contains("width:50%");
    assertThat(item.select(".bar .x")).isEmpty();
  }

  @Test
  void everyCitationOfTheStoryOpensAMarkedSpanOfItsArticle() {
    Document story = page("/stories/s1");
    assertInert(story);
    assertThat(story.selectFirst("h2").text()).contains(Newsrooms.HOSTILE_ATTR);
    assertThat(story.select("ul.summary li").get(1).text()).contains(Newsrooms.HOSTILE);
    assertThat(story.select("svg.timeline-chart")).hasSize(1);
    assertThat(story.select("ul.statements .speaker").text()).isEqualTo("Dmitry Peskov");
    assertThat(story.select("table.claims td.CORROBORATED").text()).isEqualTo("confermata");
    List<Element> cites = story.select("a.cite");
    assertThat(cites).hasSizeGreaterThan(5);
    for (Element cite : cites) {
      URI href = URI.create(cite.absUrl("href"));
      assertThat(href.getPath()).startsWith("/articles/");
      Document article = page(href.getRawPath());
      Element mark = article.getElementById(href.getFragment());
      assertThat(mark).as(cite.attr("href")).isNotNull();
      String[] bounds = href.getFragment().substring("span-".length()).split("-");
      Span span = new Span(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
      String text = href.getPath().endsWith("a1") ? Newsrooms.TEXT_1 : Newsrooms.TEXT_2;
      assertThat(mark.tagName()).isEqualTo("mark");
      // a span cut by a later overlapping one keeps its start here and goes on in a "cont" mark
      assertThat(mark.text()).isNotBlank();
      assertThat(span.of(text).replaceAll("\\s+", " ")).startsWith(mark.text());
    }
  }

  @Test
  void spansNestOrAreCutWhereTheyOverlap() {
    String text = "abcdefghij";
    Document d =
        Jsoup.parseBodyFragment(
            Pages.marked(text, List.of(new Span(0, 6), new Span(1, 3), new Span(4, 9)), "span-"));
    assertThat(d.getElementById("span-0-6").text()).isEqualTo("abcd");
    assertThat(d.getElementById("span-1-3").parent().id()).isEqualTo("span-0-6");
    assertThat(d.getElementById("span-1-3").text()).isEqualTo("bc");
    assertThat(d.getElementById("span-4-9").text()).isEqualTo("efghi");
    assertThat(d.select("#span-4-9 > mark.cont").text()).isEqualTo("ef");
    assertThat(d.body().text()).isEqualTo(text);
    assertThat(Pages.marked("<b>", List.of(new Span(0, 3)), "x-"))
        .isEqualTo("<mark id=\"x-0-3\">&lt;b&gt;</mark>");
  }

  @Test
  void theArticlePageShowsHostileTextAsTextAndNoScriptLink() {
    Document d = page("/articles/a1");
    assertInert(d);
    assertThat(d.selectFirst("h1").text()).contains(Newsrooms.HOSTILE_ATTR);
    assertThat(d.selectFirst(".article-text").text()).contains(Newsrooms.HOSTILE);
    assertThat(d.selectFirst(".meta").text()).contains("Agenzia " + Newsrooms.HOSTILE);
    // the javascript: URL of the article is not made a link
    assertThat(d.select(".meta a")).isEmpty();
    // the quotation sits inside nothing else, the hostile text is its own mark
    assertThat(
            d.getElementById(
                    Pages.anchor(
                        org.rassegna.model.Citation.Field.TEXT,
                        Newsrooms.span(Newsrooms.TEXT_1, Newsrooms.HOSTILE)))
                .text())
        .isEqualTo(Newsrooms.HOSTILE);
  }

  @Test
  void theEntityPageListsItsStatementsLinkedToTheirSpans() {
    Document d = page("/entities/" + Newsrooms.ENTITY);
    assertInert(d);
    assertThat(d.selectFirst("h1").text()).isEqualTo("Dmitry Peskov");
    List<Element> items = d.select("ul.statements li");
    assertThat(items).hasSize(2);
    assertThat(items.get(0).text()).contains("La telefonata è durata un'ora e mezza");
    assertThat(items.get(1).text()).contains("discorso indiretto");
    assertThat(items.get(0).selectFirst("a.cite").attr("href"))
        .isEqualTo(
            "/articles/a1#span-"
                + Newsrooms.span(Newsrooms.TEXT_1, "La telefonata è durata un'ora e mezza").start()
                + "-"
                + Newsrooms.span(Newsrooms.TEXT_1, "La telefonata è durata un'ora e mezza").end());
  }

  @Test
  void searchFindsTheStoryByAWordFormAndMarksTheMatch() {
    Document d = page("/search?q=telefonate");
    assertInert(d);
    assertThat(d.select("ul.results > li > a.headline").eachAttr("href"))
        .containsExactly("/stories/s1");
    assertThat(d.select(".snippet mark").eachText())
        .allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("telefon"));
    assertThat(page("/search?q=Peskov").select("ul.entities a").eachAttr("href"))
        .containsExactly("/entities/" + Newsrooms.ENTITY);
    assertThat(page("/search?q=" + "%3Cscript%3E").selectFirst("h1").text()).contains("<script>");
  }

  @Test
  void englishLabelsAndLinksThatKeepTheLanguage() {
    Document d = page("/stories/s1?lang=en");
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(d.select("h3").eachText()).contains("Summary", "Timeline", "Who said what");
    assertThat(d.select("a.cite").eachAttr("href")).allMatch(h -> h.contains("?lang=en#span-"));
    assertThat(page("/?lang=en").selectFirst(".meta").text()).contains("2 independent sources");
  }

  @Test
  void unknownPagesAndBadParametersGiveAnErrorPage() {
    var missing = served.get("/stories/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(missing.body()).selectFirst(".error").text()).contains("nope");
    assertThat(served.get("/?lang=xx").statusCode()).isEqualTo(400);
    assertThat(served.get("/?since=ieri").statusCode()).isEqualTo(400);
    assertThat(served.get("/no/such/page").statusCode()).isEqualTo(404);
  }
}
