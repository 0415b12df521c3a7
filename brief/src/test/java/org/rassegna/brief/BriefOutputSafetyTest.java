package org.rassegna.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.ClaimBacking;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.EntityEntry;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.Statement;
import org.rassegna.model.Brief.StatementVariant;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Brief.TimelineEntry;
import org.rassegna.model.Citation;
import org.rassegna.model.Skipped;
import org.rassegna.model.Span;

/**
 * The classic injection payloads in every field a brief shows (text, title, source, URL, speaker,
 * entity, claim, skipped item), written by both writers and checked by parsing what they wrote: the
 * HTML with jsoup, the Markdown rendered by CommonMark (with autolinks) and then parsed. No script,
 * no event handler, no link but the brief's own {@code #} anchors, and the payload still readable
 * as text.
 */
class BriefOutputSafetyTest {

  static Stream<String> payloads() {
    return Stream.of(
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "' onmouseover='alert(3)' x='",
        "javascript:alert(4)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==",
        "</style><svg onload=alert(6)>",
        "<!-- --><iframe src=javascript:alert(7)>",
        "[clic](javascript:alert(8)) ![x](data:image/svg+xml,<svg/onload=alert(9)>)",
        "<javascript:alert(10)> <a href=\"javascript:alert(11)\">x</a>",
        "&lt;script&gt;alert(12)&lt;/script&gt; &#x3C;img src=x onerror=alert(13)&#x3E;",
        "riga\n<script>alert(14)</script>\n# titolo\n    codice\n| a | b |",
        "`<b>` **<u>x</u>** <https://evil.example/?q=<script>>",
        "\u0000<scr\u0000ipt>alert(15)</script>\u202e");
  }

  /** Seeded random strings of markup pieces and random characters, as Lucene's checkRandomData. */
  static Stream<String> randomPayloads() {
    java.util.Random random = new java.util.Random(20261202L);
    String[] pieces = {
      "<",
      ">",
      "\"",
      "'",
      "&",
      "#",
      ";",
      "[",
      "]",
      "(",
      ")",
      "`",
      "*",
      "_",
      "|",
      "\\",
      "\n",
      "javascript:",
      "data:",
      "<script>",
      "</",
      "on",
      "=",
      "http://x/",
      "!",
      "-",
      "~",
      "    "
    };
    return Stream.generate(
            () -> {
              StringBuilder b = new StringBuilder();
              for (int i = random.nextInt(40); i >= 0; i--) {
                b.append(
                    random.nextBoolean()
                        ? pieces[random.nextInt(pieces.length)]
                        : String.valueOf((char) (0x20 + random.nextInt(0x2000))));
              }
              return "testo " + b;
            })
        .limit(40);
  }

  @ParameterizedTest
  @MethodSource("randomPayloads")
  void randomPayloadsNeverThrowAndStayInert(String payload) throws Exception {
    assertInert(Jsoup.parse(html(brief(payload))), true);
    assertInert(Jsoup.parse(rendered(brief(payload))), false);
  }

  private static Brief brief(String p) {
    Citation cite = Citation.ofText(p, new Span(0, 1));
    return new Brief(
        List.of(),
        List.of(
            new StoryBrief(
                "s1",
                "l1",
                new CitedSentence(p, List.of(cite)),
                List.of(new CitedSentence(p, List.of(cite))),
                List.of(new TimelineEntry("2025-02-12", p, List.of(cite))),
                List.of(
                    new Statement(p, "e1", 1, List.of(new StatementVariant(p, "DIRECT", p, cite)))),
                List.of(new EntityEntry("e1", p, "PER", List.of(p), List.of(p), 1, List.of(cite))),
                List.of(
                    new ClaimRow(
                        "c1", p, p, p, 1, List.of(new ClaimBacking(p, p, p, List.of(cite))))),
                List.of(new Source(p, p, p, null, p, p)))),
        new Brief.InputSummary(1, List.of(new Skipped(p, p))));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void htmlBriefShowsThePayloadAsText(String payload) throws Exception {
    StringWriter out = new StringWriter();
    new HtmlBriefWriter(Labels.IT).write(brief(payload), out);
    Document doc = Jsoup.parse(out.toString());
    assertInert(doc, true);
    Document plain = Jsoup.parse(html(brief("testo")));
    assertThat(doc.select("style, svg, h1, h2, h3, table, a").size())
        .as("the brief's own structure, nothing more")
        .isEqualTo(plain.select("style, svg, h1, h2, h3, table, a").size());
    String visible = doc.body().text();
    String expected = payload.replaceAll("\\s+", " ").replace("\u0000", "").strip();
    assertThat(visible.replace("\u0000", "")).contains(firstWords(expected));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void markdownBriefRendersNoMarkupFromThePayload(String payload) throws Exception {
    Document doc = Jsoup.parse(rendered(brief(payload)));
    assertInert(doc, false);
    Document plain = Jsoup.parse(rendered(brief("testo")));
    assertThat(doc.select("h1, h2, h3, pre, code, table, li").size())
        .as("no heading, code block, table or list item comes from the payload")
        .isEqualTo(plain.select("h1, h2, h3, pre, code, table, li").size());
    assertThat(doc.text().replace("\u0000", "").replace("\uFFFD", ""))
        .contains(firstWords(payload.replaceAll("\\s+", " ").replace("\u0000", "").strip()));
  }

  private static String html(Brief brief) throws Exception {
    StringWriter out = new StringWriter();
    new HtmlBriefWriter(Labels.IT).write(brief, out);
    return out.toString();
  }

  /** The Markdown brief as a CommonMark renderer with GitHub's autolinks shows it. */
  private static String rendered(Brief brief) throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownBriefWriter(Labels.IT).write(brief, out);
    List<org.commonmark.Extension> ext = List.of(AutolinkExtension.create());
    return HtmlRenderer.builder()
        .extensions(ext)
        .build()
        .render(Parser.builder().extensions(ext).build().parse(out.toString()));
  }

  /**
   * No element that runs or loads anything, no event handler, and no link but the page's own
   * anchors: in Markdown, an autolinked http(s) URL of the article text is allowed (it runs
   * nothing), a javascript: or data: one is not.
   */
  private static void assertInert(Document doc, boolean anchorsOnly) {
    assertThat(doc.select("script, img, iframe, object, embed, u, svg svg")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          assertThat(a.getValue())
              .as(e.outerHtml())
              .matches(anchorsOnly ? "#.*" : "(#|https?://).*");
        }
      }
    }
  }

  /** The first few words, which survive every writer's shortening. */
  private static String firstWords(String s) {
    String[] words = s.split(" ");
    return String.join(" ", List.of(words).subList(0, Math.min(2, words.length)));
  }
}
