package org.entente.api.graphql;

import java.util.List;
import org.entente.domain.negotiation.Negotiation;
import org.entente.domain.negotiation.NegotiationId;
import org.entente.domain.negotiation.Negotiations;
import org.entente.domain.revision.Committed;
import org.entente.domain.revision.RecordKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A negotiation as it changes: once for each committed change of it or of its steps. */
@Controller
class NegotiationUpdates {

  private final ChangeEvents changeEvents;
  private final Negotiations negotiations;

  NegotiationUpdates(ChangeEvents changeEvents, Negotiations negotiations) {
    this.changeEvents = changeEvents;
    this.negotiations = negotiations;
  }

  @SubscriptionMapping
  Flux<Negotiation> negotiationUpdated(@Argument String id) {
    NegotiationId negotiation = new NegotiationId(GlobalId.keyOf(id, NegotiationController.TYPE));
    return changeEvents
        .changes()
        .filter(
            change ->
                change.subject().equals(RecordKind.NEGOTIATION.typeName())
                    && change.key() == negotiation.value())
        // A change writes several rows; subscribers see the negotiation once per change.
        .map(Committed::transaction)
        .distinctUntilChanged()
        .concatMap(
            transaction ->
                Mono.fromCallable(() -> negotiations.byIds(List.of(negotiation)).get(negotiation))
                    .subscribeOn(Schedulers.boundedElastic()));
  }
}
