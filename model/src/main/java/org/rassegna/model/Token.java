package org.rassegna.model;

/**
 * A word.
 *
 * @param span where it stands in the article text
 * @param text its surface form, exactly the characters of {@code span}
 * @param norm its normalised form for matching (a stem or lemma, lower case)
 * @param pos its part of speech as a Universal Dependencies tag ({@code NOUN}, {@code PROPN},
 *     {@code VERB} …), or {@code ""} when the annotator does not tag
 * @param stop whether it is a function word (article, preposition, auxiliary …) that says nothing
 *     about what the article is about
 */
public record Token(Span span, String text, String norm, String pos, boolean stop) {}
