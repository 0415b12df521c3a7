package org.rassegna.brief;

import java.io.IOException;
import java.io.Writer;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Citation;
import org.rassegna.model.Skipped;

/**
 * The brief as one self-contained HTML page: inline CSS, no scripts, no external assets, readable
 * on a phone. Every piece of article text passes through {@link #escape}, so markup in an article
 * shows as text and never runs.
 */
public final class HtmlBriefWriter implements BriefWriter {

  private static final String CSS =
      """
      body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;\
      color:#222}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-top:1px solid #ccc;\
      padding-top:1rem}
      .cite{font-size:.8em;vertical-align:super;color:#1a5fb4;text-decoration:none}
      table{border-collapse:collapse;width:100%;font-size:.9em}
      td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
      .skipped{color:#8a4b00}
      """;

  @Override
  public String fileName() {
    return "brief.html";
  }

  @Override
  public void write(Brief brief, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>Rassegna</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
    out.write("<h1>Rassegna</h1>\n<p>" + escape(Labels.overview(brief)) + "</p>\n");
    int n = 0;
    for (StoryBrief story : brief.stories()) {
      n++;
      SourceNumbers numbers = new SourceNumbers(story);
      out.write("<section id=\"story-" + n + "\">\n<h2>" + n + ". ");
      out.write(escape(story.headline().text()) + "</h2>\n");
      String storyline = Labels.storyline(brief, story);
      if (!storyline.isEmpty()) {
        out.write("<p class=\"storyline\">" + escape(storyline) + "</p>\n");
      }
      out.write("<ul>\n");
      for (CitedSentence sentence : story.summary()) {
        out.write("<li>" + escape(sentence.text()) + marks(n, numbers, sentence) + "</li>\n");
      }
      out.write("</ul>\n<p>" + escape(Labels.independence(story)) + "</p>\n");
      out.write("<table>\n<tr><th>#</th><th>Source</th><th>Group</th><th>Title</th>");
      out.write("<th>Published</th></tr>\n");
      for (Source s : story.sources()) {
        int i = numbers.of(s.articleId());
        out.write("<tr id=\"s" + n + "-" + i + "\"><td>" + i + "</td><td>");
        out.write(escape(s.source()) + "</td><td>");
        out.write(escape(s.group()) + "</td><td>");
        out.write(escape(s.title() == null ? "" : s.title()) + "</td><td>");
        out.write(s.published() == null ? "" : escape(s.published().iso()));
        out.write("</td></tr>\n");
      }
      out.write("</table>\n</section>\n");
    }
    if (!brief.input().skipped().isEmpty()) {
      out.write("<h2>Skipped input</h2>\n<ul class=\"skipped\">\n");
      for (Skipped s : brief.input().skipped()) {
        out.write("<li><code>" + escape(s.item()) + "</code>: " + escape(s.reason()) + "</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("</body>\n</html>\n");
  }

  private static String marks(int story, SourceNumbers numbers, CitedSentence sentence) {
    StringBuilder b = new StringBuilder();
    for (Citation c : sentence.citations()) {
      int i = numbers.of(c.articleId());
      b.append(" <a class=\"cite\" href=\"#s")
          .append(story)
          .append('-')
          .append(i)
          .append("\" title=\"")
          .append(
              escape(
                  c.articleId()
                      + " "
                      + c.field().name().toLowerCase(java.util.Locale.ROOT)
                      + " "
                      + c.span().start()
                      + "–"
                      + c.span().end()))
          .append("\">[")
          .append(i)
          .append("]</a>");
    }
    return b.toString();
  }

  /** Escapes text for an HTML element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
