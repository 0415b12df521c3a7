package org.rassegna.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Story;

/**
 * Every endpoint against the OpenAPI document the server serves: status codes, and each JSON body
 * validated against the schema the document gives for that operation and status.
 */
class ApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Served served;
  private static JsonNode openapi;
  private static JsonSchemaFactory schemas;

  @BeforeAll
  static void start() throws Exception {
    served = new Served();
    var doc = served.get("/api/openapi.json");
    assertThat(doc.statusCode()).isEqualTo(200);
    openapi = JSON.readTree(doc.body());
    schemas =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            b ->
                b.schemaMappers(
                    m ->
                        m.mapPrefix(
                            "https://rassegna.org/schema/", "classpath:org/rassegna/brief/")));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  /** The response schema the document gives for {@code path}'s {@code method} and status. */
  private static JsonSchema schemaOf(String path, String method, int status) {
    JsonNode response =
        openapi.path("paths").path(path).path(method).path("responses").path("" + status);
    assertThat(response.isMissingNode())
        .as(method + " " + path + " " + status + " documented")
        .isFalse();
    if (response.has("$ref")) {
      response = openapi.at(response.get("$ref").asText().substring(1));
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    String pointer = schema.get("$ref").asText();
    return schemas.getSchema(SchemaLocation.of(served.uri("/api/openapi.json") + pointer));
  }

  private static JsonNode check(HttpResponse<String> r, String path, String method, int status)
      throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(schemaOf(path, method, status).validate(body)).as(r.body()).isEmpty();
    return body;
  }

  @Test
  void theDocumentNamesEveryRouteTheServerHas() {
    List<String> paths = new ArrayList<>();
    openapi.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .containsExactlyInAnyOrder(
            "/api/stories",
            "/api/stories/{id}",
            "/api/articles",
            "/api/articles/{id}",
            "/api/entities",
            "/api/entities/{id}",
            "/api/search",
            "/api/feeds");
  }

  @Test
  void theSchemasRejectWrongShapes() throws Exception {
    assertThat(schemaOf("/api/stories", "get", 200).validate(JSON.readTree("{\"total\":1}")))
        .isNotEmpty();
    // the story's schema is the brief's, referenced from the document
    assertThat(schemaOf("/api/stories/{id}", "get", 200).validate(JSON.readTree("{\"id\":\"s1\"}")))
        .isNotEmpty();
    assertThat(schemaOf("/api/search", "get", 400).validate(JSON.readTree("{\"status\":400}")))
        .isNotEmpty();
  }

  @Test
  void storiesListAndOneStory() throws Exception {
    JsonNode list = check(served.get("/api/stories"), "/api/stories", "get", 200);
    assertThat(list.path("total").asInt()).isEqualTo(1);
    JsonNode item = list.path("stories").get(0);
    assertThat(item.path("id").asText()).isEqualTo("s1");
    assertThat(item.path("sources").asInt()).isEqualTo(2);
    assertThat(item.path("agreement").path("corroborated").asInt()).isEqualTo(1);
    assertThat(item.path("agreement").path("singleSource").asInt()).isEqualTo(1);

    JsonNode story = check(served.get("/api/stories/s1"), "/api/stories/{id}", "get", 200);
    assertThat(story.path("headline").path("text").asText()).contains(Newsrooms.HOSTILE_ATTR);
    assertThat(story.path("claims")).hasSize(2);

    check(served.get("/api/stories/none"), "/api/stories/{id}", "get", 404);
  }

  @Test
  void aStorysETagHoldsUntilItsBriefChanges() throws Exception {
    try (Served own = new Served()) {
      HttpResponse<String> first = own.get("/api/stories/s1");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");

      HttpResponse<String> same = own.get("/api/stories/s1", "If-None-Match", etag);
      assertThat(same.statusCode()).isEqualTo(304);
      assertThat(same.body()).isEmpty();

      // what a later add and refresh do: the story changes, then its stored brief
      StoryBrief b = Newsrooms.brief();
      own.newsroom.store().putStory(new Story("s1", List.of("a1")));
      own.newsroom
          .store()
          .putStoryBrief(
              new StoryBrief(
                  b.id(),
                  b.storyline(),
                  new CitedSentence("Un titolo nuovo", b.headline().citations()),
                  b.summary(),
                  b.timeline(),
                  b.statements(),
                  b.entities(),
                  b.claims(),
                  b.sources()));
      HttpResponse<String> changed = own.get("/api/stories/s1", "If-None-Match", etag);
      assertThat(changed.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(changed.body()).path("headline").path("text").asText())
          .isEqualTo("Un titolo nuovo");
      assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "since=2025-02-13, 1",
    "until=2025-02-11, 0",
    "source=Quotidiano, 1",
    "source=Altro, 0",
    "entity=e-peskov, 1",
    "q=prigionieri, 1",
    "q=Zelensky, 0",
    "limit=1&offset=1, 1"
  })
  void storyFilters(String query, int total) throws Exception {
    JsonNode list = check(served.get("/api/stories?" + query), "/api/stories", "get", 200);
    assertThat(list.path("total").asInt()).as(query).isEqualTo(total);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/stories?since=ieri, since",
    "/api/stories?limit=0, limit",
    "/api/stories?limit=1000, limit",
    "/api/stories?offset=-1, offset",
    "/api/stories?offset=x, offset",
    "/api/entities?limit=abc, limit",
    "/api/search, q",
  })
  void badParametersAre400WithAMessage(String uri, String named) throws Exception {
    String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
    JsonNode error = check(served.get(uri), path, "get", 400);
    assertThat(error.path("status").asInt()).isEqualTo(400);
    assertThat(error.path("message").asText()).contains(named);
  }

  @Test
  void oneArticleWithItsCitedSpans() throws Exception {
    JsonNode a = check(served.get("/api/articles/a1"), "/api/articles/{id}", "get", 200);
    assertThat(a.path("text").asText()).isEqualTo(Newsrooms.TEXT_1);
    assertThat(a.path("stories").get(0).asText()).isEqualTo("s1");
    List<String> cited = new ArrayList<>();
    for (JsonNode s : a.path("citedSpans")) {
      cited.add(Newsrooms.TEXT_1.substring(s.path("start").asInt(), s.path("end").asInt()));
    }
    assertThat(cited).contains("La telefonata è durata un'ora e mezza", Newsrooms.HOSTILE);
    check(served.get("/api/articles/none"), "/api/articles/{id}", "get", 404);
  }

  @Test
  void entitiesAndTheirStatements() throws Exception {
    JsonNode list = check(served.get("/api/entities"), "/api/entities", "get", 200);
    assertThat(list.path("entities").get(0).path("id").asText()).isEqualTo(Newsrooms.ENTITY);
    JsonNode e = check(served.get("/api/entities/e-peskov"), "/api/entities/{id}", "get", 200);
    assertThat(e.path("stories").get(0).asText()).isEqualTo("s1");
    assertThat(e.path("statements")).hasSize(2);
    assertThat(e.path("statements").get(1).path("kind").asText()).isEqualTo("INDIRECT");
    JsonNode later =
        check(
            served.get("/api/entities/e-peskov?since=2025-02-13"),
            "/api/entities/{id}",
            "get",
            200);
    assertThat(later.path("statements")).hasSize(1);
    check(served.get("/api/entities/none"), "/api/entities/{id}", "get", 404);
    check(served.get("/api/entities/e-peskov?until=x"), "/api/entities/{id}", "get", 400);
  }

  @Test
  void searchGroupsByStory() throws Exception {
    JsonNode r = check(served.get("/api/search?q=durate"), "/api/search", "get", 200);
    assertThat(r.path("stories")).hasSize(1);
    JsonNode story = r.path("stories").get(0);
    assertThat(story.path("id").asText()).isEqualTo("s1");
    List<String> articles = new ArrayList<>();
    story.path("articles").forEach(a -> articles.add(a.path("articleId").asText()));
    assertThat(articles).containsExactlyInAnyOrder("a1", "a2");
    JsonNode none = check(served.get("/api/search?q=di"), "/api/search", "get", 200);
    assertThat(none.path("stories")).isEmpty();
  }

  @Test
  void feeds() throws Exception {
    JsonNode f = check(served.get("/api/feeds"), "/api/feeds", "get", 200);
    assertThat(f.isArray()).isTrue();
  }

  @Test
  void addingArticlesNeedsTheTokenAndAValidBody() throws Exception {
    // a server of its own: the hand-built story has no clusterer state, so the pipeline's first
    // story would take its id
    try (Served own = new Served()) {
      adding(own);
    }
  }

  private static void adding(Served served) throws Exception {
    String body =
        "[{\"id\":\"n1\",\"source\":\"Nuova\",\"published\":\"2025-03-18\","
            + "\"title\":\"Tregua energetica\",\"text\":\"Trump e Putin hanno concordato una tregua"
            + " sulle infrastrutture energetiche di trenta giorni nel Mar Nero.\"}]";
    check(served.post("/api/articles", body, null), "/api/articles", "post", 401);
    check(served.post("/api/articles", body, "Bearer wrong"), "/api/articles", "post", 401);
    check(
        served.post("/api/articles", "{not json", "Bearer " + Served.TOKEN),
        "/api/articles",
        "post",
        400);
    check(
        served.post("/api/articles", "[{\"id\":\"x\"}]", "Bearer " + Served.TOKEN),
        "/api/articles",
        "post",
        400);
    check(
        served.post(
            "/api/articles",
            "[{\"id\":\"x\",\"text\":\"t\",\"url\":\"file:///etc/passwd\"}]",
            "Bearer " + Served.TOKEN),
        "/api/articles",
        "post",
        400);

    JsonNode added =
        check(
            served.post("/api/articles", body, "Bearer " + Served.TOKEN),
            "/api/articles",
            "post",
            201);
    assertThat(added.path("added").get(0).asText()).isEqualTo("n1");
    JsonNode again =
        check(
            served.post("/api/articles", body, "Bearer " + Served.TOKEN),
            "/api/articles",
            "post",
            200);
    assertThat(again.path("known").get(0).asText()).isEqualTo("n1");

    // the new article is stored and searchable at once
    check(served.get("/api/articles/n1"), "/api/articles/{id}", "get", 200);
    JsonNode found =
        check(served.get("/api/search?q=tregua%20energetica"), "/api/search", "get", 200);
    Iterator<JsonNode> stories = found.path("stories").elements();
    assertThat(stories.hasNext()).isTrue();
    assertThat(stories.next().path("articles").get(0).path("articleId").asText()).isEqualTo("n1");
  }

  @Test
  void anOversizedBodyIsRefused() {
    String big = "[" + "{\"id\":\"x\",\"text\":\"" + "a".repeat(9 << 20) + "\"}]";
    var r = served.post("/api/articles", big, "Bearer " + Served.TOKEN);
    assertThat(r.statusCode()).isEqualTo(413);
  }
}
