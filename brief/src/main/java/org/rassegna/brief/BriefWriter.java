package org.rassegna.brief;

import java.io.IOException;
import java.io.Writer;
import org.rassegna.model.Brief;

/** Renders a brief in one output format. */
public interface BriefWriter {

  /** The file name this format is written to, e.g. {@code brief.md}. */
  String fileName();

  void write(Brief brief, Writer out) throws IOException;
}
