package org.rassegna.serve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.RequestTimeoutResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.jspecify.annotations.Nullable;
import org.rassegna.brief.JsonBriefWriter;
import org.rassegna.brief.Labels;
import org.rassegna.model.Article;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.serve.ApiRecords.AddResult;
import org.rassegna.serve.ApiRecords.Agreement;
import org.rassegna.serve.ApiRecords.ArticleHit;
import org.rassegna.serve.ApiRecords.ArticleIn;
import org.rassegna.serve.ApiRecords.ArticleView;
import org.rassegna.serve.ApiRecords.CitedSpan;
import org.rassegna.serve.ApiRecords.EntityItem;
import org.rassegna.serve.ApiRecords.EntityList;
import org.rassegna.serve.ApiRecords.EntityView;
import org.rassegna.serve.ApiRecords.FeedView;
import org.rassegna.serve.ApiRecords.SearchView;
import org.rassegna.serve.ApiRecords.Skip;
import org.rassegna.serve.ApiRecords.StatementView;
import org.rassegna.serve.ApiRecords.StoryHit;
import org.rassegna.serve.ApiRecords.StoryItem;
import org.rassegna.serve.ApiRecords.StoryList;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.StatementRecord;
import org.rassegna.store.StoredArticle;
import org.rassegna.store.StoryQuery;
import org.rassegna.store.StoryRow;

/**
 * {@code rassegna serve}: the REST API under {@code /api} (described by {@code /api/openapi.json})
 * and the web pages, one Javalin (Jetty 12) server over a {@link Newsroom}.
 *
 * <p>Errors: handlers throw Javalin's typed {@link HttpResponseException}s ({@link
 * BadRequestResponse}, {@link NotFoundResponse}, {@link UnauthorizedResponse}); one handler turns
 * each into a JSON body {@code {"status", "message"}} under {@code /api} and an error page
 * elsewhere, and anything else into a 500 that tells nothing of the internals. Requests Jetty
 * refuses before any route (a URI or header too long, a NUL or an encoded {@code /} in the path)
 * get the same shapes from {@link JettyErrors}; a known path with another method is a 405.
 *
 * <p>Security: binds to loopback unless told otherwise; {@code POST /api/articles} needs the
 * start-up token as {@code Authorization: Bearer TOKEN} (without a token, writes are refused) and
 * an {@code application/json} body (415 otherwise); request bodies are capped at {@link
 * Options#maxRequestBytes} (413) and must arrive within {@link Options#timeout} of their headers
 * (408, {@link BodyDeadline}); a connection silent for that long is closed.
 */
public final class RassegnaServer implements AutoCloseable {

  /** Stories or entities per page when the request does not say. */
  static final int DEFAULT_LIMIT = 20;

  /** The most a request may ask for in one page. */
  static final int MAX_LIMIT = 100;

  /** The most articles one {@code POST /api/articles} may add. */
  static final int MAX_BATCH = 1000;

