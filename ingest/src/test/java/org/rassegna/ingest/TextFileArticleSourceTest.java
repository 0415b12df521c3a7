package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

class TextFileArticleSourceTest extends ArticleSourceContract {

  private static final String ITALIAN = "Perché la città è già più sicura: l'85% dice sì.\n";

  @Override
  protected ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), ITALIAN);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    return new PathArticleSource(dir, IngestLimits.DEFAULT);
  }

  @Override
  protected int goodItems() {
    return 1;
  }

  @Override
  protected int badItems() {
    return 1; // the empty file; the .bin file is not an article format, so it is ignored
  }

  private Article readOne(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Ingest.Result c = read(new TextFileArticleSource(file, IngestLimits.DEFAULT));
    assertThat(c.skipped()).isEmpty();
    assertThat(c.articles()).hasSize(1);
    return c.articles().get(0);
  }

  private Skipped skipOne(String name, byte[] bytes, IngestLimits limits) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Ingest.Result c = read(new TextFileArticleSource(file, limits));
    assertThat(c.articles()).isEmpty();
    assertThat(c.skipped()).hasSize(1);
    return c.skipped().get(0);
  }

  @Test
  void theFileNameIsTheIdAndTheSource() throws Exception {
    Article a = readOne("000_c383.txt", ITALIAN.getBytes(StandardCharsets.UTF_8));
    assertThat(a.id()).isEqualTo("000_c383");
    assertThat(a.source()).isEqualTo("000_c383.txt");
    assertThat(a.text()).isEqualTo(ITALIAN);
    assertThat(a.published()).isNull();
  }

  @Test
  void aLeadingDateLikeTheSeedsIsReadAndRemoved() throws Exception {
    String seed = " date 2025-02 Donald Trump ha annunciato su Truth che lui e Putin\n\nAltro.";
    Article a = readOne("003.txt", seed.getBytes(StandardCharsets.UTF_8));
    assertThat(a.published()).isEqualTo(new Published("2025-02"));
    assertThat(a.text()).startsWith("Donald Trump ha annunciato").endsWith("Altro.");
  }

  @Test
  void metadataLinesOfTheirOwnAreRead() throws Exception {
    String text = "title: Il Cremlino conferma\ndate: 2025-02-12\nIl testo.";
    Article a = readOne("a.txt", text.getBytes(StandardCharsets.UTF_8));
    assertThat(a.title()).isEqualTo("Il Cremlino conferma");
    assertThat(a.published()).isEqualTo(new Published("2025-02-12"));
    assertThat(a.text()).isEqualTo("Il testo.");
  }

  @Test
  void wordsThatOnlyLookLikeMetadataStayInTheText() throws Exception {
    String text = "Date le circostanze, il governo tace.";
    assertThat(readOne("a.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
  }

  @Test
  void utf8WithAByteOrderMarkLosesTheMark() throws Exception {
    byte[] body = ITALIAN.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(readOne("bom.txt", bytes).text()).isEqualTo(ITALIAN);
  }

  @Test
  void windows1252AndLatin1KeepTheirAccents() throws Exception {
    Article cp1252 =
        readOne("cp1252.txt", "“Sì”, disse – è così.\n".getBytes(Charset.forName("windows-1252")));
    assertThat(cp1252.text()).isEqualTo("“Sì”, disse – è così.\n");
    Article latin1 = readOne("latin1.txt", ITALIAN.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.text()).isEqualTo(ITALIAN);
  }

  @Test
  void emptyAndBlankFilesAreSkipped() throws Exception {
    assertThat(skipOne("empty.txt", new byte[0], IngestLimits.DEFAULT).reason())
        .startsWith("empty");
    byte[] blank = " \n\t\n".getBytes(StandardCharsets.UTF_8);
    assertThat(skipOne("blank.txt", blank, IngestLimits.DEFAULT).reason()).startsWith("empty");
  }

  @Test
  void binaryFilesAreSkipped() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    assertThat(skipOne("image.txt", png, IngestLimits.DEFAULT).reason()).startsWith("binary");
  }

  @Test
  void filesOverTheLimitAreSkipped() throws Exception {
    byte[] text = ITALIAN.repeat(10).getBytes(StandardCharsets.UTF_8);
    assertThat(skipOne("big.txt", text, new IngestLimits(100)).reason()).startsWith("too large");
  }
}
