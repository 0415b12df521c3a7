package org.rassegna.model;

/** The kinds of named entity recognised (those of the Italian news NER data, KIND). */
public enum EntityType {
  PER,
  ORG,
  LOC
}
