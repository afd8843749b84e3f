--liquibase formatted sql

-- Writes through the API: every record that can be edited carries a version for optimistic
-- concurrency, and every change to the record lands in an append-only audit trail written by the
-- database itself, so no write path (API, import, console) can skip it.

--changeset entente:0005-versions
alter table party add column version bigint not null default 1;
alter table person add column version bigint not null default 1;
alter table office add column version bigint not null default 1;
alter table tenure add column version bigint not null default 1;
alter table topic add column version bigint not null default 1;
alter table source add column version bigint not null default 1;
alter table meeting add column version bigint not null default 1;
alter table statement add column version bigint not null default 1;
alter table negotiation add column version bigint not null default 1;
alter table agreement add column version bigint not null default 1;
alter table tenure add column updated_at timestamptz not null default now();

-- Retired records stay readable by ID (others point at them) but leave lists and search.
alter table party add column retired_at timestamptz;
alter table person add column retired_at timestamptz;
alter table office add column retired_at timestamptz;
alter table tenure add column retired_at timestamptz;
alter table topic add column retired_at timestamptz;
alter table source add column retired_at timestamptz;

--changeset entente:0005-touch splitStatements:false
-- Any update of a record's row is a new version of it; a change to its parts touches the row.
create function touch() returns trigger language plpgsql as $$
begin
  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end $$;

create trigger party_touch before update on party for each row execute function touch();
create trigger person_touch before update on person for each row execute function touch();
create trigger office_touch before update on office for each row execute function touch();
create trigger tenure_touch before update on tenure for each row execute function touch();
create trigger topic_touch before update on topic for each row execute function touch();
create trigger source_touch before update on source for each row execute function touch();
create trigger meeting_touch before update on meeting for each row execute function touch();
create trigger statement_touch before update on statement for each row execute function touch();
create trigger negotiation_touch before update on negotiation for each row execute function touch();
create trigger agreement_touch before update on agreement for each row execute function touch();

--changeset entente:0005-audit-event splitStatements:false
-- One row per changed table row, filed under the record (the API's node) it belongs to.
create table audit_event (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  transaction_id bigint not null default txid_current(),
  -- The API key's name, or 'system' for the demo loader and the console.
  actor text not null,
  subject_type text not null,
  subject_id bigint not null,
  table_name text not null,
  operation text not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
  before jsonb,
  after jsonb
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, id);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
  for each statement execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_is_append_only();

-- TG_ARGV: the subject's type, and the column of the row that holds the subject's ID; a third
-- argument names further (type, column) pairs for tables that belong to one of several subjects.
create function audit() returns trigger language plpgsql as $$
declare
  row_before jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'search' end;
  row_after jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'search' end;
  row_any jsonb := coalesce(row_after, row_before);
  i int := 0;
begin
  while i < tg_nargs loop
    if row_any ->> tg_argv[i + 1] is not null then
      insert into audit_event (actor, subject_type, subject_id, table_name, operation, before, after)
      values (coalesce(nullif(current_setting('entente.actor', true), ''), 'system'),
              tg_argv[i], (row_any ->> tg_argv[i + 1])::bigint, tg_table_name, tg_op,
              row_before, row_after);
      return null;
    end if;
    i := i + 2;
  end loop;
  return null;
end $$;

create trigger party_audit after insert or update or delete on party
  for each row execute function audit('Party', 'id');
create trigger party_region_audit after insert or update or delete on party_region
  for each row execute function audit('Party', 'party_id');
create trigger person_audit after insert or update or delete on person
  for each row execute function audit('Person', 'id');
create trigger person_alias_audit after insert or update or delete on person_alias
  for each row execute function audit('Person', 'person_id');
create trigger office_audit after insert or update or delete on office
  for each row execute function audit('Office', 'id');
create trigger tenure_audit after insert or update or delete on tenure
  for each row execute function audit('Tenure', 'id');
create trigger topic_audit after insert or update or delete on topic
  for each row execute function audit('Topic', 'id');
create trigger topic_alias_audit after insert or update or delete on topic_alias
  for each row execute function audit('Topic', 'topic_id');
create trigger source_audit after insert or update or delete on source
  for each row execute function audit('Source', 'id');
create trigger meeting_audit after insert or update or delete on meeting
  for each row execute function audit('Meeting', 'id');
create trigger meeting_party_audit after insert or update or delete on meeting_party
  for each row execute function audit('Meeting', 'meeting_id');
create trigger participant_audit after insert or update or delete on participant
  for each row execute function audit('Meeting', 'meeting_id');
create trigger meeting_topic_audit after insert or update or delete on meeting_topic
  for each row execute function audit('Meeting', 'meeting_id');
create trigger outcome_audit after insert or update or delete on outcome
  for each row execute function audit('Meeting', 'meeting_id');
create trigger statement_audit after insert or update or delete on statement
  for each row execute function audit('Statement', 'id');
create trigger statement_topic_audit after insert or update or delete on statement_topic
  for each row execute function audit('Statement', 'statement_id');
create trigger negotiation_audit after insert or update or delete on negotiation
  for each row execute function audit('Negotiation', 'id');
create trigger negotiation_party_audit after insert or update or delete on negotiation_party
  for each row execute function audit('Negotiation', 'negotiation_id');
create trigger negotiation_topic_audit after insert or update or delete on negotiation_topic
  for each row execute function audit('Negotiation', 'negotiation_id');
create trigger negotiation_step_audit after insert or update or delete on negotiation_step
  for each row execute function audit('Negotiation', 'negotiation_id');
create trigger agreement_audit after insert or update or delete on agreement
  for each row execute function audit('Agreement', 'id');
create trigger agreement_party_audit after insert or update or delete on agreement_party
  for each row execute function audit('Agreement', 'agreement_id');
create trigger agreement_action_audit after insert or update or delete on agreement_action
  for each row execute function audit('Agreement', 'agreement_id');
create trigger identifier_audit after insert or update or delete on identifier
  for each row execute function audit(
    'Party', 'party_id', 'Person', 'person_id', 'Office', 'office_id', 'Agreement', 'agreement_id');
-- A citation of a step or an action is filed under the step's negotiation or the action's
-- agreement through the step's own row; here it is filed under what it cites directly.
create trigger citation_audit after insert or update or delete on citation
  for each row execute function audit(
    'Meeting', 'meeting_id', 'Statement', 'statement_id', 'Tenure', 'tenure_id',
    'Negotiation', 'negotiation_id', 'NegotiationStep', 'negotiation_step_id',
    'Agreement', 'agreement_id', 'AgreementAction', 'agreement_action_id');

--changeset entente:0005-api-key
-- Keys are shown once at creation; only their SHA-256 is kept.
create table api_key (
  id bigint generated always as identity primary key,
  name text not null unique check (btrim(name) <> ''),
  role text not null check (role in ('READER', 'EDITOR', 'ADMIN')),
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  check (expires_at > created_at)
);

--changeset entente:0005-idempotency-key
-- A partner's retry of a mutation with the same key answers from here instead of writing again.
-- The row is written in the mutation's own transaction, so it exists exactly when the write does.
create table idempotency_key (
  actor text not null,
  key text not null check (length(key) between 1 and 200),
  operation text not null,
  request_hash text not null,
  result jsonb not null,
  created_at timestamptz not null default now(),
  primary key (actor, key, operation)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
