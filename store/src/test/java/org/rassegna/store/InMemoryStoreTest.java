package org.rassegna.store;

/** The contract on an SQLite store in memory (the one-shot {@code brief}'s). */
class InMemoryStoreTest extends StoreContractTest {

  @Override
  Store openEmpty() {
    return Stores.open(":memory:");
  }

  @Override
  Store reopen() {
    throw new UnsupportedOperationException("an in-memory store cannot be opened again");
  }

  @Override
  boolean persistent() {
    return false;
  }
}
