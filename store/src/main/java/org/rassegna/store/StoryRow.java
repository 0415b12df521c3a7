package org.rassegna.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a story list.
 *
 * @param storylineId the storyline it belongs to, when one was stored
 * @param firstDay the earliest day of its articles, when any is dated
 * @param lastDay the latest day of its articles, when any is dated
 * @param articles how many articles it has
 * @param sources how many independent source groups its articles form
 * @param headline its brief's headline, once a brief was stored
 * @param revision the store-wide revision of its last change (larger is newer)
 */
public record StoryRow(
    String id,
    @Nullable String storylineId,
    @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay,
    int articles,
    int sources,
    @Nullable String headline,
    long revision) {}
