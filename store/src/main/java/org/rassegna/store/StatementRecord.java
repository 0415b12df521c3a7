package org.rassegna.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Quotation;

/**
 * One article's version of a statement, attributed to a registered entity.
 *
 * @param storyId the story whose extraction holds it
 * @param groupId the {@link org.rassegna.model.QuotationGroup} it is a variant of
 * @param entityId the registered entity that said it
 * @param day the day of the article it is in, when known
 * @param quotation the quoted words, with their article, span, cue and speaker words
 */
public record StatementRecord(
    String storyId,
    String groupId,
    String entityId,
    @Nullable LocalDate day,
    Quotation quotation) {}
