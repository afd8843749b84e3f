package org.entente.domain.timeline;

import java.util.Collection;
import java.util.List;
import org.entente.domain.Page;
import org.entente.domain.PageRequest;

/** Every event on record as one stream in date order (unknown dates last), ties by kind and id. */
public interface Timeline {

  /**
   * A page of the events. When {@code counting}, a first page also tells how many events match in
   * all, counted in the same pass; a page past a cursor cannot, and leaves that to {@link #count}.
   */
  Page<TimelineEntry> find(
      TimelineFilter filter, boolean descending, PageRequest page, boolean counting);

  int count(TimelineFilter filter);

  /** The events of this kind with these keys that the filter lets through. */
  List<TimelineEntry> among(TimelineFilter filter, TimelineEntry.Kind kind, Collection<Long> keys);

  /** The events of each year with a known date, oldest first. */
  List<YearCount> countByYear(TimelineFilter filter);
}
