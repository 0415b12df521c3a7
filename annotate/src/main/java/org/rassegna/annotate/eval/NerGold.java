package org.rassegna.annotate.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * NER gold data in the two-column format of KIND/NERMuD: {@code token<TAB>tag} a line, tags in BIO
 * ({@code B-PER}, {@code I-ORG}, {@code O}), a blank line between sentences.
 *
 * @param words the tokens of each sentence
 * @param tags the gold tag of each token
 */
public record NerGold(List<List<String>> words, List<List<String>> tags) {

  public NerGold {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
  }

  public static NerGold read(Path file) throws IOException {
    List<List<String>> words = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    List<String> w = new ArrayList<>();
    List<String> t = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        if (!w.isEmpty()) {
          words.add(List.copyOf(w));
          tags.add(List.copyOf(t));
          w.clear();
          t.clear();
        }
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IOException(file + ":" + lineNo + ": expected token<TAB>tag, got '" + line + "'");
      }
      w.add(cols[0]);
      t.add(cols[cols.length - 1].strip());
    }
    if (!w.isEmpty()) {
      words.add(List.copyOf(w));
      tags.add(List.copyOf(t));
    }
    return new NerGold(words, tags);
  }

  public int tokenCount() {
    return words.stream().mapToInt(List::size).sum();
  }
}
