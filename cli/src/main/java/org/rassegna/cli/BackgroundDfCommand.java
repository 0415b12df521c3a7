package org.rassegna.cli;

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
import org.rassegna.annotate.eval.NerGold;
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
      "Input: KIND's format, token<TAB>tag a line (only the token is read), a blank line"
          + " between sentences; each sentence is a document.",
      ""
    })
final class BackgroundDfCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Token-per-line corpus files (KIND).")
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
      for (List<String> words : NerGold.read(input).words()) {
        String sentence = String.join(" ", words);
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
}
