package org.entente.domain;

/**
 * The order of a list of records known by a name (a party's or a person's name, a negotiation's or
 * an agreement's title): as they were added, or by name either way, ties broken by id.
 */
public enum NameOrder {
  ADDED,
  NAME_ASC,
  NAME_DESC;

  /** Where the record of this name and id stands in this order. */
  public PageRequest.Position positionOf(String name, long id) {
    return new PageRequest.Position(this == ADDED ? null : name, id);
  }
}
