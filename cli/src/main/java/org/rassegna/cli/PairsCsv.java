package org.rassegna.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article-id pairs from a CSV file whose first two columns are the ids and whose first line is a
 * header (DICE's {@code duplicate.csv}); lines with fewer than two columns are passed over.
 */
final class PairsCsv {

  private PairsCsv() {}

  /** The pairs, in file order, ids stripped of spaces. */
  static List<String[]> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String[]> pairs = new ArrayList<>();
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] f = line.split(",", -1);
      if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
        pairs.add(new String[] {f[0].strip(), f[1].strip()});
      }
    }
    return pairs;
  }

  /**
   * The connected groups the pairs form, as a map from each id in a pair to its group's label (the
   * smallest id of the group in string order, so that the labels do not depend on the file order).
   */
  static Map<String, String> groups(List<String[]> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (String[] p : pairs) {
      String a = root(parent, p[0]);
      String b = root(parent, p[1]);
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> label = new HashMap<>();
    parent.keySet().forEach(id -> label.put(id, root(parent, id)));
    return label;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = parent.computeIfAbsent(id, k -> k);
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }
}
