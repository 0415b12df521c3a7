package org.rassegna.serve;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.Article;
import org.rassegna.model.Span;
import org.rassegna.store.RegisteredEntity;

/**
 * Full-text search over articles (title and text) and registered entities (names, forms, roles and
 * the statements attributed to them), analysed with the same Italian chain the annotate stage uses
 * ({@link LuceneAnnotator#italian()}), so "telefonate" finds "telefonata". Every word of a query
 * that is not a stop word must match, in any field. Article hits come back grouped by story.
 *
 * <p>The index lives in memory: it is built from the store when the server starts ({@link
 * Newsroom#rebuildIndex}) and updated as articles are added. Safe for one writer and many readers.
 */
public final class SearchIndex implements AutoCloseable {

  /** Hits read per query before grouping: enough for a result page, bounded for a slow laptop. */
  static final int MAX_HITS = 500;

  private static final String ID = "id";
  private static final String KIND = "kind";
  private static final String STORY = "story";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String NAMES = "names";
  private static final String STATEMENTS = "statements";

  /** The fields a query word may match, with their weights. */
  private static final Map<String, Float> FIELDS =
      Map.of(TITLE, 2f, TEXT, 1f, NAMES, 3f, STATEMENTS, 1f);

  /**
   * What a query found.
   *
   * @param stories stories with matching articles, best first; each with its articles, best first
   * @param entities matching registered entities, best first
   */
  public record Result(List<StoryHits> stories, List<String> entities) {}

  /** One story's matching articles. */
  public record StoryHits(String storyId, float score, List<String> articleIds) {}

  private final LuceneAnnotator analysis = LuceneAnnotator.italian();

  /**
   * Per segment (by its core's cache key), the ids and story ids of its doc-value ordinals as read
   * so far. A segment's ordinals never change, and looking one up decompresses a block of its terms
   * dictionary: for the 500 hits of a search that was a fifth of the search's CPU.
   */
  private final Map<Object, SegmentNames> names = new ConcurrentHashMap<>();

  private record SegmentNames(
      AtomicReferenceArray<String> ids, AtomicReferenceArray<String> stories) {
    static String of(AtomicReferenceArray<String> names, long ord, SortedDocValues values)
        throws IOException {
      String name = names.get((int) ord);
      if (name == null) {
        name = values.lookupOrd((int) ord).utf8ToString();
        names.set((int) ord, name);
      }
      return name;
    }

    static String of(AtomicReferenceArray<String> names, long ord, SortedSetDocValues values)
        throws IOException {
      String name = names.get((int) ord);
      if (name == null) {
        name = values.lookupOrd(ord).utf8ToString();
        names.set((int) ord, name);
      }
      return name;
    }
  }

  private final IndexWriter writer;
  private final SearcherManager searchers;

