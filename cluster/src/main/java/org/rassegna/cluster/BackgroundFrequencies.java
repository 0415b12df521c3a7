package org.rassegna.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Token;

/**
 * Document frequencies of word norms in a background corpus of one language, so that how specific a
 * word is does not depend on the handful of articles at hand: among five reports of a call, "Trump"
 * and "Putin" are in every one, yet in general news they are common and "Fogel" is not.
 *
 * <p>The resource for Italian ({@code background-df-it.tsv}, next to this class) is counted from
 * the text of Italian Wikinews as the KIND corpus gives it (CC BY 2.5; its NER tags, CC BY-NC, are
 * not used), one sentence a document, by {@code rassegna background-df}; see the resource folder's
 * README for provenance and attribution. DICE would have been closer to our news, but it is CC
 * BY-NC-SA and its counts would carry that licence into a GPL product. Terms seen in one document
 * only are left out (they count as unseen), which keeps the table small.
 *
 * <p>The English table ({@code background-df-en.tsv}) is counted from the article pages of WCXB's
 * development split (CC BY 4.0), one page a document, their bodies as the project's extractor finds
 * them.
 *
 * <p>Format: a first line {@code #documents<TAB>N}, a line {@code #unit<TAB>document} when the
 * documents are whole (pages, not sentences), then one {@code norm<TAB>df} a line.
 */
public final class BackgroundFrequencies {

  /** No background: every term unseen; callers fall back on what needs no word statistics. */
  public static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, false, Map.of());

  private static final String DOCUMENTS = "#documents";

  /** The header line of a table counted from whole documents (pages), not sentences. */
  private static final String WHOLE_DOCUMENTS = "#unit\tdocument";

  /** The tables read so far, by primary language subtag (each read once per process). */
  private static final Map<String, BackgroundFrequencies> LOADED = new ConcurrentHashMap<>();

  private final int documents;
  private final boolean wholeDocuments;
  private final Map<String, Integer> df;

  private BackgroundFrequencies(int documents, boolean wholeDocuments, Map<String, Integer> df) {
    this.documents = documents;
    this.wholeDocuments = wholeDocuments;
    this.df = df;
  }

  /** The table shipped for {@code language} (BCP-47, its primary subtag), or {@link #NONE}. */
  public static BackgroundFrequencies forLanguage(@Nullable String language) {
    if (language == null || language.isBlank()) {
      return NONE;
    }
    return LOADED.computeIfAbsent(
        language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0], BackgroundFrequencies::load);
  }

  private static BackgroundFrequencies load(String primary) {
    try (InputStream in =
        BackgroundFrequencies.class.getResourceAsStream("background-df-" + primary + ".tsv")) {
      return in == null ? NONE : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BackgroundFrequencies read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    boolean whole = false;
    Map<String, Integer> df = new HashMap<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.indexOf('\t');
      if (line.equals(WHOLE_DOCUMENTS)) {
        whole = true;
        continue;
      }
      if (tab < 0) {
        continue;
      }
      int count = Integer.parseInt(line.substring(tab + 1));
      if (line.startsWith(DOCUMENTS + "\t")) {
        n = count;
      } else {
        df.put(line.substring(0, tab), count);
      }
    }
    return new BackgroundFrequencies(n, whole, df);
  }

  /** Whether there is a table at all. */
  public boolean isPresent() {
    return documents > 0;
  }

  /**
   * Whether the table counts whole documents (articles, pages), so that its frequencies are of the
   * unit the clusterer counts and may be added to its running counts; a table of sentences serves
   * only to tell rare words from common ones.
   */
  public boolean countsWholeDocuments() {
    return wholeDocuments;
  }

  /** How many documents the table was counted from (0 for {@link #NONE}). */
  public int documents() {
    return documents;
  }

  /** How many background documents contain {@code norm} (0 when unseen or seen once). */
  public int documentFrequency(String norm) {
    return df.getOrDefault(norm, 0);
  }

  /** The smoothed inverse document frequency of {@code norm}: ln((N + 1) / (df + 1)). */
  public double idf(String norm) {
    return Math.log((documents + 1.0) / (documentFrequency(norm) + 1.0));
  }

  /**
   * Counts the background table from documents given as their tokens (non-stop norms count once a
   * document) and writes it, terms in sorted order so that the file is reproducible; {@code
   * wholeDocuments} when each is a whole document rather than a sentence (see {@link
   * #countsWholeDocuments}).
   */
  public static void write(Iterable<List<Token>> documents, boolean wholeDocuments, Writer out)
      throws IOException {
    int n = 0;
    Map<String, Integer> df = new TreeMap<>();
    for (List<Token> doc : documents) {
      n++;
      Set<String> seen = new HashSet<>();
      for (Token t : doc) {
        if (!t.stop() && seen.add(t.norm())) {
          df.merge(t.norm(), 1, Integer::sum);
        }
      }
    }
    out.write(DOCUMENTS + "\t" + n + "\n");
    if (wholeDocuments) {
      out.write(WHOLE_DOCUMENTS + "\n");
    }
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() > 1 && e.getKey().indexOf('\t') < 0 && e.getKey().indexOf('\n') < 0) {
        out.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    out.flush();
  }
}
