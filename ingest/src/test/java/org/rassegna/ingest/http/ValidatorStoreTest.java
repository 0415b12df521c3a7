package org.rassegna.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorStoreTest {

  @TempDir Path dir;

  @Test
  void survivesASaveAndALoad() throws Exception {
    Path file = dir.resolve("out.jsonl.state.json");
    assertThat(ValidatorStore.load(file).get("https://a.example/feed")).isNull();
    ValidatorStore store = new ValidatorStore();
    store.put("https://a.example/feed", new PageFetcher.Validators("\"v1\"", null));
    store.put(
        "https://b.example/rss", new PageFetcher.Validators(null, "Wed, 12 Feb 2025 20:15:00 GMT"));
    store.put("https://c.example/none", new PageFetcher.Validators(null, null));
    store.save(file);
    ValidatorStore loaded = ValidatorStore.load(file);
    assertThat(loaded.get("https://a.example/feed"))
        .isEqualTo(new PageFetcher.Validators("\"v1\"", null));
    assertThat(loaded.get("https://b.example/rss").lastModified())
        .isEqualTo("Wed, 12 Feb 2025 20:15:00 GMT");
    assertThat(loaded.get("https://c.example/none")).isNull();
  }
}
