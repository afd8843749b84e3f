--liquibase formatted sql

--changeset entente:0010-negotiation-subject-index
-- Negotiations by words of their subject alone (NegotiationFilter.subject); the search column
-- mixes the subject with the title. TextSearch.inSubject repeats this expression.
create index negotiation_subject_search_idx on negotiation
  using gin (to_tsvector('english', coalesce(subject, '')));
