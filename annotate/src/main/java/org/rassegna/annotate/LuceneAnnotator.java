package org.rassegna.annotate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * Sentences and words without a trained model, for any language: the JDK's Unicode sentence breaker
 * per paragraph (a line break always ends a sentence, as headlines and captions in news text have
 * no full stop) and Lucene's Unicode word tokenizer, lower-cased. For Italian, elided articles are
 * removed ("l'Ucraina" → "ucraina") and words are light-stemmed; for English, possessives are
 * removed and words are minimally stemmed; stop words are Lucene's list for the language. Other
 * languages get lower-cased words and no stop words. Punctuation is not kept as tokens. No
 * part-of-speech tags, entities or time expressions.
 */
public final class LuceneAnnotator implements Annotator {

  private final String language;
  private final Locale locale;
  private final CharArraySet stopWords;
  private final Analyzer analyzer;

  private LuceneAnnotator(
      String language, CharArraySet stopWords, Function<TokenStream, TokenStream> filters) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.stopWords = stopWords;
    this.analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, filters.apply(source));
          }
        };
  }

  public static LuceneAnnotator italian() {
    return new LuceneAnnotator(
        "it",
        ItalianAnalyzer.getDefaultStopSet(),
        s ->
            new ItalianLightStemFilter(
                new LowerCaseFilter(new ElisionFilter(s, ITALIAN_ELISIONS))));
  }

  public static LuceneAnnotator english() {
    return new LuceneAnnotator(
        "en",
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
        s -> new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(s))));
  }

  /**
   * Words only, lower-cased, for a language with no analysis of its own ({@code "und"} if unknown).
   */
  public static LuceneAnnotator wordsOnly(String language) {
    return new LuceneAnnotator(language, CharArraySet.EMPTY_SET, LowerCaseFilter::new);
  }

  /** The best this class offers for {@code language} (a BCP-47 code). */
  public static LuceneAnnotator forLanguage(String language) {
    return switch (language) {
      case "it" -> italian();
      case "en" -> english();
      default -> wordsOnly(language);
    };
  }

  // Articles and prepositions that elide before a vowel ("dell'Ucraina", "un'ora"); the
  // typographic apostrophe is handled by ElisionFilter itself.
  private static final CharArraySet ITALIAN_ELISIONS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of(
                  "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl",
                  "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest",
                  "anch"),
              true));

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    int paragraph = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        splitSentences(text, lineStart, lineEnd, paragraph, sentences);
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
    tokenize(text, tokens);
    return new AnnotatedArticle(article, language, sentences, tokens);
  }

  private void splitSentences(String text, int start, int end, int paragraph, List<Sentence> out) {
    BreakIterator breaker = BreakIterator.getSentenceInstance(locale);
    String line = text.substring(start, end);
    breaker.setText(line);
    int from = breaker.first();
    for (int to = breaker.next(); to != BreakIterator.DONE; from = to, to = breaker.next()) {
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Sentence(new Span(start + s, start + e), paragraph));
      }
    }
  }

  /**
   * This annotator's analysis chain: its tokens' normalised forms are the terms it gives, so a
   * search index built with it matches words as the other stages see them.
   */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** A stop word, also when elided ("dell'", "l'") or capitalised. */
  public boolean isStopWord(String surface) {
    String word = surface.toLowerCase(locale);
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
    return stopWords.contains(apostrophe >= 0 ? word.substring(apostrophe + 1) : word);
  }

  private void tokenize(String text, List<Token> out) {
    try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        Span span = new Span(offset.startOffset(), offset.endOffset());
        String surface = span.of(text);
        out.add(new Token(span, surface, term.toString(), "", isStopWord(surface)));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
  }
}
