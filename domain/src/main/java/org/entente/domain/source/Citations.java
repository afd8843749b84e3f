package org.entente.domain.source;

import java.util.Collection;
import java.util.Map;

/**
 * The citations that tie facts to their sources, changed one at a time. Each change is checked
 * against the version of the record it changes: the cited record itself, or for a step of a
 * negotiation or an action on an agreement, the negotiation or agreement.
 */
public interface Citations {

  Map<CitationId, Citation> byIds(Collection<CitationId> ids);

  /** The record each citation supports. */
  Map<CitationId, CitedRecord> subjects(Collection<CitationId> ids);

  /** Cites {@code citation}'s source for {@code subject}, if its record is still at version. */
  CitationId attach(CitedRecord subject, long version, Citation citation);

  /**
   * Removes a citation, if its record is still at {@code version}; a fact that must be cited keeps
   * its last one. Answers the record it supported.
   */
  CitedRecord detach(CitationId id, long version);
}