  /**
   * How the server is started.
   *
   * @param bind the address to listen on
   * @param port the port, 0 for any free one
   * @param token the secret that writes need; {@code null}: no writes
   * @param maxRequestBytes the largest request body accepted
   * @param timeout how long a connection may send nothing before it is closed, and how long a
   *     request body may take to arrive after its headers
   */
  public record Options(
      String bind, int port, @Nullable String token, long maxRequestBytes, Duration timeout) {

    public static final String LOOPBACK = "127.0.0.1";

    /** The timeout unless told otherwise. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    public Options(String bind, int port, @Nullable String token, long maxRequestBytes) {
      this(bind, port, token, maxRequestBytes, TIMEOUT);
    }

    public static Options loopback(int port, @Nullable String token) {
      return new Options(LOOPBACK, port, token, 8L << 20);
    }
  }

  private final Newsroom newsroom;
  private final Options options;
  private final ObjectMapper json = new ObjectMapper().registerModule(JsonBriefWriter.module());
  private final ObjectReader articles =
      json.readerFor(ArticleIn[].class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final RenderedStories rendered;
  private final Javalin app;

  private RassegnaServer(Newsroom newsroom, Options options) {
    this.newsroom = newsroom;
    this.options = options;
    this.rendered = new RenderedStories(newsroom, json);
    this.app =
        Javalin.create(
            config -> {
              config.jetty.host = options.bind();
              config.jetty.port = options.port();
              config.http.maxRequestSize = options.maxRequestBytes();
              config.http.prefer405over404 = true;
              config.jetty.modifyHttpConfiguration(
                  http -> http.setIdleTimeout(options.timeout().toMillis()));
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(new JettyErrors());
                    // Javalin puts its handler inside this one
                    server.setHandler(new BodyDeadline(options.timeout()));
                  });
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(json, false));
              routes(config.routes);
            });
  }

  /** Starts a server; {@link #port()} tells where it listens. */
  public static RassegnaServer start(Newsroom newsroom, Options options) {
    RassegnaServer server = new RassegnaServer(newsroom, options);
    server.app.start();
    for (Connector c : server.app.jettyServer().server().getConnectors()) {
      if (c instanceof AbstractConnector a) {
        a.setIdleTimeout(options.timeout().toMillis());
      }
    }
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes(RoutesConfig r) {
    r.get("/api/openapi.json", ctx -> resource(ctx, RassegnaServer.class, "openapi.json"));
    r.get(
        "/api/brief.schema.json", ctx -> resource(ctx, JsonBriefWriter.class, "brief.schema.json"));
    r.get("/api/stories", ctx -> ctx.json(storyList(ctx)));
    r.get("/api/stories/{id}", this::storyJson);
    r.get("/api/articles/{id}", ctx -> ctx.json(articleView(ctx.pathParam("id"))));
    r.post("/api/articles", this::addArticles);
    r.get("/api/entities", ctx -> ctx.json(entityList(ctx)));
    r.get("/api/entities/{id}", ctx -> ctx.json(entityView(ctx, ctx.pathParam("id"))));
    r.get("/api/search", ctx -> jsonBytes(ctx, searchView(ctx)));
    r.get(
        "/api/feeds",
        ctx -> ctx.json(newsroom.feeds().stream().map(RassegnaServer::feed).toList()));

    r.get("/", ctx -> ctx.html(storiesPage(ctx)));
    r.get(
        "/stories/{id}",
        ctx ->
            send(ctx, ContentType.TEXT_HTML, rendered.get(ctx.pathParam("id")).page(labels(ctx))));
    r.get("/articles/{id}", ctx -> ctx.html(articlePage(ctx, ctx.pathParam("id"))));
    r.get("/entities/{id}", ctx -> ctx.html(entityPage(ctx, ctx.pathParam("id"))));
    r.get("/search", ctx -> ctx.html(searchPage(ctx)));
    r.get("/feeds", ctx -> ctx.html(pages(ctx).feeds(newsroom.feeds())));
    // browsers ask for one; the pages have none, and a 404 would be a console error
    r.get("/favicon.ico", ctx -> ctx.status(204));

    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    // Jetty's own (a body too slow or cut short): its status, never its message
    r.exception(
        org.eclipse.jetty.http.HttpException.RuntimeException.class,
        (e, ctx) -> error(ctx, e.getCode(), HttpStatus.getMessage(e.getCode())));
    r.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error"));
  }

  /**
   * {@code value} as JSON written straight to UTF-8, for the routes the bench reads often: {@link
   * Context#json} writes a String first, and encoding it cost as much as writing it.
   */
  private void jsonBytes(Context ctx, Object value) throws IOException {
    send(ctx, ContentType.APPLICATION_JSON, json.writeValueAsBytes(value));
  }

  /**
   * Writes a body held in full straight to the response (compressed if the client asks): {@link
   * Context#result} would copy it through a new 32 KB buffer, the most a request allocated.
   */
  private static void send(Context ctx, ContentType type, byte[] body) throws IOException {
    ctx.contentType(type);
    ctx.outputStream().write(body);
  }

  /** The one place where an error becomes a response. */
  private void error(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(new ApiRecords.Error(status, message));
    } else {
      Labels labels;
      try {
        labels = labels(ctx);
      } catch (HttpResponseException e) {
        labels = Labels.IT;
      }
      ctx.html(new Pages(labels).error(status, message));
    }
  }

  private static void resource(Context ctx, Class<?> owner, String name) throws IOException {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new NotFoundResponse("no " + name);
      }
      ctx.contentType("application/json")
          .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  // ---- parameters

  private static Labels labels(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang == null || lang.isEmpty()) {
      return Labels.IT;
    }
    try {
      return Labels.of(lang);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("lang must be it or en, not '" + lang + "'");
    }
  }

  private static Pages pages(Context ctx) {
    return new Pages(labels(ctx));
  }

