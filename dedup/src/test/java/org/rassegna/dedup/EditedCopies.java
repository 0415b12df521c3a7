package org.rassegna.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Sentence;
import org.rassegna.model.Token;

/**
 * Makes the kind of copy an outlet makes of a wire story: sentences dropped, added (from another
 * article), reordered, lightly reworded, or a new headline and lead; one or two of these per copy,
 * chosen by a seeded random source so the test set is the same on every run.
 */
final class EditedCopies {

  enum Edit {
    DROP,
    ADD,
    REORDER,
    REWORD,
    NEW_LEAD
  }

  private final SplittableRandom random;

  EditedCopies(long seed) {
    random = new SplittableRandom(seed);
  }

  /** The edits to make to one copy: one, or two different ones. */
  List<Edit> pickEdits() {
    Edit[] all = Edit.values();
    Edit first = all[random.nextInt(all.length)];
    if (random.nextBoolean()) {
      return List.of(first);
    }
    Edit second = all[random.nextInt(all.length)];
    return second == first ? List.of(first) : List.of(first, second);
  }

  /** A copy of {@code original} with {@code edits}; {@code other} lends sentences to add. */
  String copy(AnnotatedArticle original, AnnotatedArticle other, List<Edit> edits) {
    List<String> sentences = texts(original);
    for (Edit edit : edits) {
      switch (edit) {
        case DROP -> {
          int drop = 1 + random.nextInt(Math.max(1, sentences.size() / 5));
          for (int i = 0; i < drop && sentences.size() > 3; i++) {
            sentences.remove(random.nextInt(sentences.size()));
          }
        }
        case ADD -> {
          List<String> lent = texts(other);
          int add = 1 + random.nextInt(2);
          for (int i = 0; i < add && !lent.isEmpty(); i++) {
            sentences.add(
                random.nextInt(sentences.size() + 1), lent.remove(random.nextInt(lent.size())));
          }
        }
        case REORDER -> {
          int from = random.nextInt(sentences.size());
          String moved = sentences.remove(from);
          sentences.add(random.nextInt(sentences.size() + 1), moved);
        }
        case REWORD -> {
          for (int i = 0; i < sentences.size(); i++) {
            sentences.set(i, reword(sentences.get(i), 0.05));
          }
        }
        default -> { // NEW_LEAD
          String lead = sentences.remove(0);
          String[] words = sentences.get(0).split(" ");
          int n = Math.min(words.length, 4 + random.nextInt(5));
          String headline = String.join(" ", List.of(words).subList(0, n));
          sentences.add(0, reword(lead, 0.3));
          sentences.add(0, headline.toUpperCase(Locale.ROOT) + "\n");
        }
      }
    }
    return String.join(" ", sentences);
  }

  /** Deletes or repeats about {@code rate} of the words longer than three letters. */
  private String reword(String sentence, double rate) {
    String[] words = sentence.split(" ");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.length() > 3 && random.nextDouble() < rate) {
        if (random.nextBoolean()) {
          continue; // dropped, as an editor cuts an adjective or an adverb
        }
        b.append(w).append(' '); // doubled, as a typo or an inserted word
      }
      b.append(w).append(' ');
    }
    return b.toString().strip();
  }

  private static List<String> texts(AnnotatedArticle a) {
    List<String> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      out.add(a.textOf(s));
    }
    return out;
  }

  /** Words of an analysed article, for choosing look-alike articles. */
  static List<String> norms(AnnotatedArticle a) {
    return a.tokens().stream().filter(t -> !t.stop()).map(Token::norm).toList();
  }
}
