package org.rassegna.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the body of an article in a web page, readability-style: boilerplate containers are pruned
 * by tag and by class/id, every text block scores its ancestors by its length and punctuation, the
 * best-scoring container (discounted by its share of link text) wins, raised to the ancestor it
 * shares with other strong candidates; those of its siblings, and of its same-class "twins" nearby,
 * that look like more of the same are added. The result is rendered as paragraphs, headings and
 * list items in document order, blocks separated by a blank line, without blocks that are mostly
 * links, headlines, bylines or known boilerplate ("Leggi anche", "Advertisement", photo credits); a
 * heading such as "Related" or "Commenti" ends the body.
 *
 * <p>Works on a copy: the document passed in is not changed.
 */
public final class ArticleBodyExtractor {

  /** Elements that never hold article text, even when shown. */
  private static final String NEVER_TEXT_SHOWN =
      "script, style, noscript, template, iframe, svg, canvas, object, embed, video, audio,"
          + " picture, button, input, select, textarea, option, label, dialog, link, meta,"
          + " figcaption, [role=navigation], [role=complementary], [role=contentinfo],"
          + " [role=banner], [role=dialog], [role=alert]";

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT = NEVER_TEXT_SHOWN + ", [hidden], [aria-hidden=true]";

  /** Containers that usually hold boilerplate, kept only when they hold most of the text. */
  private static final String USUALLY_BOILERPLATE = "nav, aside, footer, header, form, figure";

  private static final Pattern UNLIKELY =
      Pattern.compile(
          "comment|disqus|share|sharing|social|sociali|related|correlat|leggi-?anche|promo"
              + "|advert|sponsor|\\bads?\\b|adv\\b|adsense|banner|cookie|consent|gdpr|privacy"
              + "|newsletter|subscri|signup|sign-up|paywall|breadcrumb|footer|sidebar|widget"
              + "|menu|navbar|masthead|popup|modal|caption|credit|\\btags?\\b|tag-?list|byline"
              + "|author|\\bmeta\\b|toolbar|print|outbrain|taboola|recommend|read-?more"
              + "|more-stories|trending|most-?popular|pagination|pager|skip|sr-only|visually-hidden"
              + "|hidden|rating|tooltip|overlay|login|follow|supplement|jump|teaser|card-list",
          Pattern.CASE_INSENSITIVE);

