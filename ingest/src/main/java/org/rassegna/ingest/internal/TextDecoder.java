package org.rassegna.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text, or says why it cannot. Order: a byte-order mark
 * decides; then strict UTF-8; then Windows-1252 (a superset of ISO-8859-1's printable range, and
 * what Italian files not in UTF-8 nearly always are). Bytes that look like binary data are refused
 * rather than decoded into garbage.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The text and the charset it was read with, or the reason it could not be read. */
  public record Decoded(String text, String charset, String problem) {

    public boolean ok() {
      return problem.isEmpty();
    }

    static Decoded text(String text, Charset charset) {
      return new Decoded(text, charset.name(), "");
    }

    static Decoded failure(String problem) {
      return new Decoded("", "", problem);
    }
  }

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    String binary = binaryReason(bytes);
    if (!binary.isEmpty()) {
      return Decoded.failure(binary);
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.ok()) {
      return utf8;
    }
    Decoded cp1252 = strict(bytes, 0, WINDOWS_1252);
    if (cp1252.ok()) {
      return cp1252;
    }
    // The five bytes Windows-1252 leaves undefined: then it was ISO-8859-1 (or not text at all).
    Decoded latin1 = strict(bytes, 0, StandardCharsets.ISO_8859_1);
    return controlShare(latin1.text()) > 0.01
        ? Decoded.failure("undecodable: neither UTF-8 nor Windows-1252/ISO-8859-1 text")
        : latin1;
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Decoded.text(chars.toString(), charset);
    } catch (CharacterCodingException e) {
      return Decoded.failure("undecodable as " + charset.name());
    }
  }

  /** Non-empty when the bytes are not text: NUL bytes, or many control characters. */
  private static String binaryReason(byte[] bytes) {
    int controls = 0;
    int n = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "binary: contains NUL bytes";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    return n > 0 && controls > n / 100 ? "binary: " + controls + " control bytes" : "";
  }

  private static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long controls =
        text.chars().filter(c -> Character.isISOControl(c) && !Character.isWhitespace(c)).count();
    return (double) controls / text.length();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
