package org.rassegna.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * Italian sentences, tokens, parts of speech and named entities with CoreNLP's Italian models, and
 * time expressions from a {@link TimeTagger}.
 *
 * <p>Each paragraph (line) is analysed on its own, so a line break always ends a sentence, and with
 * its white space compacted, since the tokenizer's offsets drift after a run of spaces; offsets are
 * mapped back to the original text. A word the tokenizer splits ("della" → di + la) yields one
 * token per part, each spanning the whole word, so that every token's text is exactly the
 * characters of its span. Entities are labelled per document, with the gazette restricted to the
 * document's words (the same labels as the stock model, faster), then {@linkplain
 * DocumentEntityRevision revised across the document} unless the stock labels are asked for.
 */
public final class CoreNlpItalianAnnotator implements Annotator {

  private static final CharArraySet STOP_WORDS = ItalianAnalyzer.getDefaultStopSet();

  /** Parts of speech of words that say nothing about what an article is about. */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("DET", "ADP", "AUX", "CCONJ", "SCONJ", "PRON", "PART", "PUNCT", "SYM");

  private final ItalianModels models;
  private final ItalianEntityTagger entities;
  private final TimeTagger times;
  private final boolean reviseEntities;

  /** The annotator with entity labels revised across each document. */
  public CoreNlpItalianAnnotator(ItalianModels models, TimeTagger times) {
    this(models, times, true);
  }

  /**
   * @param reviseEntities whether to revise the model's entity labels across the document; without
   *     it the labels are the stock model's
   */
  public CoreNlpItalianAnnotator(ItalianModels models, TimeTagger times, boolean reviseEntities) {
    this.models = models;
    this.entities = new ItalianEntityTagger(models);
    this.times = times;
    this.reviseEntities = reviseEntities;
  }

  /** The analysed words of one document before they become records. */
  record Word(Span span, String part, String tag, String label) {}

  /** The NER label of every token of {@code article}, in order. */
  List<String> labels(Article article) {
    return annotateWords(article, new ArrayList<>()).stream().map(Word::label).toList();
  }

  /**
   * The entity label ({@code PER}, {@code ORG}, {@code LOC} or {@code O}) at each of {@code spans}
   * of the article's text, for scoring against gold tokens that may not be ours ("Nel" is one gold
   * token, two of ours): a span takes the label of the first of our tokens overlapping it that has
   * one.
   */
  public List<String> labelsAt(Article article, List<Span> spans) {
    List<Word> words = annotateWords(article, new ArrayList<>());
    List<String> out = new ArrayList<>(spans.size());
    int from = 0;
    for (Span span : spans) {
      while (from < words.size() && words.get(from).span().end() <= span.start()) {
        from++;
      }
      String label = "O";
      for (int i = from; i < words.size() && words.get(i).span().start() < span.end(); i++) {
        if (!words.get(i).label().equals("O")) {
          label = words.get(i).label();
          break;
        }
      }
      out.add(label);
    }
    return out;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Word> words = annotateWords(article, sentences);
    TimeTagger.Dated timex = times.dated(article, sentences);
    return new AnnotatedArticle(
        article,
        "it",
        sentences,
        tokens(words, text),
        mentions(words, text),
        timex.times(),
        timex.day());
  }

  private List<Word> annotateWords(Article article, List<Sentence> sentences) {
    String text = article.text();
    List<List<CoreLabel>> labelled = new ArrayList<>();
    List<List<Span>> spans = new ArrayList<>();
    int paragraph = 0;
    for (int lineStart = 0; lineStart <= text.length(); ) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      CompactText line = CompactText.of(text, lineStart, lineEnd);
      if (!line.text().isEmpty()) {
        Annotation doc = tokensAndTags(line.text());
        int cursor = 0; // where the next sentence's words are looked for in the line
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
          List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
          List<Span> wordSpans = new ArrayList<>(tokens.size());
          cursor = alignWords(tokens, line, cursor, wordSpans);
          sentences.add(
              new Sentence(
                  new Span(wordSpans.get(0).start(), wordSpans.get(wordSpans.size() - 1).end()),
                  paragraph));
          labelled.add(tokens);
          spans.add(wordSpans);
        }
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    return label(labelled, spans);
  }

  /**
   * The tokens, sentences and tags of a line. CoreNLP's statistical Italian tokenizer reads one
   * character past the end of a text that ends in a word it splits ("del" → di + il), throwing
   * StringIndexOutOfBoundsException; such a line is tokenised again with a space after it, which
   * adds no token and keeps every offset inside the line. Only a crashing line is retried, so every
   * other line is annotated as before.
   */
  private Annotation tokensAndTags(String line) {
    Annotation doc = new Annotation(line);
    try {
      models.tokensAndTags.annotate(doc);
    } catch (StringIndexOutOfBoundsException e) {
      doc = new Annotation(line + " ");
      models.tokensAndTags.annotate(doc);
    }
    return doc;
  }

