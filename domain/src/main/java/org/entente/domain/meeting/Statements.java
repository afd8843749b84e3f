package org.entente.domain.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.entente.domain.person.PersonId;

/** All statements on record, in the order they were made. */
public interface Statements {

  Map<StatementId, Statement> byIds(Collection<StatementId> ids);

  Map<MeetingId, List<Statement>> madeAt(Collection<MeetingId> meetings);

  Map<PersonId, List<Statement>> madeBy(Collection<PersonId> people);
}
