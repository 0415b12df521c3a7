package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact gazette that the build put on the class path holds the stock model's gazette entry
 * for entry: for every word, the set of (feature, position, words) that CoreNLP files under it and
 * the set its lines make have the same size and the same sum of 64-bit hashes.
 */
class CompactGazetteTest {

  private static CompactGazette compact;

  @BeforeAll
  static void load() {
    compact = CompactNerModel.load().gazette();
  }

  @Test
  void everyWordHasTheStockEntries() throws Exception {
    CRFClassifier<CoreLabel> crf =
        CRFClassifier.getClassifier(ItalianModels.shippedProperties().getProperty("ner.model"));
    DocumentGazette.Fields fields = DocumentGazette.Fields.reach();
    Map<String, Collection<Object>> stock = fields.index(DocumentGazette.nerFeatures(crf));
    // per word id: how many distinct entries the lines make, and a hash of their set
    int[] count = new int[compact.words()];
    long[] hash = new long[compact.words()];
    for (int l = 0; l < compact.lines(); l++) {
      int start = compact.lineStart(l);
      int n = compact.lineEnd(l) - start;
      StringBuilder words = new StringBuilder();
      for (int i = 0; i < n; i++) {
        words.append(' ').append(compact.word(compact.lineWord(start + i)));
      }
      for (int i = 0; i < n; i++) {
        int w = compact.lineWord(start + i);
        for (String feature :
            Set.of(
                CompactGazette.feature(compact.lineClass(l)),
                CompactGazette.feature(compact.lineClass(l), n))) {
          count[w]++;
          hash[w] += mix(feature + " " + i + words);
        }
      }
    }
    assertThat(compact.words()).isEqualTo(stock.size());
    long entries = 0;
    for (Map.Entry<String, Collection<Object>> e : stock.entrySet()) {
      Set<String> distinct = new HashSet<>();
      for (Object entry : e.getValue()) {
        distinct.add(
            fields.feature(entry)
                + " "
                + fields.loc(entry)
                + " "
                + String.join(" ", fields.words(entry)));
      }
      int w = compact.id(e.getKey());
      assertThat(w).as(e.getKey()).isNotNegative();
      assertThat(count[w]).as(e.getKey()).isEqualTo(distinct.size());
      assertThat(hash[w])
          .as(e.getKey())
          .isEqualTo(distinct.stream().mapToLong(CompactGazetteTest::mix).sum());
      entries += e.getValue().size();
    }
    assertThat(entries).isGreaterThan(5_000_000);
  }

  @Test
  void aWordNotInTheGazetteHasNoId() {
    assertThat(compact.id("Roma")).isNotNegative();
    assertThat(compact.word(compact.id("Roma"))).isEqualTo("Roma");
    assertThat(compact.id("Xqzzyvw")).isEqualTo(-1);
    assertThat(compact.id("\uD800")).isEqualTo(-1); // encodes as "?"
  }

  @Test
  void writingAndReadingKeepsTheArrays() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    compact.write(out);
    CompactGazette back = CompactGazette.read(new ByteArrayInputStream(out.toByteArray()));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    back.write(again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  /** A 64-bit hash of an entry, summed over a set (so the order does not count). */
  private static long mix(String entry) {
    long h = 1125899906842597L;
    for (int i = 0; i < entry.length(); i++) {
      h = 31 * h + entry.charAt(i);
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
