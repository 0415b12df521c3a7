package org.rassegna.annotate.corenlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Span;

/**
 * Revises the CRF's entity labels across one document, where a sentence-by-sentence model cannot
 * look (each rule kept because it raised token micro-F1 on KIND Wikinews dev, see
 * docs/architecture.md):
 *
 * <ul>
 *   <li>an entity does not begin with a preposition: leading prepositions, with the article fused
 *       to them ("Nel" = in + il), leave the entity ("Nel frattempo" is not a person);
 *   <li>a name keeps one type in a document: every occurrence of a labelled word sequence takes the
 *       type most of its occurrences have;
 *   <li>a name labelled once is labelled everywhere: unlabelled capitalised occurrences of a
 *       labelled sequence take its type, and the surname of a full name of a person ("Merola" after
 *       "Valerio Merola") is a person unless the document labels it otherwise.
 * </ul>
 */
final class DocumentEntityRevision {

  private static final String OUTSIDE = "O";
  private static final String SURNAME = "PER*";

  /**
   * A preposition, or a fused word the tokenizer left whole, which the tagger marks {@code _}: it
   * does so with a capitalised preposition and article ("Nel", "Alla"), which it does not split.
   */
  private static final Set<String> PREPOSITION_TAGS = Set.of("ADP", "_");

  private DocumentEntityRevision() {}

  /**
   * One analysed word: its text, part of speech and original span (the parts of a split word share
   * it).
   */
  record Word(String text, String tag, Span span) {}

  /** A run of one label over the words {@code [start, end)} of a sentence. */
  private record Run(int start, int end, String label) {}

  /** Revised labels, one list per sentence, for {@code labels} of {@code sentences}. */
  static List<List<String>> revise(List<List<Word>> sentences, List<List<String>> labels) {
    List<List<String>> out = new ArrayList<>(labels.size());
    for (int s = 0; s < sentences.size(); s++) {
      List<String> revised = new ArrayList<>(labels.get(s));
      stripPrepositions(sentences.get(s), revised);
      out.add(revised);
    }
    Map<List<String>, String> types = documentTypes(sentences, out);
    for (int s = 0; s < sentences.size(); s++) {
      unify(sentences.get(s), out.get(s), types);
    }
    List<Map.Entry<List<String>, String>> longestFirst = new ArrayList<>(types.entrySet());
    longestFirst.sort(Comparator.comparingInt(e -> -e.getKey().size()));
    for (int s = 0; s < sentences.size(); s++) {
      fill(sentences.get(s), out.get(s), longestFirst);
    }
    return out;
  }

  private static void stripPrepositions(List<Word> words, List<String> labels) {
    for (Run run : runs(labels)) {
      for (int i = run.start(); i < run.end(); i++) {
        boolean fused = i > 0 && words.get(i).span().equals(words.get(i - 1).span());
        if (!PREPOSITION_TAGS.contains(words.get(i).tag())
            && !(fused && labels.get(i - 1).equals(OUTSIDE))) {
          break;
        }
        labels.set(i, OUTSIDE);
      }
    }
  }

  /**
   * The majority type of every labelled word sequence of the document, and of full names' surnames.
   */
  private static Map<List<String>, String> documentTypes(
      List<List<Word>> sentences, List<List<String>> labels) {
    Map<List<String>, Map<String, Integer>> votes = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Word> words = sentences.get(s);
      for (Run run : runs(labels.get(s))) {
        votes
            .computeIfAbsent(texts(words, run.start(), run.end()), k -> new LinkedHashMap<>())
            .merge(run.label(), 1, Integer::sum);
        String last = words.get(run.end() - 1).text();
        if (run.label().equals("PER") && run.end() - run.start() >= 2 && capitalised(last)) {
          votes
              .computeIfAbsent(List.of(last), k -> new LinkedHashMap<>())
              .merge(SURNAME, 1, Integer::sum);
        }
      }
    }
    Map<List<String>, String> types = new HashMap<>();
    votes.forEach(
        (sequence, count) -> {
          @Nullable String best = null;
          int most = 0;
          for (Map.Entry<String, Integer> c : count.entrySet()) { // a tie goes to the first seen
            if (!c.getKey().equals(SURNAME) && c.getValue() > most) {
              best = c.getKey();
              most = c.getValue();
            }
          }
          if (best == null && count.containsKey(SURNAME)) {
            best = "PER";
          }
          if (best != null) {
            types.put(sequence, best);
          }
        });
    return types;
  }

  private static void unify(
      List<Word> words, List<String> labels, Map<List<String>, String> types) {
    for (Run run : runs(labels)) {
      String type = types.get(texts(words, run.start(), run.end()));
      if (type != null && !type.equals(run.label())) {
        for (int i = run.start(); i < run.end(); i++) {
          labels.set(i, type);
        }
      }
    }
  }

  private static void fill(
      List<Word> words, List<String> labels, List<Map.Entry<List<String>, String>> types) {
    for (Map.Entry<List<String>, String> e : types) {
      List<String> sequence = e.getKey();
      if (!capitalised(sequence.get(0))) {
        continue;
      }
      for (int i = 0; i + sequence.size() <= words.size(); i++) {
        if (isOutside(labels, i, i + sequence.size())
            && texts(words, i, i + sequence.size()).equals(sequence)) {
          for (int j = i; j < i + sequence.size(); j++) {
            labels.set(j, e.getValue());
          }
        }
      }
    }
  }

  private static boolean isOutside(List<String> labels, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!labels.get(i).equals(OUTSIDE)) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static List<String> texts(List<Word> words, int start, int end) {
    List<String> out = new ArrayList<>(end - start);
    for (int i = start; i < end; i++) {
      out.add(words.get(i).text());
    }
    return out;
  }

  private static List<Run> runs(List<String> labels) {
    List<Run> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); ) {
      int j = i + 1;
      if (!labels.get(i).equals(OUTSIDE)) {
        while (j < labels.size() && labels.get(j).equals(labels.get(i))) {
          j++;
        }
        out.add(new Run(i, j, labels.get(i)));
      }
      i = j;
    }
    return out;
  }
}
