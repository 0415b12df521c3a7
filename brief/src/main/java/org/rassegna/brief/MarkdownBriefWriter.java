package org.rassegna.brief;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
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
 * The brief as Markdown; article text is escaped so that it cannot turn into markup. Citation marks
 * {@code [n]} number a story's sources as its sources table lists them.
 */
public final class MarkdownBriefWriter implements BriefWriter {

  private final Labels labels;

  public MarkdownBriefWriter(Labels labels) {
    this.labels = labels;
  }

  @Override
  public String fileName() {
    return "brief.md";
  }

  @Override
  public void write(Brief brief, Writer out) throws IOException {
    out.write("# " + labels.title() + "\n\n");
    out.write(labels.overview(brief) + "\n");
    int lineNo = 0;
    for (StorylineBrief line : brief.storylines()) {
      lineNo++;
      List<StoryBrief> stories =
          brief.stories().stream().filter(s -> s.storyline().equals(line.id())).toList();
      if (stories.size() > 1) {
        SourceNumbers numbers = new SourceNumbers(stories);
        out.write("\n## " + labels.storylineHeading(lineNo) + ": ");
        out.write(escape(line.headline().text()) + "\n\n");
        summary(out, numbers, line.summary());
        timeline(out, numbers, line.timeline());
      }
    }
    int n = 0;
    for (StoryBrief story : brief.stories()) {
      SourceNumbers numbers = new SourceNumbers(List.of(story));
      out.write("\n## " + (++n) + ". " + escape(story.headline().text()) + "\n\n");
      String storyline = labels.storyline(brief, story);
      if (!storyline.isEmpty()) {
        out.write("*" + storyline + "*\n\n");
      }
      summary(out, numbers, story.summary());
      timeline(out, numbers, story.timeline());
      statements(out, numbers, story.statements());
      entities(out, story.entities());
      claims(out, numbers, story);
      out.write("\n### " + labels.sourcesHeading() + "\n\n");
      out.write(labels.independence(story) + "\n\n");
      String[] headers = labels.sourceHeaders().split("\\|");
      out.write("| " + String.join(" | ", headers) + " |\n");
      out.write("|---".repeat(headers.length) + "|\n");
      for (Source s : story.sources()) {
        out.write(
            "| "
                + numbers.of(s.articleId())
                + " | "
                + escape(s.source())
                + " | "
                + escape(s.group())
                + " | "
                + escape(s.title() == null ? "" : s.title())
                + " | "
                + (s.published() == null ? "" : s.published().iso())
                + " |\n");
      }
    }
    if (!brief.input().skipped().isEmpty()) {
      out.write("\n## " + labels.skippedHeading() + "\n\n");
      for (Skipped s : brief.input().skipped()) {
        out.write("- " + escape(s.item()) + ": " + escape(s.reason()) + "\n");
      }
    }
  }

  private void summary(Writer out, SourceNumbers numbers, List<CitedSentence> summary)
      throws IOException {
    if (summary.isEmpty()) {
      return;
    }
    out.write("### " + labels.summary() + "\n\n");
    for (CitedSentence sentence : summary) {
      out.write("- " + escape(sentence.text()) + " " + marks(numbers, sentence.citations()) + "\n");
    }
    out.write("\n");
  }

  private void timeline(Writer out, SourceNumbers numbers, List<TimelineEntry> timeline)
      throws IOException {
    if (timeline.isEmpty()) {
      return;
    }
    out.write("### " + labels.timeline() + "\n\n");
    for (TimelineEntry e : timeline) {
      out.write(
          "- **" + e.day() + "** " + escape(e.text()) + " " + marks(numbers, e.citations()) + "\n");
    }
    out.write("\n");
  }

  private void statements(Writer out, SourceNumbers numbers, List<Statement> statements)
      throws IOException {
    if (statements.isEmpty()) {
      return;
    }
    out.write("### " + labels.whoSaidWhat() + "\n\n");
    String speaker = null;
    for (Statement s : statements) {
      String who = s.speaker() == null ? labels.unknownSpeaker() : s.speaker();
      if (!who.equals(speaker)) {
        out.write("- **" + escape(who) + "**\n");
        speaker = who;
      }
      out.write("  - " + labels.sources(s.independentSources()) + ":\n");
      for (StatementVariant v : s.variants()) {
        out.write(
            "    - “"
                + escape(v.text())
                + "”"
                + (v.kind().equals("INDIRECT") ? " (" + labels.indirect() + ")" : "")
                + (v.speakerWords() == null ? "" : " — " + escape(v.speakerWords()))
                + " "
                + marks(numbers, List.of(v.citation()))
                + "\n");
      }
    }
    out.write("\n");
  }

  private void entities(Writer out, List<EntityEntry> entities) throws IOException {
    if (entities.isEmpty()) {
      return;
    }
    out.write("### " + labels.entities() + "\n\n");
    for (EntityEntry e : entities) {
      out.write(
          "- **"
              + escape(e.name())
              + "** ("
              + escape(e.type())
              + ", "
              + labels.mentions(e.mentions())
              + "): "
              + e.forms().stream()
                  .map(MarkdownBriefWriter::escape)
                  .collect(Collectors.joining(" / "))
              + (e.roles().isEmpty()
                  ? ""
                  : " — "
                      + e.roles().stream()
                          .map(MarkdownBriefWriter::escape)
                          .collect(Collectors.joining("; ")))
              + "\n");
    }
    out.write("\n");
  }

  private void claims(Writer out, SourceNumbers numbers, StoryBrief story) throws IOException {
    if (story.claims().isEmpty()) {
      return;
    }
    out.write("### " + labels.claims() + "\n\n");
    String[] headers = labels.claimHeaders().split("\\|");
    out.write("| " + String.join(" | ", headers) + " |\n");
    out.write("|---".repeat(headers.length) + "|\n");
    for (ClaimRow c : story.claims()) {
      StringBuilder says = new StringBuilder();
      for (ClaimBacking b : c.backings()) {
        if (says.length() > 0) {
          says.append("; ");
        }
        says.append("“")
            .append(escape(shorten(b.text())))
            .append("” ")
            .append(marks(numbers, b.citations()));
      }
      out.write(
          "| "
              + escape(c.key())
              + " | "
              + escape(labels.kind(c.kind()))
              + " | "
              + escape(labels.status(c.status()))
              + " | "
              + c.independentSources()
              + " | "
              + says
              + " |\n");
    }
  }

  /** Long quotations shortened for a table cell, at a word boundary. */
  static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 80) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', 80);
    return flat.substring(0, cut > 40 ? cut : 80) + " …";
  }

  private static String marks(SourceNumbers numbers, List<Citation> citations) {
    return numbers.cited(citations).stream().map(i -> "[" + i + "]").collect(Collectors.joining());
  }

  /**
   * Backslash-escapes the characters that open inline Markdown, links, inline HTML or table cells.
   * Block markers ({@code #}, {@code -}, {@code +}) need none: escaped text never starts a line.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
