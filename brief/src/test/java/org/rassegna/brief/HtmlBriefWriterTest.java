package org.rassegna.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
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

class HtmlBriefWriterTest {

  private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)>";
  private static final Citation CITE = Citation.ofText("a\"1", new Span(0, 5));

  private final Brief brief =
      new Brief(
          List.of(),
          List.of(
              new StoryBrief(
                  "s1",
                  "l1",
                  new CitedSentence(HOSTILE, List.of(CITE)),
                  List.of(new CitedSentence(HOSTILE, List.of(CITE))),
                  List.of(new TimelineEntry("2025-02-12", HOSTILE, List.of(CITE))),
                  List.of(
                      new Statement(
                          HOSTILE,
                          "e1",
                          1,
                          List.of(new StatementVariant(HOSTILE, "DIRECT", HOSTILE, CITE)))),
                  List.of(
                      new EntityEntry(
                          "e1",
                          HOSTILE,
                          "PER",
                          List.of(HOSTILE),
                          List.of(HOSTILE),
                          1,
                          List.of(CITE))),
                  List.of(
                      new ClaimRow(
                          "c1",
                          HOSTILE,
                          HOSTILE,
                          HOSTILE,
                          1,
                          List.of(new ClaimBacking(HOSTILE, HOSTILE, HOSTILE, List.of(CITE))))),
                  List.of(new Source("a\"1", HOSTILE, HOSTILE, null, null, HOSTILE)))),
          new Brief.InputSummary(1, List.of(new Skipped(HOSTILE, HOSTILE))));

  @Test
  void articleTextNeverBecomesMarkup() throws Exception {
    StringWriter out = new StringWriter();
    new HtmlBriefWriter(Labels.IT).write(brief, out);
    String html = out.toString();
    assertThat(html).doesNotContain("<script", "<img", "\"><img").contains("&lt;script&gt;");
    assertThat(html).doesNotContain("http://", "https://", "src=\"");
  }

  @Test
  void markdownEscapesInlineHtmlToo() throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownBriefWriter(Labels.IT).write(brief, out);
    // every "<" of the article text is backslash-escaped, so none can open an HTML tag
    assertThat(out.toString()).doesNotContainPattern("(?<!\\\\)<").contains("\\<script\\>");
  }
}
