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
}
