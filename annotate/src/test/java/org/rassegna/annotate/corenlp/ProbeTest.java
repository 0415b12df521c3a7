package org.rassegna.annotate.corenlp;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class ProbeTest {
  @Test
  void probe() throws Exception {
    var h = HeidelTimeTagger.italian();
    for (var f : java.nio.file.Files.list(java.nio.file.Path.of("../examples/seeds")).sorted().toList()) {
      if (!f.toString().endsWith(".txt")) continue;
      String text = java.nio.file.Files.readString(f);
      System.out.println("== " + f);
      h.tag(Article.of("x", text)).forEach(x -> System.out.println("none " + x));
      h.tag(new Article("x", "x", null, new Published("2025-02-12"), null, text, "it", Map.of())).forEach(x -> System.out.println("0212 " + x));
    }
  }
}
