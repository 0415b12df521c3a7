package org.rassegna.annotate.corenlp;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Italian NER model's gazette as its lines, in a handful of primitive arrays: what {@link
 * DocumentGazette} needs, read in a fraction of a second where CoreNLP's form (5 million {@code
 * GazetteInfo} objects in 392,579 hash sets) took seconds to deserialise and gigabytes of garbage.
 *
 * <p>A line is a class ({@code PER}, {@code ORG}, {@code LOC}) and its words. CoreNLP keeps a line
 * of n words as 2n entries, each under the word at its position: the features {@code CLASS-GAZ} and
 * {@code CLASS-GAZn} at every position 0 to n-1, all holding the line's words. {@link #fromModel}
 * keeps only the lines (a repeated line once: the entries are features of a set), checking that
 * each entry has one of the two forms; {@code CompactGazetteTest} checks that the lines make every
 * word's entries. Each line is filed under its rarest word (the one with the fewest entries), so
 * the lines that can match a document are found from its words alone.
 *
 * <p>Made at build time by {@link CompactNerModel} from the {@code models-italian} artifact and
 * read from the class path at run time.
 */
final class CompactGazette {

  /** Changes whenever the layout below does. */
  private static final int FORMAT = 1;

  private final String[] classes;

  /** The words in UTF-8, sorted by their bytes: word w ends at {@code wordEnd[w]}. */
  private final byte[] wordBytes;

  private final int[] wordEnd;

  /** The lines filed under word w are {@code firstLine[w]} to {@code firstLine[w + 1] - 1}. */
  private final int[] firstLine;

  private final byte[] lineClass;

  /** The word ids of line l end at {@code lineEnd[l]} in {@code lineWords}. */
  private final int[] lineEnd;

  private final int[] lineWords;

  private CompactGazette(
      String[] classes,
      byte[] wordBytes,
      int[] wordEnd,
      int[] firstLine,
      byte[] lineClass,
      int[] lineEnd,
      int[] lineWords) {
    this.classes = classes;
    this.wordBytes = wordBytes;
    this.wordEnd = wordEnd;
    this.firstLine = firstLine;
    this.lineClass = lineClass;
    this.lineEnd = lineEnd;
    this.lineWords = lineWords;
  }

  /** The feature of a line of class {@code c} at any position. */
  static String feature(String c) {
    return c + "-GAZ";
  }

  /** The feature of a line of class {@code c} and {@code n} words at any position. */
  static String feature(String c, int n) {
    return c + "-GAZ" + n;
  }

  /** Number of distinct lines. */
  int lines() {
    return lineClass.length;
  }

  /** Number of distinct words. */
  int words() {
    return wordEnd.length;
  }

