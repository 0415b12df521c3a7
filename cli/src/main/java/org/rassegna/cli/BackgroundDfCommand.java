package org.rassegna.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.BackgroundFrequencies;
import org.rassegna.model.Article;
import org.rassegna.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rassegna background-df}: the generator of the clusterer's background document frequencies,
 * from token-per-line corpora such as KIND's Wikinews files.
 */
@Command(
    name = "background-df",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the document frequencies of word norms in a background corpus and writes the table"
          + " the clusterer ships (cluster/src/main/resources/org/rassegna/cluster/"
          + "background-df-LANG.tsv).",
      "Input: one token a line, its first tab-separated field the word (further fields, such as"
          + " NER tags, are ignored), a blank line between sentences; each sentence is a document.",
      ""
    })
final class BackgroundDfCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Token-per-line corpus files.")
  List<Path> inputs;

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
    List<List<Token>> documents = new ArrayList<>();
    for (Path input : inputs) {
      for (String sentence : sentences(input)) {
        Article a =
            new Article("s", input.toString(), null, null, null, sentence, language, Map.of());
        documents.add(annotator.annotate(a).tokens());
      }
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      BackgroundFrequencies.write(documents, out);
    }
    return 0;
  }

  private static List<String> sentences(Path input) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          if (sentence.length() > 0) {
            out.add(sentence.toString());
            sentence.setLength(0);
          }
        } else {
          sentence.append(line.split("\t", 2)[0]).append(' ');
        }
      }
    }
    if (sentence.length() > 0) {
      out.add(sentence.toString());
    }
    return out;
  }
}
