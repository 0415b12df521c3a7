package org.rassegna.spark;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The encoding of the records that cross the job's shuffles and outputs: Jackson JSON, the form the
 * store keeps them in (the model's records are not {@link java.io.Serializable}).
 */
final class Json {

  /** Days as ISO text ({@code ArticleDay}'s days): Jackson has no {@code java.time} by default. */
  private static final SimpleModule DAYS =
      new SimpleModule()
          .addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class))
          .addDeserializer(
              LocalDate.class,
              new FromStringDeserializer<LocalDate>(LocalDate.class) {
                @Override
                protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                  return LocalDate.parse(value);
                }
              });

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(DAYS)
          .build();

  private Json() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("cannot read a " + type.getSimpleName(), e);
    }
  }
}
