package org.rassegna.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement as several articles quote it, in their own translations or cuts: each variant with
 * its article (in the quotation) and the entity it is attributed to.
 *
 * @param id stable within a run
 * @param speakerEntityId the entity most variants attribute it to, or {@code null} when none is
 *     known
 * @param variants at least one, in article then text order
 */
public record QuotationGroup(
    String id, @Nullable String speakerEntityId, List<QuotationGroup.Variant> variants) {

  /**
   * One article's version of the statement.
   *
   * @param quotation the quoted words, with their article, span and speaker words
   * @param speakerEntityId the entity the speaker words name, or {@code null} when unknown
   */
  public record Variant(Quotation quotation, @Nullable String speakerEntityId) {}

  public QuotationGroup {
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("quotation group " + id + " has no variants");
    }
    variants = List.copyOf(variants);
  }
}
