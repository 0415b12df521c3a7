package org.rassegna.brief;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.ClaimBacking;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.EntityEntry;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.Statement;
import org.rassegna.model.Brief.StatementVariant;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Brief.StorylineBrief;
import org.rassegna.model.Brief.TimelineEntry;
import org.rassegna.model.Citation;
import org.rassegna.model.Skipped;

/**
 * The brief as one self-contained HTML page: inline CSS and SVG (a timeline per storyline and
 * story, a source-agreement chart per story), no scripts, no external assets, a fluid layout for a
 * phone. Every piece of article text passes through {@link #escape}, so markup in an article shows
 * as text and never runs.
 */
public final class HtmlBriefWriter implements BriefWriter {

  /** The SVGs' coordinate width; they scale to the page's width. */
  static final int SVG_WIDTH = 640;

  /** Height of the timeline SVG in its coordinates. */
  static final int TIMELINE_HEIGHT = 130;

  /** Height of one claim's row (its label above its bar) in the agreement chart. */
  static final int BAR_ROW = 50;

  /** Claims drawn in the agreement chart; the table below lists them all. */
  static final int CHART_CLAIMS = 12;

  private static final String CSS =
      """
      *{box-sizing:border-box}
      body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem;\
      color:#222;overflow-wrap:anywhere}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-top:1px solid #ccc;\
      padding-top:1rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
      .cite{font-size:.8em;vertical-align:super;color:#1a5fb4;text-decoration:none}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;width:100%;font-size:.9em}
      td,th{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
      svg{display:block;width:100%;height:auto;margin:.5rem 0}
      svg text{font:18px system-ui,sans-serif;fill:#333}
      .day{font-weight:600;white-space:nowrap}
      .CORROBORATED{color:#1e7b34}.SINGLE_SOURCE{color:#8a6d00}.CONFLICTING{color:#b3261e}
      .variants{margin:.2rem 0 .6rem}.speaker{font-weight:600}.form{color:#555}
      .skipped{color:#8a4b00}
      """;

  /**
   * Where the page's links go: in the brief file, a citation goes to its row of the sources table;
   * the server sends it to the cited characters of the article's own page.
   */
  public interface Links {

    /** The target of citation mark {@code number} (its source's row) in section {@code section}. */
    String citation(String section, int number, Citation citation);

    /** The target of a source's title, or {@code null} for plain text. */
    @Nullable String source(Source source);

    /** Links within the page, as the brief file has them. */
    Links IN_PAGE =
        new Links() {
          @Override
          public String citation(String section, int number, Citation citation) {
            return "#" + (section.startsWith("line-") ? "" : section + "-s" + number);
          }

          @Override
          public @Nullable String source(Source source) {
            return null;
          }
        };
  }

  private final Labels labels;
  private final Links links;

  public HtmlBriefWriter(Labels labels) {
    this(labels, Links.IN_PAGE);
  }

  public HtmlBriefWriter(Labels labels, Links links) {
    this.labels = labels;
    this.links = links;
  }

  /** The page's style sheet, for pages that show a story the way the brief does. */
  public static String css() {
    return CSS;
  }

  @Override
  public String fileName() {
    return "brief.html";
  }

