package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class JsonLinesArticleWriterTest {

  @TempDir Path dir;

  private static Article article(String id) {
    return new Article(
        id,
        "La Gazzetta",
        "https://g.example/" + id,
        new Published("2025-02-12T21:15:00+01:00"),
        "Titolo " + id,
        "Testo dell'articolo " + id + ".\n\nSecondo paragrafo.",
        "it",
        Map.of("author", "Giulia Bianchi"));
  }

  @Test
  void whatItWritesReadsBackTheSame() throws Exception {
    Path out = dir.resolve("out.jsonl");
    try (JsonLinesArticleWriter w = new JsonLinesArticleWriter(out)) {
      assertThat(w.write(article("a"))).isTrue();
    }
    Ingest.Result c =
        Ingest.read(List.of(new JsonLinesArticleSource(out, IngestLimits.DEFAULT)), article -> {});
    assertThat(c.articles()).containsExactly(article("a"));
  }

  @Test
  void resumingNeitherLosesNorDuplicates() throws Exception {
    Path out = dir.resolve("out.jsonl");
    try (JsonLinesArticleWriter w = new JsonLinesArticleWriter(out)) {
      w.write(article("a"));
      w.write(article("b"));
    }
    // an interrupted run left half a line behind
    Files.writeString(
        out, "{\"id\":\"c\",\"text\":\"mez", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (JsonLinesArticleWriter w = new JsonLinesArticleWriter(out)) {
      assertThat(w.previously()).isEqualTo(2);
      assertThat(w.has("a")).isTrue();
      assertThat(w.has("c")).isFalse();
      assertThat(w.write(article("a"))).isFalse();
      assertThat(w.write(article("c"))).isTrue();
    }
    Ingest.Result c =
        Ingest.read(List.of(new JsonLinesArticleSource(out, IngestLimits.DEFAULT)), article -> {});
    assertThat(c.skipped()).isEmpty();
    assertThat(c.articles()).extracting(Article::id).containsExactly("a", "b", "c");
  }
}
