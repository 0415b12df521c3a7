package org.rassegna.brief;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Skipped;

/** The brief as Markdown; article text is escaped so that it cannot turn into markup. */
public final class MarkdownBriefWriter implements BriefWriter {

  @Override
  public String fileName() {
    return "brief.md";
  }

  @Override
  public void write(Brief brief, Writer out) throws IOException {
    out.write("# Rassegna\n\n");
    out.write(Labels.overview(brief) + "\n");
    int n = 0;
    for (StoryBrief story : brief.stories()) {
      SourceNumbers numbers = new SourceNumbers(story);
      out.write("\n## " + (++n) + ". " + escape(story.headline().text()) + "\n\n");
      String storyline = Labels.storyline(brief, story);
      if (!storyline.isEmpty()) {
        out.write("*" + storyline + "*\n\n");
      }
      for (var sentence : story.summary()) {
        out.write("- " + escape(sentence.text()) + " " + marks(numbers, sentence) + "\n");
      }
      out.write("\n" + Labels.independence(story) + "\n");
      out.write("\n| # | Source | Group | Title | Published |\n|---|---|---|---|---|\n");
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
      out.write("\n## Skipped input\n\n");
      for (Skipped s : brief.input().skipped()) {
        out.write("- " + escape(s.item()) + ": " + escape(s.reason()) + "\n");
      }
    }
  }

  private static String marks(SourceNumbers numbers, Brief.CitedSentence sentence) {
    return numbers.cited(sentence).stream().map(i -> "[" + i + "]").collect(Collectors.joining());
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
