--liquibase formatted sql

--changeset entente:0004-meeting-kind-and-status-indexes
create index meeting_kind_idx on meeting (kind);
create index meeting_status_idx on meeting (status);

--changeset entente:0004-step-and-action-party-paths
create index negotiation_step_negotiation_idx on negotiation_step (negotiation_id, ordinal);
create index agreement_action_agreement_idx on agreement_action (agreement_id, ordinal);
create index negotiation_agreement_idx on negotiation (agreement_id);
