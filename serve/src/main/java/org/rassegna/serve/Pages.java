package org.rassegna.serve;

import static org.rassegna.brief.HtmlBriefWriter.escape;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rassegna.brief.HtmlBriefWriter;
import org.rassegna.brief.Labels;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Citation;
import org.rassegna.model.Span;
import org.rassegna.store.FeedState;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.StatementRecord;
import org.rassegna.store.StoredArticle;
import org.rassegna.store.StoryRow;

/**
 * The server's HTML pages, rendered from the store's records: every piece of source text goes
 * through {@link HtmlBriefWriter#escape}, a story is written by the brief's own {@link
 * HtmlBriefWriter} with its citations sent to the cited characters of the article page ({@code
 * /articles/ID#span-START-END}, where the span is a {@code <mark>} that {@code :target}
 * highlights). No scripts, no external assets; words in Italian, or English with {@code ?lang=en}.
 */
final class Pages {

  private static final String CSS =
      """
      nav{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding-bottom:.5rem;\
      border-bottom:1px solid #ccc}
      nav form{display:flex;gap:.3rem;flex:1 1 14rem}nav input{flex:1;font:inherit;padding:.2rem}
      .stories{list-style:none;padding:0}.stories li{margin:.8rem 0}
      .meta{color:#555;font-size:.9em}
      .bar{display:flex;height:.5rem;max-width:20rem;background:#eee;margin-top:.2rem}
      .bar span{display:block;height:100%}
      .bar .c{background:#1e7b34}.bar .s{background:#c9a227}.bar .x{background:#b3261e}
      .article-text{white-space:pre-wrap}
      mark{background:#fff3b0}mark:target{background:#ffb347;outline:2px solid #b35c00}
      .snippet{color:#333}
      """;

  private final Labels labels;

  Pages(Labels labels) {
    this.labels = labels;
  }

  private String pick(String it, String en) {
    return labels == Labels.IT ? it : en;
  }

  /** {@code ?lang=en} or {@code &lang=en} to keep the language across links; empty for Italian. */
  private String lang(char sep) {
    return labels == Labels.IT ? "" : sep + "lang=" + labels.code();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  String storyHref(String id) {
    return "/stories/" + encode(id) + lang('?');
  }

  String articleHref(String id) {
    return "/articles/" + encode(id) + lang('?');
  }

  String entityHref(String id) {
    return "/entities/" + encode(id) + lang('?');
  }

  /** The element id of a cited span on the article page. */
  static String anchor(Citation.Field field, Span span) {
    return (field == Citation.Field.TITLE ? "title-span-" : "span-")
        + span.start()
        + "-"
        + span.end();
  }

  private String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\""
        + labels.code()
        + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + HtmlBriefWriter.css()
        + CSS
        + "</style>\n</head>\n<body>\n"
        + nav()
        + body
        + "</body>\n</html>\n";
  }

  private String nav() {
    String other = labels == Labels.IT ? "?lang=en" : "?lang=it";
    return "<nav><a href=\"/"
        + lang('?')
        + "\"><b>Rassegna</b></a><a href=\"/feeds"
        + lang('?')
        + "\">"
        + pick("Feed", "Feeds")
        + "</a><form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\""
        + " name=\"q\" aria-label=\""
        + pick("Cerca", "Search")
        + "\" placeholder=\""
        + pick("Cerca nelle notizie", "Search the news")
        + "\">"
        + (labels == Labels.IT ? "" : "<input type=\"hidden\" name=\"lang\" value=\"en\">")
        + "<button>"
        + pick("Cerca", "Search")
        + "</button></form><a href=\""
        + other
        + "\" hreflang=\""
        + (labels == Labels.IT ? "en" : "it")
        + "\">"
        + (labels == Labels.IT ? "English" : "Italiano")
        + "</a></nav>\n";
  }

