package org.rassegna.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Published;

/**
 * What a web page says about its article, read from Open Graph and {@code article:*} meta tags,
 * schema.org JSON-LD and microdata, {@code <time>} elements and, last, the byline's text (Italian
 * "di Mario Rossi", "12 febbraio 2025").
 *
 * @param title the headline, without the " - Site" suffix of {@code <title>}
 * @param author who wrote it, names joined by ", "
 * @param published when it was first published
 * @param modified when it was last changed
 * @param canonicalUrl the page's canonical address, absolute
 * @param siteName the outlet
 * @param language the page's primary language subtag ({@code it}, {@code en})
 */
public record PageMetadata(
    @Nullable String title,
    @Nullable String author,
    @Nullable Published published,
    @Nullable Published modified,
    @Nullable String canonicalUrl,
    @Nullable String siteName,
    @Nullable String language) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "BlogPosting",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "LiveBlogPosting",
          "WebPage",
          "TechArticle",
          "ScholarlyArticle");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—·:»/]+\\s+");
  private static final Pattern BYLINE_NAME =
      Pattern.compile(
          "(?:^|\\s)(?:di|by|a cura di)\\s+([\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){1,3})");

  /** Reads the metadata of {@code doc}. */
  public static PageMetadata of(Document doc) {
    List<JsonNode> ld = jsonLd(doc);
    String siteName =
        first(
            meta(doc, "og:site_name"),
            ldText(ld, "publisher", "name"),
            meta(doc, "application-name"));
    String title =
        first(
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            ldText(ld, "headline"),
            withoutSiteSuffix(doc.title(), siteName),
            text(doc.selectFirst("h1")));
    if (title != null) {
      title = withoutSiteSuffix(title, siteName);
    }
    String author =
        first(
            ldAuthor(ld),
            nonUrl(meta(doc, "author")),
            nonUrl(meta(doc, "article:author")),
            nonUrl(meta(doc, "parsely-author")),
            nonUrl(meta(doc, "dc.creator")),
            text(doc.selectFirst("[itemprop=author] [itemprop=name]")),
            text(doc.selectFirst("[itemprop=author]")),
            text(doc.selectFirst("[rel=author]")),
            bylineName(doc));
    if (author != null) {
      author = author.replaceFirst("(?i)^(?:by|di|a cura di)\\s+", "");
    }
    Published published =
        firstDate(
            meta(doc, "article:published_time"),
            ldText(ld, "datePublished"),
            meta(doc, "og:published_time"),
            meta(doc, "datePublished"),
            attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dc.date"),
            meta(doc, "parsely-pub-date"),
            meta(doc, "sailthru.date"),
            attr(doc.selectFirst("time[pubdate]"), "datetime"),
            attr(doc.selectFirst("article time[datetime], time[datetime]"), "datetime"));
    if (published == null) {
      published = bylineDate(doc);
    }
    Published modified =
        firstDate(
            meta(doc, "article:modified_time"),
            ldText(ld, "dateModified"),
            meta(doc, "og:updated_time"),
            attr(doc.selectFirst("[itemprop=dateModified]"), "content", "datetime"));
    String canonical =
        first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
    return new PageMetadata(
        title, author, published, modified, canonical, siteName, language(doc, ld));
  }

  private static @Nullable String language(Document doc, List<JsonNode> ld) {
    String lang =
        first(
            attr(doc.selectFirst("html[lang]"), "lang"),
            attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"),
            meta(doc, "og:locale"),
            ldText(ld, "inLanguage"));
    if (lang == null) {
      return null;
    }
    String primary = lang.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** "Titolo - Il Sito" → "Titolo", when the tail is the site's name or a few words. */
  static @Nullable String withoutSiteSuffix(@Nullable String title, @Nullable String siteName) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int cut = -1;
    while (m.find()) {
      cut = m.start();
      String tail = t.substring(m.end()).strip();
      boolean isSite =
          siteName != null
              && (tail.equalsIgnoreCase(siteName)
                  || siteName.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT)));
      if (isSite || tail.split("\\s+").length <= 4 && cut > tail.length()) {
        return t.substring(0, cut).strip();
      }
    }
    return t;
  }

  /** The {@code articleBody} of the page's schema.org article, when it gives one. */
  static @Nullable String articleBody(Document doc) {
    return ldText(jsonLd(doc), "articleBody");
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collectArticles(JSON.readTree(script.data()), found);
      } catch (JsonProcessingException e) {
        continue; // a broken JSON-LD block says nothing; the meta tags may
      }
    }
    return found;
  }

  private static void collectArticles(@Nullable JsonNode node, List<JsonNode> found) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectArticles(n, found));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    if (type != null
        && (ARTICLE_TYPES.contains(type.asText())
            || type.isArray() && ARTICLE_TYPES.contains(type.path(0).asText()))) {
      found.add(node);
    }
    collectArticles(node.get("@graph"), found);
  }

  private static @Nullable String ldText(List<JsonNode> ld, String... path) {
    for (JsonNode n : ld) {
      JsonNode v = n;
      for (String p : path) {
        v = v.isArray() ? v.path(0).path(p) : v.path(p);
      }
      if (v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static @Nullable String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.path("author");
      List<String> names = new ArrayList<>();
      for (JsonNode one : a.isArray() ? a : List.of(a)) {
        String name = one.isTextual() ? one.asText() : one.path("name").asText("");
        if (!name.isBlank() && !name.startsWith("http")) {
          names.add(name.strip());
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  private static @Nullable String bylineName(Document doc) {
    for (Element e : doc.select("[class~=(?i)byline|author|firma|autore|meta|info]")) {
      String t = e.text().strip();
      if (t.isEmpty() || t.length() > 120) {
        continue;
      }
      Matcher m = BYLINE_NAME.matcher(t);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static @Nullable Published bylineDate(Document doc) {
    for (Element e : doc.select("[class~=(?i)byline|date|data|time|meta|publish]")) {
      String t = e.text();
      if (t.length() <= 200) {
        Optional<Published> p = DateReader.human(t);
        if (p.isPresent()) {
          return p.get();
        }
      }
    }
    return null;
  }

  private static @Nullable String meta(Document doc, String name) {
    Element e =
        doc.selectFirst(
            "meta[property=\""
                + name
                + "\"], meta[name=\""
                + name
                + "\"], meta[itemprop=\""
                + name
                + "\"]");
    if (e == null) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Element m : doc.select("meta[name]")) {
        if (m.attr("name").toLowerCase(Locale.ROOT).equals(lower)) {
          e = m;
          break;
        }
      }
    }
    return attr(e, "content");
  }

  private static @Nullable String attr(@Nullable Element e, String... names) {
    if (e == null) {
      return null;
    }
    for (String n : names) {
      String v = e.attr(n).strip();
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static @Nullable String text(@Nullable Element e) {
    if (e == null) {
      return null;
    }
    String t = e.text().strip();
    return t.isEmpty() || t.length() > 300 ? null : t;
  }

  private static @Nullable String nonUrl(@Nullable String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static @Nullable String first(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static @Nullable Published firstDate(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        Optional<Published> p = DateReader.machine(v);
        if (p.isPresent()) {
          return p.get();
        }
      }
    }
    return null;
  }
}
