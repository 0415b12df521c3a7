package org.rassegna.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;

/**
 * Hand-made gold quotations: for each article, where each quotation stands and the words that name
 * its speaker (any of them counts; none means the text does not say). The file holds ids and
 * offsets only; the texts are read in place, from a JSON Lines file under the shared data folder
 * ({@code "base": "shared"}), from a KIND token file there rebuilt into articles ({@code "format":
 * "kind-tsv"}, or {@code "kind-tsv-titles"} for the training split, see {@link KindArticles}) or
 * from text files in the checkout ({@code "base": "root"}), and their SHA-256 (of the file, and of
 * each rebuilt article) must match the one recorded, so offsets can never silently drift.
 *
 * @param corpus a name for reports
 * @param articles in file order, including articles annotated as having no quotation
 * @param indirect whether indirect speech was annotated too ({@code "indirect": true}); when not,
 *     only direct quotations can be scored
 */
public record QuotationGold(String corpus, List<GoldArticle> articles, boolean indirect) {

  public QuotationGold {
    articles = List.copyOf(articles);
  }

  /** One annotated article with its text. */
  public record GoldArticle(String id, String text, List<GoldQuotation> quotations) {

    public GoldArticle {
      quotations = List.copyOf(quotations);
    }
  }

  /**
   * One quotation.
   *
   * @param span the quoted words, between the marks, white space trimmed; for indirect speech the
   *     reported clause
   * @param speakers the mentions that name the speaker; empty when the text does not say
   * @param kind direct (in quotation marks) or indirect
   */
  public record GoldQuotation(Span span, List<Span> speakers, Quotation.Kind kind) {

    public GoldQuotation {
      speakers = List.copyOf(speakers);
    }
  }

  /**
   * Reads {@code file}, finding the texts under {@code root} (the checkout) or {@code shared}.
   *
   * @throws IOException when a file cannot be read, a checksum differs or an id is missing
   */
  public static QuotationGold read(Path file, Path root, Path shared) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(file.toFile());
    String base = gold.path("base").asText();
    Path texts = (base.equals("root") ? root : shared).resolve(gold.path("texts").asText());
    Map<String, String> byId = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    gold.path("articles").forEach(a -> ids.add(a.path("id").asText()));
    String format = gold.path("format").asText();
    if (format.equals("kind-tsv") || format.equals("kind-tsv-titles")) {
      checkDigest(texts, gold.path("sha256").asText());
      List<String> rebuilt =
          format.equals("kind-tsv") ? KindArticles.read(texts) : KindArticles.readTitled(texts);
      for (JsonNode a : gold.path("articles")) {
        String id = a.path("id").asText();
        int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        String text = n < rebuilt.size() ? rebuilt.get(n) : "";
        String digest = sha256(text.getBytes(StandardCharsets.UTF_8));
        if (!digest.equals(a.path("sha256").asText())) {
          throw new IOException(
              "article " + id + " rebuilt from " + texts + " has SHA-256 " + digest);
        }
        byId.put(id, text);
      }
    } else if (Files.isDirectory(texts)) {
      for (JsonNode a : gold.path("articles")) {
        Path f = texts.resolve(a.path("id").asText());
        checkDigest(f, a.path("sha256").asText());
        byId.put(a.path("id").asText(), Files.readString(f, StandardCharsets.UTF_8));
      }
    } else {
      checkDigest(texts, gold.path("sha256").asText());
      byId.putAll(readJsonLines(texts, ids));
    }
    List<GoldArticle> articles = new ArrayList<>();
    for (JsonNode a : gold.path("articles")) {
      String id = a.path("id").asText();
      String text = byId.get(id);
      if (text == null) {
        throw new IOException("gold article " + id + " is not in " + texts);
      }
      List<GoldQuotation> quotations = new ArrayList<>();
      for (JsonNode q : a.path("quotations")) {
        Span span = span(q);
        String begins = q.path("begins").asText();
        if (!span.of(text).startsWith(begins.strip())) {
          throw new IOException(
              "gold quotation of " + id + " at " + span + " does not begin '" + begins + "'");
        }
        List<Span> speakers = new ArrayList<>();
        q.path("speakers").forEach(s -> speakers.add(span(s)));
        Quotation.Kind kind =
            q.path("kind").asText().equals("indirect")
                ? Quotation.Kind.INDIRECT
                : Quotation.Kind.DIRECT;
        quotations.add(new GoldQuotation(span, speakers, kind));
      }
      articles.add(new GoldArticle(id, text, quotations));
    }
    return new QuotationGold(
        gold.path("corpus").asText(), articles, gold.path("indirect").asBoolean(false));
  }

  private static Span span(JsonNode node) {
    return new Span(node.path("start").asInt(), node.path("end").asInt());
  }

  private static Map<String, String> readJsonLines(Path file, Set<String> ids) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String id = row.path("id").asText();
        if (ids.contains(id)) {
          out.put(id, row.path("text").asText());
        }
      }
    }
    return out;
  }

  private static void checkDigest(Path file, String expected) throws IOException {
    String actual = sha256(file);
    if (!expected.equals(actual)) {
      throw new IOException(file + " has SHA-256 " + actual + ", the gold was made on " + expected);
    }
  }

  /** The SHA-256 of a file, in lower-case hex. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The ids of the gold articles, in file order. */
  public List<String> ids() {
    return articles.stream().map(GoldArticle::id).collect(Collectors.toList());
  }
}
