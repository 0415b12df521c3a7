package org.rassegna.annotate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
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
 * Italian sentences and words without a trained model: the JDK's Unicode sentence breaker per
 * paragraph (a line break always ends a sentence, as headlines and captions in news text have no
 * full stop), and Lucene's Unicode word tokenizer with Italian elision removal ("l'Ucraina" →
 * "ucraina") and Italian light stemming for {@link Token#norm()}; stop words are Lucene's Italian
 * list. Punctuation is not kept as tokens.
 */
public final class LuceneItalianAnnotator implements Annotator {

  private static final CharArraySet STOP_WORDS = ItalianAnalyzer.getDefaultStopSet();

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer source = new StandardTokenizer();
          TokenStream stream = new ElisionFilter(source, elisions());
          stream = new LowerCaseFilter(stream);
          stream = new ItalianLightStemFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  private static CharArraySet elisions() {
    // Articles and prepositions that elide before a vowel ("dell'Ucraina", "un'ora"); the
    // typographic apostrophe is handled by ElisionFilter itself.
    return new CharArraySet(
        List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl",
            "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "anch"),
        true);
  }

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
    return new AnnotatedArticle(article, "it", sentences, tokens);
  }

  private static void splitSentences(
      String text, int start, int end, int paragraph, List<Sentence> out) {
    BreakIterator breaker = BreakIterator.getSentenceInstance(Locale.ITALIAN);
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

  /** A stop word, also when elided ("dell'", "l'") or capitalised. */
  private static boolean isStopWord(String surface) {
    String word = surface.toLowerCase(Locale.ITALIAN);
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('\u2019'));
    return STOP_WORDS.contains(apostrophe >= 0 ? word.substring(apostrophe + 1) : word);
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