  /** One story of a list: its headline, independent sources, last day and agreement bar. */
  private String storyItem(StoryRow row, @Nullable StoryBrief brief) {
    StringBuilder b = new StringBuilder("<li class=\"story-item\">");
    String headline =
        brief != null
            ? brief.headline().text()
            : row.headline() != null ? row.headline() : row.id();
    b.append("<a class=\"headline\" href=\"")
        .append(escape(storyHref(row.id())))
        .append("\">")
        .append(escape(headline))
        .append("</a><div class=\"meta\">")
        .append(escape(labels.sources(row.sources())));
    if (row.lastDay() != null) {
      b.append(" · ").append(pick("aggiornata al ", "last update ")).append(row.lastDay());
    }
    b.append("</div>");
    if (brief != null && !brief.claims().isEmpty()) {
      b.append(agreementBar(brief.claims()));
    }
    return b.append("</li>\n").toString();
  }

  /** The claims' statuses as one bar: corroborated, single-source and conflicting shares. */
  private String agreementBar(List<ClaimRow> claims) {
    long c = claims.stream().filter(r -> r.status().equals("CORROBORATED")).count();
    long x = claims.stream().filter(r -> r.status().equals("CONFLICTING")).count();
    long s = claims.size() - c - x;
    String title =
        c
            + " "
            + labels.status("CORROBORATED")
            + ", "
            + s
            + " "
            + labels.status("SINGLE_SOURCE")
            + ", "
            + x
            + " "
            + labels.status("CONFLICTING");
    return "<div class=\"bar\" role=\"img\" aria-label=\""
        + escape(title)
        + "\" title=\""
        + escape(title)
        + "\">"
        + segment("c", c, claims.size())
        + segment("s", s, claims.size())
        + segment("x", x, claims.size())
        + "</div>";
  }

  private static String segment(String cls, long n, int of) {
    return n == 0
        ? ""
        : "<span class=\"" + cls + "\" style=\"width:" + (100 * n / of) + "%\"></span>";
  }

  String stories(
      List<StoryRow> rows, Map<String, StoryBrief> briefs, long total, int offset, int limit) {
    StringBuilder b = new StringBuilder("<h1>").append(pick("Storie", "Stories")).append("</h1>\n");
    if (rows.isEmpty()) {
      b.append("<p>").append(pick("Nessuna storia.", "No stories.")).append("</p>\n");
    }
    b.append("<ul class=\"stories\">\n");
    for (StoryRow r : rows) {
      b.append(storyItem(r, briefs.get(r.id())));
    }
    b.append("</ul>\n");
    if (offset + limit < total) {
      b.append("<p><a rel=\"next\" href=\"/?offset=")
          .append(offset + limit)
          .append(lang('&'))
          .append("\">")
          .append(pick("Storie precedenti", "Older stories"))
          .append("</a></p>\n");
    }
    return page(pick("Storie", "Stories"), b.toString());
  }

