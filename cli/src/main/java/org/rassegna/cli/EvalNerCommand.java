package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.eval.NerEvaluation;
import org.rassegna.annotate.eval.NerGold;
import org.rassegna.annotate.eval.NerScores;
import org.rassegna.annotate.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna eval ner}: Italian NER quality against gold data. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Italian pipeline over the gold file's sentences (tokens joined by spaces and"
          + " tokenized our way; each gold token takes the label of our tokens over it) and prints"
          + " token micro-F1 (NERMuD: B-/I- stripped, O excluded) and exact-entity precision,"
          + " recall and F1 per type. The gold file marks no documents: a sentence without final"
          + " punctuation (a headline) starts one, and entity labels are revised across each"
          + " document. Token micro-F1 is also given over odd and even documents apart.",
      ""
    })
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "Gold file: token<TAB>BIO-tag a line, a blank line between sentences (KIND).")
  Path gold;

  @Option(names = "--json", description = "Print one JSON object of metrics instead of text.")
  boolean json;

  @Option(
      names = "--stock",
      description = "Score the stock model's labels, without the document-level revisions.")
  boolean stock;

  @Override
  public Integer call() throws IOException {
    NerGold data = NerGold.read(gold);
    CoreNlpItalianAnnotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE, !stock);
    List<List<String>> predicted = NerEvaluation.predict(annotator, data);
    NerScores scores = NerScores.score(data.tags(), predicted);
    List<List<Integer>> documents = NerEvaluation.documents(data);
    double odd = documentHalf(data, predicted, documents, 0);
    double even = documentHalf(data, predicted, documents, 1);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("token_micro_f1", scores.tokenMicroF1());
      o.put("sentences", data.words().size());
      o.put("tokens", data.tokenCount());
      o.put("documents", documents.size());
      o.put("token_micro_f1_odd_documents", odd);
      o.put("token_micro_f1_even_documents", even);
      for (Map.Entry<String, NerScores.Prf> e : scores.entities().entrySet()) {
        String key = e.getKey().toLowerCase(Locale.ROOT);
        o.put(key + "_precision", e.getValue().precision());
        o.put(key + "_recall", e.getValue().recall());
        o.put(key + "_f1", e.getValue().f1());
      }
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "%s: %d sentences, %d tokens, %d documents%ntoken micro-F1 %.4f (odd documents %.4f,"
              + " even %.4f)%n",
          gold,
          data.words().size(),
          data.tokenCount(),
          documents.size(),
          scores.tokenMicroF1(),
          odd,
          even);
      for (Map.Entry<String, NerScores.Prf> e : scores.entities().entrySet()) {
        NerScores.Prf s = e.getValue();
        out.printf(
            Locale.ROOT,
            "%-3s exact entities: P %.4f R %.4f F1 %.4f (gold %d, predicted %d)%n",
            e.getKey(),
            s.precision(),
            s.recall(),
            s.f1(),
            s.gold(),
            s.predicted());
      }
    }
    out.flush();
    return 0;
  }

  /** Token micro-F1 over every other document, starting with document {@code first}. */
  private static double documentHalf(
      NerGold data, List<List<String>> predicted, List<List<Integer>> documents, int first) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> ours = new ArrayList<>();
    for (int d = first; d < documents.size(); d += 2) {
      for (int s : documents.get(d)) {
        gold.add(data.tags().get(s));
        ours.add(predicted.get(s));
      }
    }
    return NerScores.score(gold, ours).tokenMicroF1();
  }
}