  /** Class/id words that mark boilerplate even beside a word like "article". */
  private static final Pattern ALWAYS_BOILERPLATE =
      Pattern.compile(
          "byline|author|share|social|breadcrumb|cookie|newsletter|comment|advert|sponsor"
              + "|subscri|outbrain|taboola|leggi-?anche",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LIKELY =
      Pattern.compile(
          "article|body|content|main|story|post|entry|text|testo|corpo|blog|column",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|main|page|post|text|blog|story|testo|corpo",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget|correlat|social|newsletter",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "thead",
          "tr",
          "td",
          "th",
          "figure",
          "header",
          "footer",
          "aside",
          "nav",
          "address",
          "hr",
          "center",
          "body",
          "form",
          "fieldset",
          "details",
          "summary",
          "caption");

  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(?:leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|guarda anche"
              + "|read more|read also|related|recommended|see also|advertisement|pubblicit[àa]"
              + "|sponsored|continue reading|click here|sign up|subscribe|follow us|share this"
              + "|getty images|copyright)\\b.*|^(?:photo|foto|credit|credits|image):.*|^©.*",
          Pattern.CASE_INSENSITIVE);

  private static final double ALTERNATIVE_SHARE = 0.75;
  private static final int MIN_ALTERNATIVES = 3;
  private static final int TWIN_LEVELS = 3;
  private static final double CLIMB_SHARE = 0.5;
  private static final double TWIN_SHARE = 0.1;

  /** Text elements whose parent, not themselves, is the candidate container. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");

  /** A short block that is a byline or a dateline. */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:published|updated|posted|last updated|pubblicato|aggiornato)\\b"
              + "|^\\W*\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b"
              // "By Chris Davies and Jane Doe", "di Giulia Bianchi · 12 febbraio": a name first
              + "|^(?:by|di|a cura di)\\s+(?-i:\\p{Lu}[\\p{L}.'’-]*)"
              + "(?:,?\\s+(?:and|e|&|(?-i:\\p{Lu}[\\p{L}.'’-]*)))*(?:\\s*[·|•,–—-].*|\\W*)$",
          Pattern.CASE_INSENSITIVE);

  /** The heading of what comes after an article: related articles, comments. */
  private static final Pattern END_OF_BODY =
      Pattern.compile(
          "^(?:related|related (?:articles|stories|posts)|you may also like|you might also like"
              + "|more stories|read next|recommended for you|articoli correlati"
              + "|altri articoli|commenti|comments|leave a (?:comment|reply)|lascia un commento"
              + "|você pode gostar|te puede interesar|das könnte sie auch interessieren"
              + "|weitere artikel)\\W*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern COMMAS = Pattern.compile("[,，、]");

  /**
   * How much of the page a pass throws away before scoring. Page builders wrap every paragraph in a
   * "widget", and streamed pages park the body in a hidden element until a script moves it: when
   * the strict pass finds too little, the next one keeps what the last removed.
   */
  private enum Pass {
    STRICT,
    KEEP_CLASSES,
    KEEP_HIDDEN
  }

  /** A body shorter than this (in characters) sends the extractor to its next, laxer pass. */
  private static final int MIN_BODY = 500;

  /** The text of the article body, blocks separated by blank lines; empty when none is found. */
  public String extract(Document page) {
    String declared = PageMetadata.articleBody(page);
    if (declared != null) {
      declared = declared.contains("<") ? fragmentText(declared) : declared;
    }
    // a short body is enough when the page's own JSON-LD says the article is short
    double enough = declared == null ? MIN_BODY : Math.min(MIN_BODY, 0.8 * declared.length());
    String best = extract(page, Pass.STRICT);
    if (best.length() < enough) {
      String strict = best;
      for (Pass pass : List.of(Pass.KEEP_CLASSES, Pass.KEEP_HIDDEN)) {
        String text = extract(page, pass);
        // a laxer pass must find much more to outweigh what it lets in
        if (text.length() > 2 * strict.length() && text.length() > best.length()) {
          best = text;
        }
      }
    }
    return declared != null && declared.length() > 2 * best.length() ? declared : best;
  }

  private String extract(Document page, Pass pass) {
    String title = page.title().strip();
    Document doc = page.clone();
    Element body = doc.body();
    body.select(pass == Pass.KEEP_HIDDEN ? NEVER_TEXT_SHOWN : NEVER_TEXT).remove();
    if (pass != Pass.KEEP_HIDDEN) {
      removeInvisible(body);
    }
    double pageText = textLength(body);
    pruneBoilerplate(body, pageText, pass == Pass.STRICT);

    List<Block> blocks = blocks(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, Integer> prose = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text.length();
      if (len < 25 || b.element.tagName().matches("h\\d|li|td|th")) {
        continue;
      }
      if (b.linkChars < 0.3 * len) {
        for (Element a = b.element; a != null; a = a.parent()) {
          prose.merge(a, len, Integer::sum);
        }
      }
      double score = 1 + COMMAS.matcher(b.text).results().count() + Math.min(len / 100, 3);
      Element ancestor =
          PARAGRAPHS.contains(b.element.normalName()) ? b.element.parent() : b.element;
      for (int level = 0; ancestor != null && level < 5; level++) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        Element a = ancestor;
        scores.compute(a, (k, v) -> (v == null ? initialScore(a, pass) : v) + score * share);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      e.setValue(s);
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return "";
    }
    top = climb(promote(top, best, scores), prose);
    best = Math.max(best, scores.getOrDefault(top, 0.0));
    List<Element> chosen = withSiblings(top, best, scores);
    chosen.addAll(twins(top, best, scores));
    List<String> kept = new ArrayList<>();
    for (Block b : blocks) {
      if (!inside(b.element, chosen)) {
        continue;
      }
      if (b.text.length() < 60 && END_OF_BODY.matcher(b.text).find()) {
        break; // what follows is a box of other articles or the comments
      }
      if (keep(b, title)) {
        kept.add(b.text);
      }
    }
    return String.join("\n\n", kept);
  }

  /**
   * The text of an HTML fragment that is all body (a feed item's content): every block in order,
   * without scoring, but without link lists and boilerplate lines.
   */
  public String fragmentText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(NEVER_TEXT).remove();
    return String.join(
        "\n\n", blocks(body).stream().filter(b -> keep(b, "")).map(Block::text).toList());
  }

  /**
   * A body split into several containers (by ads, pull quotes) scores in each; when several of the
   * best candidates share an ancestor of the top one, that ancestor is the body. A container that
   * is its parent's only child stands for the parent.
   */
  private static Element promote(Element top, double best, Map<Element, Double> scores) {
    List<Element> alternatives =
        scores.entrySet().stream()
            .filter(e -> e.getKey() != top && e.getValue() >= ALTERNATIVE_SHARE * best)
            .sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
            .limit(5)
            .map(Map.Entry::getKey)
            .filter(e -> !isAncestor(e, top) && !isAncestor(top, e))
            .toList();
    Element result = top;
    if (alternatives.size() >= MIN_ALTERNATIVES) {
      for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
        Element parent = p;
        long within = alternatives.stream().filter(e -> isAncestor(parent, e)).count();
        if (within >= MIN_ALTERNATIVES) {
          result = parent;
          break;
        }
      }
    }
    while (result.parent() != null
        && !result.parent().normalName().equals("body")
        && result.parent().childrenSize() == 1) {
      result = result.parent();
    }
    return result;
  }

  /**
   * A body built of many small containers (one per paragraph or section, as page builders make
   * them) has no container that scores well on its own: while the top one holds less than half the
   * prose of its parent, and the parent is not mostly links, the parent is the body.
   */
  private static Element climb(Element top, Map<Element, Integer> prose) {
    Element result = top;
    for (Element p = top.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
      int mine = prose.getOrDefault(result, 0);
      if (mine >= CLIMB_SHARE * prose.getOrDefault(p, 0) || linkDensity(p) >= 0.3) {
        break;
      }
      result = p;
    }
    return result;
  }

  /**
   * A body cut into chunks by ads often repeats its container (same tag, same classes) in the
   * neighbourhood of the best one: those twins that score are body too.
   */
  private static List<Element> twins(Element top, double best, Map<Element, Double> scores) {
    String cls = top.className();
    Element scope = top;
    for (int i = 0; i < TWIN_LEVELS && scope.parent() != null; i++) {
      scope = scope.parent();
    }
    List<Element> twins = new ArrayList<>();
    if (cls.isBlank() || scope.normalName().equals("body")) {
      return twins;
    }
    for (Element e : scope.getElementsByClass(cls.split("\\s+")[0])) {
      if (e != top
          && e.normalName().equals(top.normalName())
          && e.className().equals(cls)
          && !isAncestor(e, top)
          && !isAncestor(top, e)
          && scores.getOrDefault(e, 0.0) >= Math.max(10, best * TWIN_SHARE)) {
        twins.add(e);
      }
    }
    return twins;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, List<Element> roots) {
    for (Element x = e; x != null; x = x.parent()) {
      for (Element r : roots) {
        if (x == r) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
    Element parent = top.parent();
    if (parent == null) {
      return new ArrayList<>(List.of(top));
    }
    List<Element> chosen = new ArrayList<>();
    double threshold = Math.max(10, best * 0.2);
    String topClass = top.className();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? best * 0.2 : 0;
      double s = scores.getOrDefault(sibling, 0.0) + bonus;
      if (s >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text().strip();
        double links = linkDensity(sibling);
        if (text.length() > 80 && links < 0.25
            || !text.isEmpty() && links == 0 && text.matches("(?s).*[.!?»\"”]$")) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  private static boolean keep(Block b, String title) {
    if (b.text.isBlank()) {
      return false;
    }
    if (b.element.normalName().equals("h1") || !title.isEmpty() && title.startsWith(b.text)) {
      return false; // the headline is metadata, not body
    }
    if (b.text.length() < 80 && BYLINE.matcher(b.text).find()) {
      return false;
    }
    if (b.linkChars > 0.5 * b.text.length()) {
      return false;
    }
    return !(b.text.length() < 200 && BOILERPLATE_LINE.matcher(b.text).matches());
  }

  private static double initialScore(Element e, Pass pass) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + (pass == Pass.STRICT ? classWeight(e) : itempropWeight(e));
  }

  private static double classWeight(Element e) {
    double w = 0;
    for (String s : new String[] {e.className(), e.id()}) {
      if (s.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(s).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(s).find()) {
        w += 25;
      }
    }
    return w + itempropWeight(e);
  }

  private static double itempropWeight(Element e) {
    return "articleBody".equals(e.attr("itemprop")) ? 50 : 0;
  }

  private static void removeInvisible(Element root) {
    for (Element e : root.select("[style]")) {
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
  }

  /**
   * Removes likely boilerplate containers unless one holds much of the page's text; when not {@code
   * strict}, only those whose tag or class (comments, share bars, ads) is a strong sign.
   */
  private static void pruneBoilerplate(Element body, double pageText, boolean strict) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.normalName().equals("html")) {
        continue;
      }
      String hint = e.className() + " " + e.id();
      boolean unlikely =
          e.is(USUALLY_BOILERPLATE)
              || strict && UNLIKELY.matcher(hint).find() && !LIKELY.matcher(hint).find()
              || ALWAYS_BOILERPLATE.matcher(hint).find()
              || e.attr("role").equals("navigation");
      if (unlikely && !e.normalName().equals("a") && textLength(e) < 0.3 * pageText) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static double textLength(Element e) {
    return e.text().length();
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  /** A run of text between block boundaries, with the block element that holds it. */
  private record Block(Element element, String text, int linkChars) {}

  private static List<Block> blocks(Element root) {
    List<Block> out = new ArrayList<>();
    StringBuilder buf = new StringBuilder();
    int[] linkChars = new int[1];
    collect(root, root, false, buf, linkChars, out);
    flush(root, buf, linkChars, out);
    return out;
  }

  private static void collect(
      Node node,
      Element block,
      boolean inLink,
      StringBuilder buf,
      int[] linkChars,
      List<Block> out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String s = t.getWholeText();
        buf.append(s);
        if (inLink) {
          linkChars[0] += s.strip().length();
        }
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        boolean link = inLink || tag.equals("a");
        if (tag.equals("br")) {
          buf.append('\n');
        } else if (BLOCKS.contains(tag)) {
          flush(block, buf, linkChars, out);
          collect(e, e, link, buf, linkChars, out);
          flush(e, buf, linkChars, out);
        } else {
          collect(e, block, link, buf, linkChars, out);
        }
      }
    }
  }

  private static void flush(Element block, StringBuilder buf, int[] linkChars, List<Block> out) {
    String text = normalise(buf);
    if (!text.isEmpty()) {
      out.add(new Block(block, text, linkChars[0]));
    }
    buf.setLength(0);
    linkChars[0] = 0;
  }

  private static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = !out.isEmpty();
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
