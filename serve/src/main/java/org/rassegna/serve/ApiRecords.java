package org.rassegna.serve;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the REST API, as {@code openapi.json} describes them. */
final class ApiRecords {

  private ApiRecords() {}

  /** An error: its HTTP status and what was wrong. */
  record Error(int status, String message) {}

  /** How the claims of a story stand. */
  record Agreement(long corroborated, long singleSource, long conflicting) {}

  record StoryItem(
      String id,
      @Nullable String storyline,
      @Nullable String headline,
      @Nullable String firstDay,
      @Nullable String lastDay,
      int articles,
      int sources,
      long revision,
      @Nullable Agreement agreement) {}

  record StoryList(long total, int offset, int limit, List<StoryItem> stories) {}

  /** A span of an article that a story's brief cites. */
  record CitedSpan(String field, int start, int end) {}

  record ArticleView(
      String id,
      String source,
      @Nullable String url,
      @Nullable String published,
      @Nullable String title,
      String text,
      @Nullable String language,
      @Nullable String day,
      List<String> stories,
      List<CitedSpan> citedSpans) {}

  record EntityItem(String id, String name, String type, List<String> forms, List<String> roles) {}

  record EntityList(int offset, int limit, List<EntityItem> entities) {}

  record StatementView(
      String storyId,
      String groupId,
      String articleId,
      @Nullable String day,
      String kind,
      String text,
      int start,
      int end,
      @Nullable String speakerWords) {}

  record EntityView(
      String id,
      String name,
      String type,
      List<String> forms,
      List<String> roles,
      List<String> stories,
      List<StatementView> statements) {}

  /** A matching article: its title (or id) and the words around its first match. */
  record ArticleHit(String articleId, String title, String snippet) {}

  record StoryHit(String id, String headline, List<ArticleHit> articles) {}

  record SearchView(String query, List<StoryHit> stories, List<EntityItem> entities) {}

  record FeedView(
      String url,
      @Nullable String etag,
      @Nullable String lastModified,
      @Nullable String lastPoll,
      @Nullable String lastError,
      int failures) {}

  /** An article to add; {@code source} defaults to {@code id}. */
  record ArticleIn(
      @Nullable String id,
      @Nullable String source,
      @Nullable String url,
      @Nullable String published,
      @Nullable String title,
      @Nullable String text,
      @Nullable String language) {}

  record Skip(String item, String reason) {}

  record AddResult(
      List<String> added, List<String> known, List<String> touchedStories, List<Skip> skipped) {}
}
