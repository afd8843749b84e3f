package org.entente.domain.revision;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The versions and histories of edited records, by kind and key. */
public interface Revisions {

  Map<Long, Revision> of(RecordKind kind, Collection<Long> keys);

  /** Every change of each record, oldest first. */
  Map<Long, List<Change>> history(RecordKind kind, Collection<Long> keys);
}
