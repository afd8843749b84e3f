package org.entente.domain.source;

import java.util.Collection;
import java.util.Map;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** All sources on record. */
public interface Sources {

  Map<SourceId, Source> byIds(Collection<SourceId> ids);

  Page<Source> page(PageRequest request);

  int count();

  /** Records a new source; the record draws its ID. */
  SourceId add(Source source);

  /** Replaces what is recorded of the source, if it is still at {@code version}. */
  void replace(Source source, long version);

  /**
   * Takes the source out of lists and search; it stays readable by ID and behind every citation.
   */
  void retire(SourceId id, long version);
}
