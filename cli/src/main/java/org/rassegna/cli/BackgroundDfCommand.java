package org.rassegna.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.eval.NerGold;
import org.rassegna.annotate.lang.LinguaLanguageIdentifier;
import org.rassegna.cluster.BackgroundFrequencies;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.html.HtmlArticleReader;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;
import org.rassegna.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna background-df}: the generator of the clusterer's background document frequencies,
 * from token-per-line corpora such as KIND's Wikinews files, or from web pages read as any page is
 * (decoded, parsed, the body found by {@link HtmlArticleReader}) and kept when Lingua identifies
 * their body as the table's language (WCXB's pages are mostly, not all, English).
 */
@Command(
    name = "background-df",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the document frequencies of word norms in a background corpus and writes the table"
          + " the clusterer ships (cluster/src/main/resources/org/rassegna/cluster/"
          + "background-df-LANG.tsv).",
      "Input: KIND's format, token<TAB>tag a line (only the token is read), a blank line"
          + " between sentences; each sentence is a document. Or, with --html, folders of web"
          + " pages (html/<id>.html.gz, the extraction benchmark's layout): each page's body in"
          + " the --language is a document.",
      ""
    })
final class BackgroundDfCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Token-per-line corpus files (KIND), or page folders with --html.")
  List<Path> inputs;

  @Option(
      names = "--html",
      description =
          "Read each input as a folder of web pages, html/<id>.html.gz (WCXB's layout in"
              + " html-dev), through the article extractor.")
  boolean html;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description = "Language of the corpus (BCP-47), choosing the word analysis (default: it).")
  String language = "it";

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "Where to write the table.")
  Path output;

  @Override
  public Integer call() throws IOException {
    LuceneAnnotator annotator = LuceneAnnotator.forLanguage(language);
    List<String> texts = html ? pages() : sentences();
    List<List<Token>> documents = new ArrayList<>();
    for (String text : texts) {
      Article a = new Article("d", "background", null, null, null, text, language, Map.of());
      documents.add(annotator.annotate(a).tokens());
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      BackgroundFrequencies.write(documents, html, out);
    }
    spec.commandLine().getErr().println(documents.size() + " documents");
    return 0;
  }

  private List<String> sentences() throws IOException {
    List<String> out = new ArrayList<>();
    for (Path input : inputs) {
      for (List<String> words : NerGold.read(input).words()) {
        out.add(String.join(" ", words));
      }
    }
    return out;
  }

  /** The bodies of the pages in the --language, pages in file-name order (a reproducible table). */
  private List<String> pages() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LinguaLanguageIdentifier lingua =
        new LinguaLanguageIdentifier(LinguaLanguageIdentifier.DEFAULT_LANGUAGES);
    HtmlArticleReader reader = new HtmlArticleReader(IngestLimits.DEFAULT);
    List<String> out = new ArrayList<>();
    int other = 0;
    for (Path input : inputs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(input.resolve("html"))) {
        files = s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
      }
      for (Path f : files) {
        String body = body(reader, f, err);
        if (body == null) {
          continue;
        }
        if (lingua.identify(body).equals(language)) {
          out.add(body);
        } else {
          other++;
        }
      }
    }
    err.println(other + " pages in another language left out");
    return out;
  }

  private static @Nullable String body(HtmlArticleReader reader, Path page, PrintWriter err)
      throws IOException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      bytes = in.readAllBytes();
    }
    List<String> text = new ArrayList<>(1);
    reader.read(
        bytes,
        new HtmlArticleReader.Origin(
            page.toString(), "d", null, null, "background", null, Map.of()),
        new ArticleSink() {
          @Override
          public void accept(Article article) {
            text.add(article.text());
          }

          @Override
          public void skip(Skipped skipped) {
            err.println("skipped " + skipped.item() + ": " + skipped.reason());
          }
        });
    return text.isEmpty() ? null : text.get(0);
  }
}
