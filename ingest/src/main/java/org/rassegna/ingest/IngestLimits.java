package org.rassegna.ingest;

/**
 * Bounds that keep one odd input from exhausting the machine.
 *
 * @param maxArticleBytes an article (a text file, a JSON line) larger than this is skipped
 */
public record IngestLimits(long maxArticleBytes) {

  /** 5 MB: a hundred times a long feature article. */
  public static final IngestLimits DEFAULT = new IngestLimits(5L * 1024 * 1024);

  public IngestLimits {
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
    }
  }
}