  private static @Nullable LocalDate day(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + " must be a day (YYYY-MM-DD), not '" + v + "'");
    }
  }

  private static int integer(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
    }
  }

  private static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  // ---- stories

  private record Page(List<StoryRow> rows, long total, int offset, int limit) {}

  private Page stories(Context ctx) {
    int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    LocalDate since = day(ctx, "since");
    LocalDate until = day(ctx, "until");
    String q = text(ctx, "q");
    StoryQuery query =
        new StoryQuery(since, until, text(ctx, "source"), text(ctx, "entity"), offset, limit);
    if (q == null) {
      return new Page(newsroom.stories(query), newsroom.storyCount(query), offset, limit);
    }
    // a text query: the matching stories among all that match the other filters, paged here
    Set<String> matching = newsroom.storyIdsMatching(q);
    List<StoryRow> all =
        newsroom
            .stories(
                new StoryQuery(
                    since, until, query.source(), query.entityId(), 0, Integer.MAX_VALUE))
            .stream()
            .filter(r -> matching.contains(r.id()))
            .toList();
    return new Page(
        all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
        all.size(),
        offset,
        limit);
  }

  private StoryList storyList(Context ctx) {
    Page p = stories(ctx);
    List<StoryItem> items = new ArrayList<>();
    for (StoryRow r : p.rows()) {
      Optional<StoryBrief> brief = rendered.find(r.id()).map(RenderedStories.Rendered::brief);
      items.add(
          new StoryItem(
              r.id(),
              r.storylineId(),
              brief.map(b -> b.headline().text()).orElse(r.headline()),
              r.firstDay() == null ? null : r.firstDay().toString(),
              r.lastDay() == null ? null : r.lastDay().toString(),
              r.articles(),
              r.sources(),
              r.revision(),
              brief.map(b -> agreement(b.claims())).orElse(null)));
    }
    return new StoryList(p.total(), p.offset(), p.limit(), items);
  }

  private static Agreement agreement(List<ClaimRow> claims) {
    long c = claims.stream().filter(r -> r.status().equals("CORROBORATED")).count();
    long x = claims.stream().filter(r -> r.status().equals("CONFLICTING")).count();
    return new Agreement(c, claims.size() - c - x, x);
  }

  /**
   * The story's JSON as rendered once for its version, with its ETag: a client that has it gets a
   * 304 (and asks again each time, as {@code no-cache} says: an add may change it any minute).
   */
  private void storyJson(Context ctx) throws IOException {
    RenderedStories.Rendered s = rendered.get(ctx.pathParam("id"));
    ctx.header(Header.ETAG, s.etag());
    ctx.header(Header.CACHE_CONTROL, "no-cache");
    String known = ctx.header(Header.IF_NONE_MATCH);
    if (known != null
        && Arrays.stream(known.split(",")).map(String::strip).anyMatch(s.etag()::equals)) {
      ctx.status(HttpStatus.NOT_MODIFIED_304);
      return;
    }
    send(ctx, ContentType.APPLICATION_JSON, s.json());
  }

  private String storiesPage(Context ctx) {
    Page p = stories(ctx);
    Map<String, StoryBrief> briefs = new LinkedHashMap<>();
    for (StoryRow r : p.rows()) {
      rendered.find(r.id()).ifPresent(s -> briefs.put(r.id(), s.brief()));
    }
    return pages(ctx).stories(p.rows(), briefs, p.total(), p.offset(), p.limit());
  }

  // ---- articles

  private StoredArticle storedArticle(String id) {
    return newsroom.article(id).orElseThrow(() -> new NotFoundResponse("no article " + id));
  }

  private ArticleView articleView(String id) {
    StoredArticle s = storedArticle(id);
    Article a = s.article();
    return new ArticleView(
        a.id(),
        a.source(),
        a.url(),
        a.published() == null ? null : a.published().iso(),
        a.title(),
        a.text(),
        a.language(),
        s.day() == null ? null : s.day().toString(),
        newsroom.storiesOf(id),
        newsroom.citationsOf(id).stream()
            .map(c -> new CitedSpan(c.field().name(), c.span().start(), c.span().end()))
            .toList());
  }

  private String articlePage(Context ctx, String id) {
    Pages pages = pages(ctx);
    StoredArticle s = storedArticle(id);
    return pages.article(s, newsroom.citationsOf(id), newsroom.storiesOf(id));
  }

  private void addArticles(Context ctx) {
    String expected = options.token();
    String given = ctx.header("Authorization");
    if (expected == null
        || given == null
        || !MessageDigest.isEqual(
            ("Bearer " + expected).getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("writes need the server's token: Authorization: Bearer TOKEN");
    }
    String type = ctx.contentType();
    if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
      throw new UnsupportedMediaTypeResponse("the body must be application/json");
    }
    ArticleIn[] in;
    try {
      in = articles.readValue(body(ctx));
    } catch (IOException e) {
      throw new BadRequestResponse("the body must be a JSON array of articles");
    }
    if (in == null || in.length == 0 || in.length > MAX_BATCH) {
      throw new BadRequestResponse("send between 1 and " + MAX_BATCH + " articles");
    }
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      batch.add(article(in[i], i));
    }
    Pipeline.Update u = newsroom.add(batch);
    ctx.status(u.added().isEmpty() ? 200 : 201)
        .json(
            new AddResult(
                u.added(),
                u.known(),
                u.touchedStories(),
                u.skipped().stream().map(s -> new Skip(s.item(), s.reason())).toList()));
  }

  /** The request body, at most {@link Options#maxRequestBytes} of it, within the time allowed. */
  private static byte[] body(Context ctx) {
    try {
      return ctx.bodyAsBytes();
    } catch (HttpResponseException e) {
      throw e; // too large
    } catch (Exception e) { // Kotlin throws the IOException of a cut-off body undeclared
      throw unreadable(e);
    }
  }

  private static HttpResponseException unreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException) {
        return new RequestTimeoutResponse("the body did not arrive in time");
      }
    }
    return new BadRequestResponse("the body could not be read");
  }

  private static Article article(ArticleIn a, int i) {
    if (a == null || a.id() == null || a.id().isBlank() || a.text() == null) {
      throw new BadRequestResponse("article " + i + " needs an id and a text");
    }
    Published published = null;
    if (a.published() != null) {
      published =
          Published.parse(a.published())
              .orElseThrow(
                  () ->
                      new BadRequestResponse("article " + a.id() + ": published is not ISO-8601"));
    }
    if (a.url() != null && !(a.url().startsWith("https://") || a.url().startsWith("http://"))) {
      throw new BadRequestResponse("article " + a.id() + ": url must be http(s)");
    }
    String source = a.source() == null || a.source().isBlank() ? a.id() : a.source();
    return new Article(
        a.id(), source, a.url(), published, a.title(), a.text(), a.language(), Map.of());
  }

  // ---- entities

  private EntityList entityList(Context ctx) {
    int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    return new EntityList(
        offset,
        limit,
        newsroom.entities(offset, limit).stream().map(RassegnaServer::entityItem).toList());
  }

  private static EntityItem entityItem(RegisteredEntity e) {
    return new EntityItem(e.id(), e.name(), e.type().name(), e.forms(), e.roles());
  }

  private RegisteredEntity registered(String id) {
    return newsroom.entity(id).orElseThrow(() -> new NotFoundResponse("no entity " + id));
  }

  private List<StatementRecord> statements(Context ctx, String id) {
    return newsroom.statements(id, day(ctx, "since"), day(ctx, "until"));
  }

  private EntityView entityView(Context ctx, String id) {
    RegisteredEntity e = registered(id);
    List<StatementRecord> statements = statements(ctx, id);
    return new EntityView(
        e.id(),
        e.name(),
        e.type().name(),
        e.forms(),
        e.roles(),
        newsroom.stories(new StoryQuery(null, null, null, id, 0, Integer.MAX_VALUE)).stream()
            .map(StoryRow::id)
            .toList(),
        statements.stream()
            .map(
                s ->
                    new StatementView(
                        s.storyId(),
                        s.groupId(),
                        s.quotation().articleId(),
                        s.day() == null ? null : s.day().toString(),
                        s.quotation().kind().name(),
                        s.quotation().text(),
                        s.quotation().span().start(),
                        s.quotation().span().end(),
                        s.quotation().speaker() == null ? null : s.quotation().speaker().text()))
            .toList());
  }

  private String entityPage(Context ctx, String id) {
    Pages pages = pages(ctx);
    RegisteredEntity e = registered(id);
    List<StatementRecord> statements = statements(ctx, id);
    Map<String, String> headlines = new LinkedHashMap<>();
    for (StoryRow row :
        newsroom.storyRows(statements.stream().map(StatementRecord::storyId).distinct().toList())) {
      headlines.put(row.id(), headline(row));
    }
    return pages.entity(e, statements, headlines);
  }

  /** The story's stored headline; composed only in a store from before briefs were stored. */
  private String headline(StoryRow row) {
    if (row.headline() != null) {
      return row.headline();
    }
    return rendered.find(row.id()).map(s -> s.brief().headline().text()).orElse(row.id());
  }

  // ---- search

  /** At most this many articles shown per story found. */
  static final int ARTICLES_PER_STORY = 3;

  private record Found(String query, List<Pages.Found> stories, List<RegisteredEntity> entities) {}

  private Found found(Context ctx, boolean required) {
    String q = text(ctx, "q");
    if (q == null) {
      if (required) {
        throw new BadRequestResponse("q, the words to search, is missing");
      }
      return new Found("", List.of(), List.of());
    }
    if (q.length() > 500) {
      throw new BadRequestResponse("q is longer than 500 characters");
    }
    int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    SearchIndex.Result r = newsroom.search(q);
    Set<String> terms = newsroom.index().terms(q);
    // the stories still stored, best first; each headline is the stored brief's
    Map<String, SearchIndex.StoryHits> hits = new LinkedHashMap<>();
    r.stories().forEach(h -> hits.put(h.storyId(), h));
    List<StoryRow> rows = firstStored(List.copyOf(hits.keySet()), limit);
    Map<String, List<String>> shown = new LinkedHashMap<>();
    rows.forEach(
        row ->
            shown.put(
                row.id(),
                hits.get(row.id()).articleIds().stream().limit(ARTICLES_PER_STORY).toList()));
    Map<String, Article> articles = new LinkedHashMap<>();
    newsroom
        .articles(shown.values().stream().flatMap(List::stream).distinct().toList())
        .forEach(a -> articles.put(a.id(), a.article()));
    List<Pages.Found> stories = new ArrayList<>();
    for (StoryRow row : rows) {
      List<Pages.Snippet> snippets = new ArrayList<>();
      for (String articleId : shown.get(row.id())) {
        Optional.ofNullable(articles.get(articleId))
            .ifPresent(a -> snippets.add(snippet(a, terms)));
      }
      stories.add(new Pages.Found(row.id(), headline(row), snippets));
    }
    List<RegisteredEntity> entities =
        newsroom.entities(r.entities().stream().limit(limit).toList());
    return new Found(q, stories, entities);
  }

  /**
   * The rows of the first {@code limit} of {@code ids} still stored, read {@code limit} at a time:
   * a query matching words of most articles lists hundreds of stories, and only a page is shown.
   */
  private List<StoryRow> firstStored(List<String> ids, int limit) {
    List<StoryRow> rows = new ArrayList<>();
    for (int i = 0; i < ids.size() && rows.size() < limit; i += limit) {
      rows.addAll(newsroom.storyRows(ids.subList(i, Math.min(ids.size(), i + limit))));
    }
    return rows.size() > limit ? rows.subList(0, limit) : rows;
  }

  /** Up to {@value #SNIPPET} characters each side of the article's first match, cut at spaces. */
  private Pages.Snippet snippet(Article a, Set<String> terms) {
    String text = a.text();
    Optional<Span> match = newsroom.index().firstMatch(text, terms);
    int from = match.map(m -> Math.max(0, m.start() - SNIPPET)).orElse(0);
    int to = Math.min(text.length(), match.map(m -> m.end() + SNIPPET).orElse(2 * SNIPPET));
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > from && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    String cut = text.substring(from, to);
    int shift = from;
    Span local =
        match
            .filter(m -> m.start() >= shift && m.end() <= shift + cut.length())
            .map(m -> new Span(m.start() - shift, m.end() - shift))
            .orElse(null);
    return new Pages.Snippet(a.id(), a.title() != null ? a.title() : a.id(), cut, local);
  }

  private static final int SNIPPET = 90;

  private SearchView searchView(Context ctx) {
    Found f = found(ctx, true);
    return new SearchView(
        f.query(),
        f.stories().stream()
            .map(
                s ->
                    new StoryHit(
                        s.storyId(),
                        s.headline(),
                        s.articles().stream()
                            .map(a -> new ArticleHit(a.articleId(), a.title(), a.text()))
                            .toList()))
            .toList(),
        f.entities().stream().map(RassegnaServer::entityItem).toList());
  }

  private String searchPage(Context ctx) {
    Pages pages = pages(ctx);
    Found f = found(ctx, false);
    return pages.search(f.query(), f.stories(), f.entities());
  }

  private static FeedView feed(org.rassegna.store.FeedState f) {
    return new FeedView(
        f.url(),
        f.etag(),
        f.lastModified(),
        f.lastPoll() == null ? null : f.lastPoll().toString(),
        f.lastError(),
        f.failures());
  }
}