  public SearchIndex() {
    try {
      writer =
          new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.analyzer()));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory cannot fail to open", e);
    }
  }

  /** Indexes (or re-indexes) an article as part of {@code storyIds}. */
  public void putArticle(Article article, Collection<String> storyIds) {
    Document d = new Document();
    addId(d, "a:" + article.id());
    d.add(new StringField(KIND, "article", Field.Store.NO));
    for (String s : storyIds) {
      d.add(new SortedSetDocValuesField(STORY, new BytesRef(s)));
    }
    if (article.title() != null) {
      d.add(new TextField(TITLE, article.title(), Field.Store.NO));
    }
    d.add(new TextField(TEXT, article.text(), Field.Store.NO));
    update("a:" + article.id(), d);
  }

  /** Indexes (or re-indexes) a registered entity with the words of its statements. */
  public void putEntity(RegisteredEntity entity, Collection<String> statements) {
    Document d = new Document();
    addId(d, "e:" + entity.id());
    d.add(new StringField(KIND, "entity", Field.Store.NO));
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.forms());
    names.addAll(entity.roles());
    d.add(new TextField(NAMES, String.join("\n", names), Field.Store.NO));
    for (String s : statements) {
      d.add(new TextField(STATEMENTS, s, Field.Store.NO));
    }
    update("e:" + entity.id(), d);
  }

  /**
   * The id, as a term (to replace the document) and as doc values: a search reads the id and the
   * stories of hundreds of hits, which stored fields would decompress block by block.
   */
  private static void addId(Document d, String id) {
    d.add(new StringField(ID, id, Field.Store.NO));
    d.add(new SortedDocValuesField(ID, new BytesRef(id)));
  }

  private void update(String id, Document d) {
    try {
      writer.updateDocument(new Term(ID, id), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Empties the index, before a rebuild. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was put so far visible to searches. */
  public void refresh() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The normalised terms of {@code text}'s words that are not stop words, in text order. */
  public Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    forEachToken(
        text,
        (term, span) -> {
          if (!analysis.isStopWord(span.of(text))) {
            terms.add(term);
          }
          return true;
        });
    return terms;
  }

  /** The first word of {@code text} whose term is one of {@code terms}, for a snippet. */
  public Optional<Span> firstMatch(String text, Set<String> terms) {
    Span[] found = new Span[1];
    forEachToken(
        text,
        (term, span) -> {
          if (terms.contains(term)) {
            found[0] = span;
            return false;
          }
          return true;
        });
    return Optional.ofNullable(found[0]);
  }

  /** Searches; a query with no word but stop words finds nothing. */
  public Result search(String query) {
    Set<String> terms = terms(query);
    if (terms.isEmpty()) {
      return new Result(List.of(), List.of());
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String term : terms) {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      FIELDS.forEach(
          (field, boost) ->
              anyField.add(
                  new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
      all.add(anyField.build(), Occur.MUST);
    }
    return run(all.build());
  }

  private Result run(Query query) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        ScoreDoc[] hits = searcher.search(query, MAX_HITS).scoreDocs;
        List<Hit> read = read(searcher, hits);
        Map<String, List<String>> articlesByStory = new LinkedHashMap<>();
        Map<String, Float> scores = new LinkedHashMap<>();
        List<String> entities = new ArrayList<>();
        for (Hit hit : read) {
          if (hit.id().startsWith("e:")) {
            entities.add(hit.id().substring(2));
            continue;
          }
          for (String story : hit.stories()) {
            articlesByStory
                .computeIfAbsent(story, k -> new ArrayList<>())
                .add(hit.id().substring(2));
            scores.merge(story, hit.score(), Math::max);
          }
        }
        List<StoryHits> stories = new ArrayList<>();
        articlesByStory.forEach(
            (story, articles) -> stories.add(new StoryHits(story, scores.get(story), articles)));
        return new Result(stories, entities);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Hit(String id, float score, List<String> stories) {}

  /**
   * The ids and stories of {@code hits}, in their order. Doc values are read forwards only, so the
   * hits are visited in document order, one segment after the other.
   */
  private List<Hit> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Hit[] read = new Hit[hits.length];
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    SortedSetDocValues stories = null;
    SegmentNames known = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        ids = DocValues.getSorted(leaf.reader(), ID);
        stories = DocValues.getSortedSet(leaf.reader(), STORY);
        known = names(leaf, ids, stories);
      }
      int local = doc - leaf.docBase;
      if (!ids.advanceExact(local)) {
        throw new IllegalStateException("a document without an id");
      }
      List<String> of = new ArrayList<>();
      if (stories.advanceExact(local)) {
        for (int k = 0; k < stories.docValueCount(); k++) {
          of.add(SegmentNames.of(known.stories(), stories.nextOrd(), stories));
        }
      }
      read[i] = new Hit(SegmentNames.of(known.ids(), ids.ordValue(), ids), hits[i].score, of);
    }
    return Arrays.asList(read);
  }

  /** The names read so far of the segment's ordinals; forgotten when the segment closes. */
  private SegmentNames names(
      LeafReaderContext leaf, SortedDocValues ids, SortedSetDocValues stories) {
    IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
    SegmentNames fresh =
        new SegmentNames(
            new AtomicReferenceArray<>(ids.getValueCount()),
            new AtomicReferenceArray<>((int) stories.getValueCount()));
    if (core == null) {
      return fresh;
    }
    return names.computeIfAbsent(
        core.getKey(),
        key -> {
          core.addClosedListener(names::remove);
          return fresh;
        });
  }

  private interface TokenVisitor {
    /** Returns whether to go on. */
    boolean visit(String term, Span span);
  }

  private void forEachToken(String text, TokenVisitor visitor) {
    try (TokenStream stream = analysis.analyzer().tokenStream(TEXT, new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (!visitor.visit(term.toString(), new Span(offset.startOffset(), offset.endOffset()))) {
          break;
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