  String story(StoryBrief story) {
    HtmlBriefWriter writer =
        new HtmlBriefWriter(
            labels,
            new HtmlBriefWriter.Links() {
              @Override
              public String citation(String section, int number, Citation c) {
                return articleHref(c.articleId()) + "#" + anchor(c.field(), c.span());
              }

              @Override
              public String source(Source s) {
                return articleHref(s.articleId());
              }
            });
    StringWriter out = new StringWriter();
    try {
      writer.writeStory(out, "story", "", "", story);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return page(story.headline().text(), out.toString());
  }

  String article(StoredArticle stored, List<Citation> cited, List<String> storyIds) {
    var a = stored.article();
    StringBuilder b = new StringBuilder("<article>\n<h1 class=\"article-title\">");
    String title = a.title() != null ? a.title() : a.id();
    b.append(
        a.title() != null
            ? marked(title, spansOf(cited, Citation.Field.TITLE), "title-span-")
            : escape(title));
    b.append("</h1>\n<p class=\"meta\">").append(escape(a.source()));
    if (a.published() != null) {
      b.append(" · ").append(escape(a.published().iso()));
    }
    if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
      b.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"")
          .append(escape(a.url()))
          .append("\">")
          .append(pick("originale", "original"))
          .append("</a>");
    }
    b.append("</p>\n");
    for (String s : storyIds) {
      b.append("<p><a href=\"")
          .append(escape(storyHref(s)))
          .append("\">")
          .append(pick("Storia ", "Story "))
          .append(escape(s))
          .append("</a></p>\n");
    }
    b.append("<div class=\"article-text\">")
        .append(marked(a.text(), spansOf(cited, Citation.Field.TEXT), "span-"))
        .append("</div>\n</article>\n");
    return page(title, b.toString());
  }

  private static List<Span> spansOf(List<Citation> cited, Citation.Field field) {
    return cited.stream()
        .filter(c -> c.field() == field)
        .map(Citation::span)
        .distinct()
        .sorted(
            (x, y) ->
                x.start() != y.start()
                    ? Integer.compare(x.start(), y.start())
                    : Integer.compare(y.end(), x.end()))
        .toList();
  }

  /**
   * {@code text}, escaped, with each span inside a {@code <mark id=PREFIX-START-END>}. A span
   * inside another nests in it; where a span starts inside an open one and ends after it, the open
   * one is cut there and goes on as a {@code <mark class="cont">} inside the new one, since
   * elements cannot overlap.
   */
  static String marked(String text, List<Span> spans, String prefix) {
    StringBuilder b = new StringBuilder();
    Deque<Span> open = new ArrayDeque<>();
    int at = 0;
    for (Span s : spans) {
      if (s.end() > text.length()) {
        continue;
      }
      while (!open.isEmpty() && open.peek().end() <= s.start()) {
        b.append(escape(text.substring(at, open.peek().end()))).append("</mark>");
        at = open.pop().end();
      }
      b.append(escape(text.substring(at, s.start())));
      at = s.start();
      Deque<Span> cut = new ArrayDeque<>();
      while (!open.isEmpty() && open.peek().end() < s.end()) {
        b.append("</mark>");
        cut.push(open.pop());
      }
      b.append("<mark id=\"")
          .append(prefix)
          .append(s.start())
          .append('-')
          .append(s.end())
          .append("\">");
      open.push(s);
      for (Span c : cut) {
        b.append("<mark class=\"cont\">");
        open.push(c);
      }
    }
    while (!open.isEmpty()) {
      b.append(escape(text.substring(at, open.peek().end()))).append("</mark>");
      at = open.pop().end();
    }
    return b.append(escape(text.substring(at))).toString();
  }

  String entity(
      RegisteredEntity e, List<StatementRecord> statements, Map<String, String> headlines) {
    StringBuilder b = new StringBuilder("<h1>").append(escape(e.name())).append("</h1>\n");
    b.append("<p class=\"meta\">").append(escape(e.type().name()));
    if (!e.forms().isEmpty()) {
      b.append(" · ").append(escape(String.join(" / ", e.forms())));
    }
    if (!e.roles().isEmpty()) {
      b.append(" — ").append(escape(String.join("; ", e.roles())));
    }
    b.append("</p>\n<h2>").append(escape(labels.whoSaidWhat())).append("</h2>\n");
    if (statements.isEmpty()) {
      b.append("<p>").append(pick("Nessuna dichiarazione.", "No statements.")).append("</p>\n");
    }
    String story = null;
    for (StatementRecord s : statements) {
      if (!s.storyId().equals(story)) {
        b.append(story == null ? "" : "</ul>\n");
        story = s.storyId();
        b.append("<h3><a href=\"")
            .append(escape(storyHref(story)))
            .append("\">")
            .append(escape(headlines.getOrDefault(story, story)))
            .append("</a></h3>\n<ul class=\"statements\">\n");
      }
      var q = s.quotation();
      b.append("<li>");
      if (s.day() != null) {
        b.append("<span class=\"day\">").append(s.day()).append("</span> ");
      }
      b.append("“").append(escape(q.text().replaceAll("\\s+", " "))).append("”");
      if (q.kind().name().equals("INDIRECT")) {
        b.append(" <i>(").append(escape(labels.indirect())).append(")</i>");
      }
      b.append(" <a class=\"cite\" href=\"")
          .append(escape(articleHref(q.articleId()) + "#" + anchor(Citation.Field.TEXT, q.span())))
          .append("\">")
          .append(escape(q.articleId()))
          .append("</a></li>\n");
    }
    b.append(story == null ? "" : "</ul>\n");
    return page(e.name(), b.toString());
  }

  /** One story found by a search, with its matching articles' snippets. */
  record Found(String storyId, String headline, List<Snippet> articles) {}

  /** A few words around an article's first match, the match marked. */
  record Snippet(String articleId, String title, String text, @Nullable Span match) {}

  String search(String query, List<Found> stories, List<RegisteredEntity> entities) {
    StringBuilder b = new StringBuilder("<h1>").append(pick("Cerca", "Search"));
    if (!query.isBlank()) {
      b.append(": “").append(escape(query)).append("”");
    }
    b.append("</h1>\n");
    if (!query.isBlank() && stories.isEmpty() && entities.isEmpty()) {
      b.append("<p>").append(pick("Nessun risultato.", "Nothing found.")).append("</p>\n");
    }
    if (!entities.isEmpty()) {
      b.append("<h2>").append(escape(labels.entities())).append("</h2>\n<ul class=\"entities\">\n");
      for (RegisteredEntity e : entities) {
        b.append("<li><a href=\"")
            .append(escape(entityHref(e.id())))
            .append("\">")
            .append(escape(e.name()))
            .append("</a></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("<ul class=\"stories results\">\n");
    for (Found f : stories) {
      b.append("<li><a class=\"headline\" href=\"")
          .append(escape(storyHref(f.storyId())))
          .append("\">")
          .append(escape(f.headline()))
          .append("</a><ul>\n");
      for (Snippet s : f.articles()) {
        b.append("<li><a href=\"")
            .append(escape(articleHref(s.articleId())))
            .append("\">")
            .append(escape(s.title()))
            .append("</a>: <span class=\"snippet\">");
        b.append(
            s.match() == null ? escape(s.text()) : marked(s.text(), List.of(s.match()), "hit-"));
        b.append("</span></li>\n");
      }
      b.append("</ul></li>\n");
    }
    b.append("</ul>\n");
    return page(pick("Cerca", "Search"), b.toString());
  }

  String feeds(List<FeedState> feeds) {
    StringBuilder b = new StringBuilder("<h1>").append(pick("Feed", "Feeds")).append("</h1>\n");
    if (feeds.isEmpty()) {
      b.append("<p>").append(pick("Nessun feed seguito.", "No feeds watched.")).append("</p>\n");
    }
    b.append("<div class=\"scroll\"><table class=\"feeds\">\n<tr><th>URL</th><th>")
        .append(pick("Ultima lettura", "Last poll"))
        .append("</th><th>")
        .append(pick("Errore", "Error"))
        .append("</th></tr>\n");
    for (FeedState f : feeds) {
      b.append("<tr><td>")
          .append(escape(f.url()))
          .append("</td><td>")
          .append(f.lastPoll() == null ? "" : escape(f.lastPoll().toString()))
          .append("</td><td>")
          .append(f.lastError() == null ? "" : escape(f.lastError()))
          .append("</td></tr>\n");
    }
    b.append("</table></div>\n");
    return page(pick("Feed", "Feeds"), b.toString());
  }

  String error(int status, String message) {
    return page(
        status + "", "<h1>" + status + "</h1>\n<p class=\"error\">" + escape(message) + "</p>\n");
  }
}
