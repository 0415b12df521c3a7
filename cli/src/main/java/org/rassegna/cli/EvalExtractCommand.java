package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.extract.ItalianQuoteExtractor;
import org.rassegna.extract.QuotationGold;
import org.rassegna.extract.QuotationScore;
import org.rassegna.extract.QuoteExtractor;
import org.rassegna.extract.SpeakerPhrases;
import org.rassegna.model.AnnotatedArticle;
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
      "Finds the quotations of the gold file's articles and their speakers, and prints, for"
          + " direct quotations and indirect reports apart, detection precision, recall and F1"
          + " (a found direct quotation matches a gold one when they overlap by at least half"
          + " their union, an indirect report when it covers at least half of the gold clause),"
          + " speaker accuracy on the matched ones and the wrong-speaker rate (quotations given"
          + " a wrong named speaker / all quotations found), and how many speakers named are"
          + " shown by a text that is no clean phrase (a conjunction or adverb first, a verb"
          + " heading a clause, a preposition last).",
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
      description =
          "Gold quotations (JSON: article ids, offsets, kinds, speaker mentions); repeat it to"
              + " score several files, each reported apart and then all together.")
  List<Path> gold;

  @Option(
      names = "--list",
      description =
          "Also list every gold and every found quotation with its speaker, to read; a found"
              + " speaker says how it was tied to the quotation: {cue} or {antecedent}.")
  boolean list;

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

  /** Which half of a gold file's articles to score. */
  enum Half {
    A,
    B
  }

  @Option(
      names = "--half",
      paramLabel = "A|B",
      description =
          "Score every other article of each gold file only, by position: A the first, third …,"
              + " B the second, fourth …. Read errors on one half, and keep a rule only if it also"
              + " gains on the other: a rule that gains only where it was read does not generalise.")
  Half half;

  @Option(
      names = "--words-only",
      description =
          "Annotate with the model-free word analysis (no named entities) instead of CoreNLP.")
  boolean wordsOnly;

  @Override
  public Integer call() throws IOException {
    Annotator annotator =
        wordsOnly
            ? LuceneAnnotator.italian()
            : new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    QuoteExtractor extractor = new ItalianQuoteExtractor();
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode files = mapper.createArrayNode();
    Map<Quotation.Kind, QuotationScore> total = new EnumMap<>(Quotation.Kind.class);
    int articles = 0;
    int failed = 0;
    int totalSpeakers = 0;
    int totalUnclean = 0;
    for (Path file : gold) {
      QuotationGold data =
          halved(
              QuotationGold.read(file, root, shared != null ? shared : root.resolve("../shared")));
      Map<String, List<Quotation>> found = new LinkedHashMap<>();
      int unclean = 0;
      for (QuotationGold.GoldArticle a : data.articles()) {
        try {
          AnnotatedArticle annotated = annotator.annotate(Article.of(a.id(), a.text()));
          List<Quotation> quotations = extractor.extract(annotated);
          found.put(a.id(), quotations);
          unclean += SpeakerPhrases.unclean(annotated, quotations);
        } catch (RuntimeException e) {
          // counted and reported; its gold quotations stay unfound, the run goes on
          failed++;
          spec.commandLine()
              .getErr()
              .printf(Locale.ROOT, "%s %s: annotation failed: %s%n", file, a.id(), e);
        }
      }
      articles += data.articles().size();
      ObjectNode o = files.addObject();
      o.put("gold", file.toString());
      o.put("corpus", data.corpus());
      o.put("articles", data.articles().size());
      if (!json) {
        out.printf(
            Locale.ROOT, "%s (%s): %d articles%n", file, data.corpus(), data.articles().size());
      }
      if (list) {
        listQuotations(data, found, out);
      }
      for (Quotation.Kind kind : Quotation.Kind.values()) {
        if (kind == Quotation.Kind.INDIRECT && !data.indirect()) {
          continue; // a gold of direct quotations only says nothing of indirect speech
        }
        QuotationScore s = QuotationScore.of(data, found, kind);
        total.merge(kind, s, QuotationScore::plus);
        report(s, o, out);
      }
      int speakers = speakers(found);
      totalSpeakers += speakers;
      totalUnclean += unclean;
      reportTexts(speakers, unclean, o, json ? null : out);
    }
    if (gold.size() > 1 && !json) {
      out.printf(Locale.ROOT, "all %d gold files: %d articles%n", gold.size(), articles);
    }
    ObjectNode all = mapper.createObjectNode();
    all.put("articles", articles);
    all.put("failed", failed);
    if (failed > 0 && !json) {
      out.printf(Locale.ROOT, "annotation failed on %d articles (see stderr)%n", failed);
    }
    for (QuotationScore s : total.values()) {
      report(s, all, gold.size() > 1 ? out : null);
    }
    reportTexts(totalSpeakers, totalUnclean, all, gold.size() > 1 && !json ? out : null);
    if (json) {
      ObjectNode o = mapper.createObjectNode();
      o.set("files", files);
      o.set("all", all);
      out.println(mapper.writeValueAsString(o));
    }
    out.flush();
    return 0;
  }

  /** One line per gold and per found quotation: matched or not, speaker right or not. */
  private static void listQuotations(
      QuotationGold data, Map<String, List<Quotation>> found, PrintWriter out) {
    for (QuotationGold.GoldArticle a : data.articles()) {
      for (QuotationGold.GoldQuotation g : a.quotations()) {
        out.printf(
            Locale.ROOT,
            "  gold  %s %s %s [%s] speaker %s%n",
            a.id(),
            g.kind().name().charAt(0),
            g.span(),
            shorten(g.span().of(a.text()), 60),
            g.speakers().isEmpty()
                ? "unknown"
                : String.join(
                    "|", g.speakers().stream().map(x -> x.of(a.text())).distinct().toList()));
      }
      for (Quotation q : found.getOrDefault(a.id(), List.of())) {
        QuotationScore one = QuotationScore.of(a, List.of(q), q.kind());
        out.printf(
            Locale.ROOT,
            "  found %s %s %s [%s] speaker %s%s%n",
            a.id(),
            q.kind().name().charAt(0),
            q.span(),
            shorten(q.text(), 60),
            q.speaker() == null
                ? "unknown"
                : q.speaker().text()
                    + " {"
                    + q.speaker().basis().name().toLowerCase(Locale.ROOT)
                    + "}",
            one.matched() == 0 ? " (no match)" : one.speakersWrong() > 0 ? " (WRONG)" : "");
      }
    }
  }

  /** How many quotations found name a speaker. */
  private static int speakers(Map<String, List<Quotation>> found) {
    return (int)
        found.values().stream().flatMap(List::stream).filter(q -> q.speaker() != null).count();
  }

  /**
   * Puts into {@code o} and prints, unless {@code out} is null, how many speakers were found and
   * how many of their texts are no clean phrase ({@link SpeakerPhrases}).
   */
  private static void reportTexts(int speakers, int unclean, ObjectNode o, PrintWriter out) {
    o.put("speakers_named", speakers);
    o.put("speaker_texts_unclean", unclean);
    if (out != null) {
      out.printf(
          Locale.ROOT,
          "  speaker texts: %d named, %d not a clean phrase (a connective first, a clause verb,"
              + " a preposition last)%n",
          speakers,
          unclean);
    }
  }

  /** The articles of {@link #half} only, the corpus named for it ("wikinews-train/A"). */
  private QuotationGold halved(QuotationGold data) {
    if (half == null) {
      return data;
    }
    List<QuotationGold.GoldArticle> kept =
        IntStream.range(0, data.articles().size())
            .filter(i -> i % 2 == half.ordinal())
            .mapToObj(data.articles()::get)
            .toList();
    return new QuotationGold(data.corpus() + "/" + half, kept, data.indirect());
  }

  /** The first {@code max} characters of {@code s} on one line, control characters as spaces. */
  private static String shorten(String s, int max) {
    String line = s.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= max ? line : line.substring(0, max) + "…";
  }

  /** Puts one kind's figures into {@code o} and, unless JSON was asked for, prints them. */
  private void report(QuotationScore s, ObjectNode o, PrintWriter out) {
    ObjectNode k = o.putObject(s.kind().name().toLowerCase(Locale.ROOT));
    k.put("precision", s.precision());
    k.put("recall", s.recall());
    k.put("f1", s.f1());
    k.put("speaker_accuracy", s.speakerAccuracy());
    k.put("wrong_speaker_rate", s.wrongSpeakerRate());
    k.put("gold_quotations", s.gold());
    k.put("found_quotations", s.found());
    k.put("matched_quotations", s.matched());
    k.put("speakers_right", s.speakersRight());
    k.put("speakers_wrong", s.speakersWrong());
    if (json || out == null || s.gold() + s.found() == 0) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  %-8s gold %d, found %d, matched %d: P %.4f R %.4f F1 %.4f;"
            + " speakers right %d/%d = %.4f, wrong %d/%d = %.4f%n",
        s.kind().name().toLowerCase(Locale.ROOT),
        s.gold(),
        s.found(),
        s.matched(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.speakersRight(),
        s.matched(),
        s.speakerAccuracy(),
        s.speakersWrong(),
        s.found(),
        s.wrongSpeakerRate());
  }
}
