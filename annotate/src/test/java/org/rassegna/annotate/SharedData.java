package org.rassegna.annotate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.rassegna.model.Article;

/** The real data tests read in place: the seeds in the checkout, the shared data beside it. */
public final class SharedData {

  public static final String KIND_DEV_SHA256 =
      "423a5e91d093fa4f0f0a46e06776c3e5361e4ca39e55a188a0ee044c898c3612";
  public static final String DICE_SHA256 =
      "9812e4adecb123805a1e1b74d8e1fb68f732f9d5dcf30e3daf2e3fe313bee139";

  private SharedData() {}

  /**
   * The five seed articles as published (the originals in {@code ../shared/seeds}), by file name.
   */
  public static List<Article> seeds() throws IOException {
    Path dir = Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Article.of(f.getFileName().toString(), Files.readString(f)));
      }
    }
    return out;
  }

  /** A file of {@code ../shared/data}, checked against its SHA-256; skips the test if absent. */
  public static Path file(String relative, String sha256) throws IOException {
    Path f =
        Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("data/" + relative);
    assumeTrue(Files.isRegularFile(f), "shared data absent: " + f);
    try (InputStream in = Files.newInputStream(f)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
      String actual = HexFormat.of().formatHex(md.digest());
      if (!actual.equals(sha256)) {
        throw new IllegalStateException(f + " has changed: SHA-256 " + actual);
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return f;
  }

  /** The first {@code limit} DICE articles. */
  public static List<Article> dice(int limit) throws IOException {
    Path f = file("dice/dice_articles.jsonl", DICE_SHA256);
    ObjectMapper mapper = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
        var node = mapper.readTree(line);
        out.add(Article.of("dice-" + node.get("id").asText(), node.get("text").asText()));
      }
    }
    return out;
  }
}