  @Override
  public void write(Brief brief, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"" + labels.code() + "\">\n<head>\n");
    out.write("<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + escape(labels.title()) + "</title>\n<style>\n" + CSS + "</style>\n");
    out.write("</head>\n<body>\n<h1>" + escape(labels.title()) + "</h1>\n");
    out.write("<p>" + escape(labels.overview(brief)) + "</p>\n");
    int lineNo = 0;
    for (StorylineBrief line : brief.storylines()) {
      lineNo++;
      List<StoryBrief> stories =
          brief.stories().stream().filter(s -> s.storyline().equals(line.id())).toList();
      if (stories.size() > 1) {
        String id = "line-" + lineNo;
        SourceNumbers numbers = new SourceNumbers(stories);
        out.write("<section class=\"storyline\" id=\"" + id + "\">\n<h2>");
        out.write(escape(labels.storylineHeading(lineNo)) + ": ");
        out.write(escape(line.headline().text()) + "</h2>\n");
        summary(out, id, numbers, line.summary());
        timeline(out, id, numbers, line.timeline());
        out.write("</section>\n");
      }
    }
    int n = 0;
    for (StoryBrief story : brief.stories()) {
      n++;
      writeStory(out, "story-" + n, n + ". ", labels.storyline(brief, story), story);
    }
    if (!brief.input().skipped().isEmpty()) {
      out.write("<h2>" + escape(labels.skippedHeading()) + "</h2>\n<ul class=\"skipped\">\n");
      for (Skipped s : brief.input().skipped()) {
        out.write("<li><code>" + escape(s.item()) + "</code>: " + escape(s.reason()) + "</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("</body>\n</html>\n");
  }

  /**
   * One story as a {@code <section>} with the given element id: its headline after {@code prefix},
   * its place in its storyline ({@code position}, may be empty), summary, timeline, who said what,
   * entities, claims and sources.
   */
  public void writeStory(Writer out, String id, String prefix, String position, StoryBrief story)
      throws IOException {
    SourceNumbers numbers = new SourceNumbers(List.of(story));
    out.write("<section class=\"story\" id=\"" + escape(id) + "\">\n<h2>" + escape(prefix));
    out.write(escape(story.headline().text()) + "</h2>\n");
    if (!position.isEmpty()) {
      out.write("<p class=\"position\">" + escape(position) + "</p>\n");
    }
    summary(out, id, numbers, story.summary());
    timeline(out, id, numbers, story.timeline());
    statements(out, id, numbers, story.statements());
    entities(out, story.entities());
    claims(out, id, numbers, story);
    out.write("<h3>" + escape(labels.sourcesHeading()) + "</h3>\n");
    out.write("<p>" + escape(labels.independence(story)) + "</p>\n");
    out.write("<div class=\"scroll\"><table class=\"sources\">\n<tr>");
    for (String h : labels.sourceHeaders().split("\\|")) {
      out.write("<th>" + escape(h) + "</th>");
    }
    out.write("</tr>\n");
    for (Source s : story.sources()) {
      int i = numbers.of(s.articleId());
      out.write("<tr id=\"" + id + "-s" + i + "\"><td>" + i + "</td><td>");
      out.write(escape(s.source()) + "</td><td>");
      out.write(escape(s.group()) + "</td><td>");
      out.write(title(s) + "</td><td>");
      out.write(s.published() == null ? "" : escape(s.published().iso()));
      out.write("</td></tr>\n");
    }
    out.write("</table></div>\n</section>\n");
  }

  private String title(Source s) {
    String href = links.source(s);
    if (href == null) {
      return escape(s.title() == null ? "" : s.title());
    }
    String title = escape(s.title() == null ? s.articleId() : s.title());
    return "<a href=\"" + escape(href) + "\">" + title + "</a>";
  }

  private void summary(Writer out, String id, SourceNumbers numbers, List<CitedSentence> summary)
      throws IOException {
    if (summary.isEmpty()) {
      return;
    }
    out.write("<h3>" + escape(labels.summary()) + "</h3>\n<ul class=\"summary\">\n");
    for (CitedSentence sentence : summary) {
      out.write("<li>" + escape(sentence.text()));
      out.write(marks(id, numbers, sentence.citations()) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private void timeline(Writer out, String id, SourceNumbers numbers, List<TimelineEntry> timeline)
      throws IOException {
    if (timeline.isEmpty()) {
      return;
    }
    out.write("<h3>" + escape(labels.timeline()) + "</h3>\n");
    out.write(timelineSvg(timeline));
    out.write("<ul class=\"timeline\">\n");
    for (TimelineEntry e : timeline) {
      out.write("<li data-day=\"" + e.day() + "\"><span class=\"day\">" + e.day() + "</span> ");
      out.write(escape(e.text()) + marks(id, numbers, e.citations()) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  /**
   * The days on an axis, placed by date; a dot's size grows with the independent sources of that
   * day's best-backed entry, and its label says how many things happened that day.
   */
  private String timelineSvg(List<TimelineEntry> timeline) {
    TreeMap<LocalDate, int[]> days = new TreeMap<>();
    for (TimelineEntry e : timeline) {
      int[] d = days.computeIfAbsent(LocalDate.parse(e.day()), k -> new int[2]);
      d[0]++;
      d[1] = Math.max(d[1], e.citations().size());
    }
    long span = Math.max(1, ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()));
    int left = 80;
    int right = SVG_WIDTH - 80;
    int axis = 60;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"timeline-chart\" viewBox=\"0 0 ")
        .append(SVG_WIDTH)
        .append(' ')
        .append(TIMELINE_HEIGHT)
        .append("\" role=\"img\" aria-label=\"")
        .append(escape(labels.timeline()))
        .append("\">\n<line x1=\"")
        .append(left - 20)
        .append("\" y1=\"")
        .append(axis)
        .append("\" x2=\"")
        .append(right + 20)
        .append("\" y2=\"")
        .append(axis)
        .append("\" stroke=\"#888\" stroke-width=\"2\"/>\n");
    int i = 0;
    for (var e : days.entrySet()) {
      long x =
          days.size() == 1
              ? SVG_WIDTH / 2
              : left
                  + Math.round(
                      (right - left)
                          * ChronoUnit.DAYS.between(days.firstKey(), e.getKey())
                          / (double) span);
      int r = 5 + 2 * Math.min(e.getValue()[1], 6);
      // labels alternate above and below the axis so that close days do not overlap
      int labelY = i++ % 2 == 0 ? axis + r + 24 : axis - r - 10;
      b.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"#1a5fb4\" fill-opacity=\"0.75\"><title>%s:"
                  + " %d</title></circle>\n<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s (%d)</text>\n",
              x,
              axis,
              r,
              e.getKey(),
              e.getValue()[0],
              x,
              labelY,
              e.getKey(),
              e.getValue()[0]));
    }
    return b.append("</svg>\n").toString();
  }

  private void statements(Writer out, String id, SourceNumbers numbers, List<Statement> statements)
      throws IOException {
    if (statements.isEmpty()) {
      return;
    }
    out.write("<h3>" + escape(labels.whoSaidWhat()) + "</h3>\n<ul class=\"statements\">\n");
    String speaker = null;
    for (Statement s : statements) {
      String who = s.speaker() == null ? labels.unknownSpeaker() : s.speaker();
      if (!who.equals(speaker)) {
        out.write(speaker == null ? "" : "</ul></li>\n");
        out.write("<li><span class=\"speaker\">" + escape(who) + "</span>\n<ul>\n");
        speaker = who;
      }
      out.write("<li>" + escape(labels.sources(s.independentSources())) + ":");
      out.write("<ul class=\"variants\">\n");
      for (StatementVariant v : s.variants()) {
        out.write("<li>“" + escape(v.text().replaceAll("\\s+", " ")) + "”");
        if (v.kind().equals("INDIRECT")) {
          out.write(" <i>(" + escape(labels.indirect()) + ")</i>");
        }
        if (v.speakerWords() != null) {
          out.write(" — " + escape(v.speakerWords()));
        }
        out.write(marks(id, numbers, List.of(v.citation())) + "</li>\n");
      }
      out.write("</ul></li>\n");
    }
    out.write("</ul></li>\n</ul>\n");
  }

  private void entities(Writer out, List<EntityEntry> entities) throws IOException {
    if (entities.isEmpty()) {
      return;
    }
    out.write("<h3>" + escape(labels.entities()) + "</h3>\n<ul class=\"entities\">\n");
    for (EntityEntry e : entities) {
      out.write("<li><b>" + escape(e.name()) + "</b> (" + escape(e.type()) + ", ");
      out.write(escape(labels.mentions(e.mentions())) + "): <span class=\"form\">");
      out.write(escape(String.join(" / ", e.forms())) + "</span>");
      if (!e.roles().isEmpty()) {
        out.write(" — " + escape(String.join("; ", e.roles())));
      }
      out.write("</li>\n");
    }
    out.write("</ul>\n");
  }

  private void claims(Writer out, String id, SourceNumbers numbers, StoryBrief story)
      throws IOException {
    if (story.claims().isEmpty()) {
      return;
    }
    out.write("<h3>" + escape(labels.claims()) + "</h3>\n");
    out.write(agreementSvg(story));
    out.write("<div class=\"scroll\"><table class=\"claims\">\n<tr>");
    for (String h : labels.claimHeaders().split("\\|")) {
      out.write("<th>" + escape(h) + "</th>");
    }
    out.write("</tr>\n");
    for (ClaimRow c : story.claims()) {
      out.write("<tr><td>" + escape(c.key()) + "</td><td>" + escape(labels.kind(c.kind())));
      out.write(
          "</td><td class=\"" + escape(c.status()) + "\">" + escape(labels.status(c.status())));
      out.write("</td><td>" + c.independentSources() + "</td><td>");
      boolean first = true;
      for (ClaimBacking b : c.backings()) {
        out.write(first ? "" : "; ");
        first = false;
        out.write("“" + escape(MarkdownBriefWriter.shorten(b.text())) + "”");
        out.write(marks(id, numbers, b.citations()));
      }
      out.write("</td></tr>\n");
    }
    out.write("</table></div>\n");
  }

  /**
   * One bar per claim (the first {@value #CHART_CLAIMS}): its length the number of independent
   * sources that state it, out of the story's, its colour the claim's status.
   */
  private String agreementSvg(StoryBrief story) {
    List<ClaimRow> rows = story.claims().stream().limit(CHART_CLAIMS).toList();
    long groups = Math.max(1, story.independentSources());
    int height = BAR_ROW * rows.size() + 10;
    int barMax = SVG_WIDTH - 40;
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"agreement-chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
            SVG_WIDTH,
            height,
            escape(labels.agreementChart())));
    int y = 5;
    for (ClaimRow c : rows) {
      String label = MarkdownBriefWriter.shorten(c.key());
      if (label.length() > 60) {
        label = label.substring(0, 59) + "…";
      }
      long w =
          Math.max(4, Math.round(barMax * Math.min(1.0, c.independentSources() / (double) groups)));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>\n"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%s: %s,"
                  + " %d</title></rect>\n<text x=\"%d\" y=\"%d\">%d</text>\n",
              0,
              y + 16,
              escape(label),
              0,
              y + 24,
              w,
              BAR_ROW - 30,
              colour(c.status()),
              escape(c.key()),
              escape(labels.status(c.status())),
              c.independentSources(),
              w + 6,
              y + 40,
              c.independentSources()));
      y += BAR_ROW;
    }
    return b.append("</svg>\n").toString();
  }

  private static String colour(String status) {
    return switch (status) {
      case "CORROBORATED" -> "#1e7b34";
      case "CONFLICTING" -> "#b3261e";
      case "SINGLE_SOURCE" -> "#c9a227";
      default -> "#777";
    };
  }

  private String marks(String id, SourceNumbers numbers, List<Citation> citations) {
    StringBuilder b = new StringBuilder();
    List<Citation> sorted =
        citations.stream()
            .sorted(java.util.Comparator.comparingInt(c -> numbers.of(c.articleId())))
            .toList();
    for (Citation c : sorted) {
      int i = numbers.of(c.articleId());
      b.append(" <a class=\"cite\" href=\"")
          .append(escape(links.citation(id, i, c)))
          .append("\" title=\"")
          .append(
              escape(
                  c.articleId()
                      + " "
                      + c.field().name().toLowerCase(Locale.ROOT)
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
  public static String escape(String text) {
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