  /** The id of {@code word}, or -1 when no line holds it. */
  int id(String word) {
    byte[] key = word.getBytes(StandardCharsets.UTF_8);
    int lo = 0;
    int hi = wordEnd.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = mid == 0 ? 0 : wordEnd[mid - 1];
      int c = Arrays.compareUnsigned(wordBytes, start, wordEnd[mid], key, 0, key.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        // a word that UTF-8 cannot encode (a lone surrogate) became '?': not the gazette's word
        return word(mid).equals(word) ? mid : -1;
      }
    }
    return -1;
  }

  /** The word of id {@code w}. */
  String word(int w) {
    int start = w == 0 ? 0 : wordEnd[w - 1];
    return new String(wordBytes, start, wordEnd[w] - start, StandardCharsets.UTF_8);
  }

  /** The first line filed under word {@code w}. */
  int firstLineOf(int w) {
    return firstLine[w];
  }

  /** One past the last line filed under word {@code w}. */
  int endLineOf(int w) {
    return firstLine[w + 1];
  }

  /** The class of line {@code l}. */
  String lineClass(int l) {
    return classes[lineClass[l]];
  }

  /** Index in {@link #lineWord} of line {@code l}'s first word. */
  int lineStart(int l) {
    return l == 0 ? 0 : lineEnd[l - 1];
  }

  /** One past the index of line {@code l}'s last word. */
  int lineEnd(int l) {
    return lineEnd[l];
  }

  /** The word id at index {@code k} of all lines' words. */
  int lineWord(int k) {
    return lineWords[k];
  }

  /** A line while the gazette is made: its class and word ids, and its rarest word. */
  private record Line(String c, int[] words, int filedUnder) {}

  /**
   * The lines of CoreNLP's gazette index (each word's entries), checking that every entry is one of
   * its line's two features, filed under the word at its position.
   */
  static CompactGazette fromModel(
      Map<String, Collection<Object>> index, DocumentGazette.Fields fields) {
    // word ids in the order of the words' UTF-8 bytes
    String[] words = index.keySet().toArray(String[]::new);
    byte[][] bytes = new byte[words.length][];
    Integer[] order = new Integer[words.length];
    for (int w = 0; w < words.length; w++) {
      bytes[w] = words[w].getBytes(StandardCharsets.UTF_8);
      order[w] = w;
    }
    Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(bytes[a], bytes[b]));
    Map<String, Integer> ids = new HashMap<>();
    int[] entriesOf = new int[words.length];
    for (int id = 0; id < order.length; id++) {
      ids.put(words[order[id]], id);
      entriesOf[id] = index.get(words[order[id]]).size();
    }

    // a line for each entry CLASS-GAZ at position 0, filed under its word with the fewest entries
    List<Line> found = new ArrayList<>();
    for (Map.Entry<String, Collection<Object>> e : index.entrySet()) {
      for (Object entry : e.getValue()) {
        String[] lineWords = fields.words(entry);
        int loc = fields.loc(entry);
        String feature = fields.feature(entry);
        String c = classOf(feature, lineWords.length);
        if (!lineWords[loc].equals(e.getKey())) {
          throw new IllegalStateException("a gazette entry filed under another word: " + e);
        }
        if (loc == 0 && feature.equals(feature(c))) {
          int[] wordIds = new int[lineWords.length];
          int rarest = 0;
          for (int i = 0; i < lineWords.length; i++) {
            wordIds[i] = ids.get(lineWords[i]);
            if (entriesOf[wordIds[i]] < entriesOf[wordIds[rarest]]) {
              rarest = i;
            }
          }
          found.add(new Line(c, wordIds, wordIds[rarest]));
        }
      }
    }
    found.sort(
        Comparator.comparingInt(Line::filedUnder)
            .thenComparing(Line::c)
            .thenComparing(Line::words, Arrays::compare));
    List<Line> lines = new ArrayList<>(); // each line once: the gazette repeats some
    for (Line line : found) {
      Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
      if (last == null
          || !last.c().equals(line.c())
          || !Arrays.equals(last.words(), line.words())) {
        lines.add(line);
      }
    }
    List<String> classes = lines.stream().map(Line::c).distinct().sorted().toList();
    if (classes.size() > Byte.MAX_VALUE) {
      throw new IllegalStateException("too many gazette classes: " + classes.size());
    }

    int[] wordEnd = new int[words.length];
    int size = 0;
    for (int id = 0; id < order.length; id++) {
      size += bytes[order[id]].length;
      wordEnd[id] = size;
    }
    byte[] wordBytes = new byte[size];
    for (int id = 0; id < order.length; id++) {
      byte[] b = bytes[order[id]];
      System.arraycopy(b, 0, wordBytes, wordEnd[id] - b.length, b.length);
    }
    int[] firstLine = new int[words.length + 1];
    byte[] lineClass = new byte[lines.size()];
    int[] lineEnd = new int[lines.size()];
    int[] lineWords = new int[lines.stream().mapToInt(l -> l.words().length).sum()];
    int k = 0;
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      firstLine[line.filedUnder() + 1]++;
      lineClass[l] = (byte) classes.indexOf(line.c());
      System.arraycopy(line.words(), 0, lineWords, k, line.words().length);
      k += line.words().length;
      lineEnd[l] = k;
    }
    for (int w = 0; w < words.length; w++) {
      firstLine[w + 1] += firstLine[w];
    }
    return new CompactGazette(
        classes.toArray(String[]::new),
        wordBytes,
        wordEnd,
        firstLine,
        lineClass,
        lineEnd,
        lineWords);
  }

  /** The class of a gazette feature of a line of {@code n} words, or an error. */
  private static String classOf(String feature, int n) {
    int at = feature.lastIndexOf("-GAZ");
    if (at > 0) {
      String c = feature.substring(0, at);
      if (feature.equals(feature(c)) || feature.equals(feature(c, n))) {
        return c;
      }
    }
    throw new IllegalStateException("a gazette feature of neither form: " + feature + ", " + n);
  }

  /** Writes the arrays, to be read back by {@link #read}. */
  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(FORMAT);
    data.writeInt(classes.length);
    for (String c : classes) {
      data.writeUTF(c);
    }
    data.writeInt(wordBytes.length);
    data.write(wordBytes);
    writeInts(data, wordEnd);
    writeInts(data, firstLine);
    data.writeInt(lineClass.length);
    data.write(lineClass);
    writeInts(data, lineEnd);
    writeInts(data, lineWords);
    data.flush();
  }

  /** Reads what {@link #write} wrote. */
  static CompactGazette read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int format = data.readInt();
    if (format != FORMAT) {
      throw new IOException("gazette format " + format + ", expected " + FORMAT);
    }
    String[] classes = new String[data.readInt()];
    for (int c = 0; c < classes.length; c++) {
      classes[c] = data.readUTF();
    }
    byte[] wordBytes = data.readNBytes(data.readInt());
    int[] wordEnd = readInts(data);
    int[] firstLine = readInts(data);
    byte[] lineClass = data.readNBytes(data.readInt());
    int[] lineEnd = readInts(data);
    int[] lineWords = readInts(data);
    if (firstLine.length != wordEnd.length + 1 || lineEnd.length != lineClass.length) {
      throw new IOException("gazette arrays of inconsistent lengths");
    }
    return new CompactGazette(
        classes, wordBytes, wordEnd, firstLine, lineClass, lineEnd, lineWords);
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
    buffer.asIntBuffer().put(values);
    out.write(buffer.array());
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    byte[] chunk = new byte[1 << 16];
    ByteBuffer buffer = ByteBuffer.wrap(chunk);
    for (int done = 0; done < values.length; ) {
      int n = Math.min(chunk.length / Integer.BYTES, values.length - done);
      in.readFully(chunk, 0, n * Integer.BYTES);
      buffer.clear();
      buffer.asIntBuffer().get(values, done, n);
      done += n;
    }
    return values;
  }
}
