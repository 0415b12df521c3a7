package org.rassegna.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Span;

/**
 * The five seed articles (the originals in ../shared/seeds). Read side by side, they share no
 * sentence: four tell the same call, and three quote the same Truth Social statement, but each in
 * its own Italian translation. The longest word run two of them share is an eleven-word fragment of
 * that statement ("il presidente ucraino Zelensky per informarlo della conversazione, cosa che
 * farò", in 000 and 003) inside sentences that differ; the word 3-shingle Jaccard of any two is at
 * most 0.04. So the truth is five independent sources and no copied passage. The other tests make
 * real copies out of the seeds: a quotation block lifted verbatim, and a republication under a new
 * headline.
 */
class SeedsDedupTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");
  private static final String ART_003 = "003_e474d6073c75c2ee";
  private static final String ART_004 = "004_0ac7530cb76e1d5e";

  private static final LuceneAnnotator ANNOTATOR = LuceneAnnotator.italian();

  static List<AnnotatedArticle> seeds() throws IOException {
    List<AnnotatedArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(annotate(id(f), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  private static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  private static AnnotatedArticle annotate(String id, String text) {
    return ANNOTATOR.annotate(Article.of(id, text));
  }

  private static String text(String id) throws IOException {
    return Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  @Test
  void theSeedsAreFiveIndependentSourcesWithNoCopiedPassage() throws IOException {
    Deduplication d = new MinHashDeduplicator().deduplicate(seeds());
    assertThat(d.groups()).hasSize(5).allMatch(g -> g.size() == 1);
    assertThat(d.nearDuplicates()).isEmpty();
    assertThat(d.passages()).isEmpty();
  }

  @Test
  void sentencesOfTwoOrThreeWordsDoNotCountAsCopies() throws IOException {
    // even with sentences of three words counted, the seeds share none
    DedupConfig loose = new DedupConfig(3, 32, 3, 0.5, 3, 50, 0.5);
    Deduplication d = new MinHashDeduplicator(loose).deduplicate(seeds());
    assertThat(d.passages()).isEmpty();
  }

  @Test
  void aQuotationBlockLiftedVerbatimIsFoundWithItsSpansInBoth() throws IOException {
    // another outlet republishes 004 and pastes into it, before "L’invito a Mosca", 003's
    // paragraph of Trump's statement
    String source = text(ART_003);
    String host = text(ART_004);
    String block = source.substring(1341, 2016);
    String copy = host.substring(0, 1179) + block + "\n" + host.substring(1179);
    List<AnnotatedArticle> set = new ArrayList<>(seeds());
    set.add(annotate("005_copy", copy));

    Deduplication d = new MinHashDeduplicator().deduplicate(set);

    assertThat(d.passages())
        .containsExactly(
            // the quotation block, all five sentences, the short last one included
            new CopiedPassage(ART_003, new Span(1341, 2016), "005_copy", new Span(1179, 1854), 5),
            // 004 before and after the block
            new CopiedPassage(ART_004, new Span(1, 1178), "005_copy", new Span(1, 1178), 8),
            new CopiedPassage(ART_004, new Span(1179, 2216), "005_copy", new Span(1855, 2892), 6));
    assertThat(new Span(1179, 1854).of(copy)).isEqualTo(block);
    assertThat(block)
        .startsWith("\"Abbiamo entrambi riflettuto")
        .endsWith("Entrambi ci crediamo molto\".");
    // the copy is 004's source again; one quoted paragraph does not make it 003's
    assertThat(d.groups())
        .hasSize(5)
        .contains(new SourceGroup(ART_004, List.of(ART_004, "005_copy")))
        .contains(new SourceGroup(ART_003, List.of(ART_003)));
    assertThat(new PassageAligner(DedupConfig.DEFAULT).align(set.get(3), set.get(5)))
        .containsExactly(d.passages().get(0));
  }

  @Test
  void aRepublicationUnderANewHeadlineJoinsTheOriginalsGroup() throws IOException {
    String original = text(ART_004);
    // new headline, the first paragraph after it kept, the last paragraph dropped
    String stripped = original.strip();
    String body = stripped.substring(stripped.indexOf('\n') + 1, stripped.lastIndexOf('\n'));
    String republished = "Putin invita Trump a Mosca, la telefonata dura un'ora e mezza\n" + body;
    List<AnnotatedArticle> set = new ArrayList<>(seeds());
    set.add(annotate("005_republished", republished));

    Deduplication d = new MinHashDeduplicator().deduplicate(set);

    assertThat(d.nearDuplicates())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.firstId()).isEqualTo(ART_004);
              assertThat(n.secondId()).isEqualTo("005_republished");
              assertThat(n.exact()).isFalse();
            });
    assertThat(d.groups())
        .hasSize(5)
        .contains(new SourceGroup(ART_004, List.of(ART_004, "005_republished")));
    // the five paragraphs kept, one passage: all five sentences of 004's body from its second line
    assertThat(d.passages())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.firstId()).isEqualTo(ART_004);
              assertThat(p.second().of(republished)).isEqualTo(body);
            });
  }
}
