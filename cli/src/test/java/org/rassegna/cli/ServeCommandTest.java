package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void helpDescribesEveryOption() {
    CliRun.assertDescribed(new CommandLine(new Main()).getSubcommands().get("serve"));
  }

  @Test
  void aBadPortIsWrongUsage() {
    CommandLine cli = new CommandLine(new ServeCommand());
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("--db", dir.resolve("x.db").toString(), "--port", "70000")).isEqualTo(2);
  }

  @Test
  void servesAnEmptyStoreOnLoopbackUntilStopped() throws Exception {
    ServeCommand serve = new ServeCommand();
    CommandLine cli = new CommandLine(serve);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    int[] exit = {-1};
    Thread t =
        new Thread(
            () -> exit[0] = cli.execute("--db", dir.resolve("empty.db").toString(), "--port", "0"));
    t.start();
    for (int i = 0; i < 600 && serve.listening == 0 && t.isAlive(); i++) {
      Thread.sleep(50);
    }
    assertThat(serve.listening).isPositive();
    assertThat(out.toString()).contains("http://127.0.0.1:" + serve.listening + "/");
    var r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serve.listening + "/api/stories"))
                    .build(),
                BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"total\":0");
    // without --token the server takes no writes
    var post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serve.listening + "/api/articles"))
                    .header("Authorization", "Bearer null")
                    .POST(HttpRequest.BodyPublishers.ofString("[]"))
                    .build(),
                BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(401);
    serve.stop.countDown();
    t.join(10_000);
    assertThat(exit[0]).isZero();
  }
}
