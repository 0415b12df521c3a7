package org.rassegna.brief;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;
import org.rassegna.model.Brief;
import org.rassegna.model.Published;

/** The brief as JSON: the {@link Brief} record tree, field for field, indented. */
public final class JsonBriefWriter implements BriefWriter {

  private final ObjectMapper json =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).registerModule(module());

  /** How the brief's records are written: publication times as their ISO-8601 text. */
  public static SimpleModule module() {
    return new SimpleModule().addSerializer(new PublishedSerializer());
  }

  @Override
  public String fileName() {
    return "brief.json";
  }

  @Override
  public void write(Brief brief, Writer out) throws IOException {
    json.writeValue(out, brief);
  }

  /** A publication time is its ISO-8601 text. */
  private static final class PublishedSerializer extends StdSerializer<Published> {
    private static final long serialVersionUID = 1L;

    PublishedSerializer() {
      super(Published.class);
    }

    @Override
    public void serialize(Published value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.iso());
    }
  }
}