  /**
   * Adds to {@code out} the original span of each token of a sentence, found by aligning its
   * original text with the line from {@code from} on (the tokenizer's own offsets are unreliable
   * around split words), and returns where the sentence ends in the line. The search goes on from
   * the previous sentence's end, so that a word is never placed on an earlier occurrence of itself.
   * The parts of a split word carry the whole word as their original text and get its span.
   */
  private static int alignWords(
      List<CoreLabel> tokens, CompactText line, int from, List<Span> out) {
    String text = line.text();
    int cursor = from;
    @Nullable CoreLabel previous = null;
    for (CoreLabel token : tokens) {
      String surface = token.originalText() == null ? token.word() : token.originalText();
      if (previous != null
          && isPart(previous)
          && isPart(token)
          && surface.equals(previous.originalText())) {
        out.add(out.get(out.size() - 1));
        continue;
      }
      while (cursor < text.length() && text.charAt(cursor) == ' ') {
        cursor++;
      }
      int at = text.startsWith(surface, cursor) ? cursor : text.indexOf(surface, cursor);
      int begin;
      int end;
      if (at >= 0 && !surface.isEmpty()) {
        begin = at;
        end = at + surface.length();
      } else { // not found verbatim: trust the tokenizer, within the line
        begin = Math.min(Math.max(token.beginPosition(), cursor), text.length());
        end = Math.min(Math.max(token.endPosition(), begin), text.length());
      }
      int start = line.start(begin);
      out.add(new Span(start, Math.max(start, line.end(end))));
      cursor = end;
      previous = token;
    }
    return cursor;
  }

  /** A part of a word the tokenizer split. */
  private static boolean isPart(CoreLabel token) {
    return token.originalText() != null && !token.originalText().equals(token.word());
  }

  /** Entity labels for every token. */
  private List<Word> label(List<List<CoreLabel>> sentences, List<List<Span>> spans) {
    List<List<String>> labels = entities.label(sentences);
    if (reviseEntities) {
      List<List<DocumentEntityRevision.Word>> words = new ArrayList<>(sentences.size());
      for (int s = 0; s < sentences.size(); s++) {
        List<DocumentEntityRevision.Word> sentence = new ArrayList<>();
        for (int i = 0; i < sentences.get(s).size(); i++) {
          CoreLabel token = sentences.get(s).get(i);
          sentence.add(
              new DocumentEntityRevision.Word(
                  token.word(), String.valueOf(token.tag()), spans.get(s).get(i)));
        }
        words.add(sentence);
      }
      labels = DocumentEntityRevision.revise(words, labels);
    }
    List<Word> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        out.add(
            new Word(
                spans.get(s).get(i),
                tokens.get(i).word(),
                tokens.get(i).tag(),
                labels.get(s).get(i)));
      }
    }
    return out;
  }

  private static List<Token> tokens(List<Word> words, String text) {
    List<Token> out = new ArrayList<>(words.size());
    ItalianLightStemmer stemmer = new ItalianLightStemmer();
    for (Word w : words) {
      String lower = w.part().toLowerCase(Locale.ITALIAN);
      char[] chars = lower.toCharArray();
      String norm = new String(chars, 0, stemmer.stem(chars, chars.length));
      boolean stop =
          STOP_WORDS.contains(lower.replaceAll("['’]$", ""))
              || FUNCTION_TAGS.contains(w.tag())
              || lower.codePoints().noneMatch(Character::isLetterOrDigit);
      out.add(new Token(w.span(), w.span().of(text), norm, w.tag(), stop));
    }
    return out;
  }

  /**
   * Runs of tokens with the same entity label, one mention each. A run ends at a line break: a
   * title or paragraph ending in a name is no part of the name opening the next ("… risponde a
   * Parisi\n\nArturo Parisi, …" is two mentions).
   */
  static List<Mention> mentions(List<Word> words, String text) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      EntityType type = typeOf(words.get(i).label());
      int j = i + 1;
      if (type != null) {
        while (j < words.size()
            && type == typeOf(words.get(j).label())
            && !lineBreakBetween(words.get(j - 1), words.get(j), text)) {
          j++;
        }
        Span span = new Span(words.get(i).span().start(), words.get(j - 1).span().end());
        out.add(new Mention(span, span.of(text), type));
      }
      i = j;
    }
    return out;
  }

  /** Whether a line break stands between two words (split words share their span: none). */
  private static boolean lineBreakBetween(Word a, Word b, String text) {
    int from = a.span().end();
    int to = b.span().start();
    return from < to && text.substring(from, to).indexOf('\n') >= 0;
  }

  static @Nullable EntityType typeOf(String label) {
    return switch (label) {
      case "PER" -> EntityType.PER;
      case "ORG" -> EntityType.ORG;
      case "LOC" -> EntityType.LOC;
      default -> null;
    };
  }
}
