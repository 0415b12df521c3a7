package org.rassegna.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rassegna.ingest.internal.TextDecoder;

/**
 * Turns the bytes of a web page into text. The charset comes from, in order: a byte-order mark, the
 * HTTP {@code Content-Type} header, the page's own {@code <meta charset>} or {@code <meta
 * http-equiv="Content-Type">} in its first 4 KB, and, when none is declared or the declared one
 * does not fit the bytes, the fallback detector of plain-text files (strict UTF-8, then
 * Windows-1252, then ISO-8859-1). As browsers do, ISO-8859-1 and US-ASCII are read as Windows-1252.
 */
public final class PageDecoder {

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private PageDecoder() {}

  /**
   * @param bytes the page
   * @param contentType the HTTP {@code Content-Type} header, when the page came over HTTP
   * @return the text and the charset it was read with, or the reason it could not be read
   */
  public static TextDecoder.Decoded decode(byte[] bytes, @Nullable String contentType) {
    TextDecoder.Decoded detected = TextDecoder.decode(bytes);
    if (hasBom(bytes) || detected.problem().startsWith("binary")) {
      return detected;
    }
    Optional<Charset> declared =
        charset(contentType == null ? null : HEADER_CHARSET.matcher(contentType))
            .or(() -> charset(META_CHARSET.matcher(head(bytes))));
    if (declared.isPresent()) {
      Optional<String> text = strict(bytes, declared.get());
      if (text.isPresent()) {
        return new TextDecoder.Decoded(text.get(), declared.get().name(), "");
      }
    }
    return detected;
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || b.length >= 2
            && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
  }

  private static String head(byte[] bytes) {
    return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
  }

  private static Optional<Charset> charset(@Nullable Matcher m) {
    if (m == null || !m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1")
        || name.equals("latin1")
        || name.equals("us-ascii")
        || name.equals("ascii")) {
      return Optional.of(WINDOWS_1252);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown name: let the detector decide
    }
  }

  private static Optional<String> strict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
