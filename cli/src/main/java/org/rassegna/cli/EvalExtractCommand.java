package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.extract.ItalianQuoteExtractor;
import org.rassegna.extract.QuotationGold;
import org.rassegna.extract.QuotationScore;
import org.rassegna.extract.QuoteExtractor;
import org.rassegna.model.Article;
import org.rassegna.model.Quotation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval extract}: quotation detection and speaker attribution against gold. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the direct quotations of the gold file's articles and their speakers, and prints"
          + " detection precision, recall and F1 (a found quotation matches a gold one when they"
          + " overlap by at least half their union) and speaker accuracy on the matched ones.",
      "Gold files: extract/src/test/resources/org/rassegna/extract/gold/ (see its README);"
          + " their texts are read in place and checked by SHA-256.",
      ""
    })
final class EvalExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold quotations (JSON: article ids, offsets, speaker mentions).")
  Path gold;

  @Option(names = "--json", description = "Print one JSON object of metrics instead of text.")
  boolean json;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The project checkout, for gold texts inside it (default: ${DEFAULT-VALUE}).")
  Path root = Path.of(".");

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared data folder, for gold texts there (default: ROOT/../shared).")
  Path shared;

  @Option(
      names = "--words-only",
      description =
          "Annotate with the model-free word analysis (no named entities) instead of CoreNLP.")
  boolean wordsOnly;

  @Override
  public Integer call() throws IOException {
    QuotationGold data =
        QuotationGold.read(gold, root, shared != null ? shared : root.resolve("../shared"));
    Annotator annotator =
        wordsOnly
            ? LuceneAnnotator.italian()
            : new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    QuoteExtractor extractor = new ItalianQuoteExtractor();
    Map<String, List<Quotation>> found = new LinkedHashMap<>();
    for (QuotationGold.GoldArticle a : data.articles()) {
      found.put(a.id(), extractor.extract(annotator.annotate(Article.of(a.id(), a.text()))));
    }
    QuotationScore s = QuotationScore.of(data, found);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("precision", s.precision());
      o.put("recall", s.recall());
      o.put("f1", s.f1());
      o.put("speaker_accuracy", s.speakerAccuracy());
      o.put("articles", data.articles().size());
      o.put("gold_quotations", s.gold());
      o.put("found_quotations", s.found());
      o.put("matched_quotations", s.matched());
      o.put("speakers_right", s.speakersRight());
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "%s (%s): %d articles, %d gold quotations, %d found, %d matched%n"
              + "quotations: P %.4f R %.4f F1 %.4f%nspeakers right: %d/%d = %.4f%n",
          gold,
          data.corpus(),
          data.articles().size(),
          s.gold(),
          s.found(),
          s.matched(),
          s.precision(),
          s.recall(),
          s.f1(),
          s.speakersRight(),
          s.matched(),
          s.speakerAccuracy());
    }
    out.flush();
    return 0;
  }
}
