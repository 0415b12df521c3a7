package org.rassegna.model;

/**
 * An input item that could not be read as an article: reported and counted, never fatal.
 *
 * @param item the file, line or record, as the user can find it ({@code file.jsonl:17})
 * @param reason why, in words
 */
public record Skipped(String item, String reason) {}
