--liquibase formatted sql

-- A date known to the day, the month, the year or not at all is stored as its precision and the
-- interval it covers (<name>_from .. <name>_to, both inclusive); an unknown date has no interval.
-- Comparisons and indexes work on the interval, so a month compares as the days it spans.

--changeset entente:0001-extensions
create extension if not exists pg_trgm;
create extension if not exists btree_gist;

--changeset entente:0001-vocabularies
create table date_precision (code text primary key);
create table party_kind (code text primary key, label text not null);
create table meeting_kind (code text primary key, label text not null);
create table meeting_status (code text primary key);
create table participant_role (code text primary key, label text not null);
create table statement_kind (code text primary key);
create table negotiation_step_kind (code text primary key);
create table agreement_kind (code text primary key, label text not null);
create table agreement_action_kind (code text primary key);
create table target_date_kind (code text primary key);

--changeset entente:0001-region
create table region (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (btrim(name) <> '')
);

--changeset entente:0001-party
create table party (
  id bigint generated always as identity primary key,
  kind text not null references party_kind,
  name text not null check (btrim(name) <> ''),
  short_name text check (btrim(short_name) <> ''),
  iso_alpha2 text unique check (iso_alpha2 ~ '^[A-Z]{2}$'),
  iso_alpha3 text unique check (iso_alpha3 ~ '^[A-Z]{3}$'),
  iso_numeric text unique check (iso_numeric ~ '^[0-9]{3}$'),
  parent_id bigint references party,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('simple', name || ' ' || coalesce(short_name, ''))) stored,
  constraint party_iso_codes_only_for_states
    check (kind = 'STATE' or num_nonnulls(iso_alpha2, iso_alpha3, iso_numeric) = 0),
  constraint party_institution_has_parent check (kind <> 'INSTITUTION' or parent_id is not null),
  constraint party_not_own_parent check (parent_id <> id)
);
create index party_parent_idx on party (parent_id);
create index party_kind_idx on party (kind, id);
create index party_updated_idx on party (updated_at, id);
create index party_search_idx on party using gin (search);
create index party_name_trgm_idx on party using gin (name gin_trgm_ops);

create table party_region (
  party_id bigint not null references party on delete cascade,
  region_id bigint not null references region,
  primary key (party_id, region_id)
);
create index party_region_region_idx on party_region (region_id, party_id);

--changeset entente:0001-person
create table person (
  id bigint generated always as identity primary key,
  name text not null check (btrim(name) <> ''),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('simple', name)) stored
);
create index person_updated_idx on person (updated_at, id);
create index person_search_idx on person using gin (search);
create index person_name_trgm_idx on person using gin (name gin_trgm_ops);

-- Other spellings and transliterations of a person's name, including misspellings seen in sources.
create table person_alias (
  person_id bigint not null references person on delete cascade,
  alias text not null check (btrim(alias) <> ''),
  primary key (person_id, alias)
);
create index person_alias_trgm_idx on person_alias using gin (alias gin_trgm_ops);

--changeset entente:0001-office
create table office (
  id bigint generated always as identity primary key,
  name text not null check (btrim(name) <> ''),
  party_id bigint not null references party,
  single_holder boolean not null,
  updated_at timestamptz not null default now(),
  -- Lets tenure carry single_holder through a foreign key, so its exclusion constraint can use it.
  unique (id, single_holder)
);
create index office_party_idx on office (party_id, id);
create index office_updated_idx on office (updated_at, id);
create index office_name_trgm_idx on office using gin (name gin_trgm_ops);

--changeset entente:0001-tenure
create table tenure (
  id bigint generated always as identity primary key,
  person_id bigint not null references person,
  office_id bigint not null,
  single_holder boolean not null,
  start_precision text not null references date_precision,
  start_from date,
  start_to date,
  -- No end at all means still in office; an end of precision UNKNOWN means it ended, date unknown.
  end_precision text references date_precision,
  end_from date,
  end_to date,
  foreign key (office_id, single_holder) references office (id, single_holder) on update cascade,
  check ((start_precision = 'UNKNOWN') = (start_from is null) and (start_from is null) = (start_to is null) and start_from <= start_to),
  check ((end_precision is null or end_precision = 'UNKNOWN') = (end_from is null) and (end_from is null) = (end_to is null) and end_from <= end_to),
  check (start_to <= end_from),
  -- Two holders of a single-holder office may not certainly overlap. Bounds known only to the
  -- month or year count by the part they certainly cover; unknown bounds cannot prove an overlap.
  constraint tenure_single_holder_no_overlap exclude using gist (
    office_id with =,
    daterange(start_to, end_from, '[]') with &&
  ) where (single_holder and start_precision <> 'UNKNOWN' and end_precision is distinct from 'UNKNOWN')
);
create index tenure_person_idx on tenure (person_id);
create index tenure_office_idx on tenure (office_id, start_from);

--changeset entente:0001-topic
create table topic (
  id bigint generated always as identity primary key,
  code text not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (btrim(name) <> ''),
  parent_id bigint references topic,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('english', name)) stored,
  check (parent_id <> id)
);
create index topic_parent_idx on topic (parent_id);
create index topic_search_idx on topic using gin (search);
create index topic_name_trgm_idx on topic using gin (name gin_trgm_ops);

create table topic_alias (
  topic_id bigint not null references topic on delete cascade,
  alias text not null check (btrim(alias) <> ''),
  primary key (topic_id, alias)
);
create index topic_alias_trgm_idx on topic_alias using gin (alias gin_trgm_ops);

--changeset entente:0001-source
create table source (
  id bigint generated always as identity primary key,
  publisher text not null check (btrim(publisher) <> ''),
  title text not null check (btrim(title) <> ''),
  url text check (url ~ '^https?://'),
  language text check (language ~ '^[a-z]{2,3}$'),
  published_precision text not null references date_precision,
  published_from date,
  published_to date,
  retrieved_on date,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('simple', publisher || ' ' || title)) stored,
  check ((published_precision = 'UNKNOWN') = (published_from is null) and (published_from is null) = (published_to is null) and published_from <= published_to)
);
create index source_updated_idx on source (updated_at, id);
create index source_search_idx on source using gin (search);

--changeset entente:0001-meeting
create table meeting (
  id bigint generated always as identity primary key,
  title text not null check (btrim(title) <> ''),
  kind text not null references meeting_kind,
  status text not null references meeting_status,
  date_precision text not null references date_precision,
  date_from date,
  date_to date,
  city text check (btrim(city) <> ''),
  country_id bigint references party,
  summary text,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(city, '') || ' ' || coalesce(summary, '')), 'B')
  ) stored,
  check ((date_precision = 'UNKNOWN') = (date_from is null) and (date_from is null) = (date_to is null) and date_from <= date_to)
);
create index meeting_date_idx on meeting (date_from, id);
create index meeting_country_idx on meeting (country_id);
create index meeting_updated_idx on meeting (updated_at, id);
create index meeting_search_idx on meeting using gin (search);

-- The sides of a meeting, also when nobody who took part is known by name.
create table meeting_party (
  meeting_id bigint not null references meeting on delete cascade,
  party_id bigint not null references party,
  primary key (meeting_id, party_id)
);
create index meeting_party_party_idx on meeting_party (party_id, meeting_id);

create table participant (
  id bigint generated always as identity primary key,
  meeting_id bigint not null references meeting on delete cascade,
  ordinal int not null,
  person_id bigint not null references person,
  role text not null references participant_role,
  office_id bigint references office,
  party_id bigint not null references party,
  unique (meeting_id, person_id),
  unique (meeting_id, ordinal)
);
create index participant_person_idx on participant (person_id, meeting_id);
create index participant_office_idx on participant (office_id);
create index participant_party_idx on participant (party_id);

create table meeting_topic (
  meeting_id bigint not null references meeting on delete cascade,
  topic_id bigint not null references topic,
  primary key (meeting_id, topic_id)
);
create index meeting_topic_topic_idx on meeting_topic (topic_id, meeting_id);

create table outcome (
  id bigint generated always as identity primary key,
  meeting_id bigint not null references meeting on delete cascade,
  ordinal int not null,
  text text not null check (btrim(text) <> ''),
  unique (meeting_id, ordinal)
);

--changeset entente:0001-statement
create table statement (
  id bigint generated always as identity primary key,
  meeting_id bigint not null references meeting on delete cascade,
  ordinal int not null,
  person_id bigint not null references person,
  kind text not null references statement_kind,
  text text not null check (btrim(text) <> ''),
  updated_at timestamptz not null default now(),
  search tsvector generated always as (to_tsvector('english', text)) stored,
  unique (meeting_id, ordinal)
);
create index statement_person_idx on statement (person_id);
create index statement_search_idx on statement using gin (search);

create table statement_topic (
  statement_id bigint not null references statement on delete cascade,
  topic_id bigint not null references topic,
  primary key (statement_id, topic_id)
);
create index statement_topic_topic_idx on statement_topic (topic_id, statement_id);

--changeset entente:0001-agreement
create table agreement (
  id bigint generated always as identity primary key,
  title text not null check (btrim(title) <> ''),
  short_title text check (btrim(short_title) <> ''),
  kind text not null references agreement_kind,
  replaces_id bigint references agreement,
  -- The region in which this was the first agreement of its kind, where a source says so.
  first_in_region_id bigint references region,
  summary text,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', title || ' ' || coalesce(short_title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
  ) stored,
  check (replaces_id <> id)
);
create index agreement_kind_idx on agreement (kind, id);
create index agreement_replaces_idx on agreement (replaces_id);
create index agreement_updated_idx on agreement (updated_at, id);
create index agreement_search_idx on agreement using gin (search);

create table agreement_party (
  agreement_id bigint not null references agreement on delete cascade,
  party_id bigint not null references party,
  primary key (agreement_id, party_id)
);
create index agreement_party_party_idx on agreement_party (party_id, agreement_id);

create table agreement_action (
  id bigint generated always as identity primary key,
  agreement_id bigint not null references agreement on delete cascade,
  ordinal int not null,
  kind text not null references agreement_action_kind,
  -- The party whose act this is; none when the act is the agreement's own (entry into force for all).
  party_id bigint references party,
  person_id bigint references person,
  date_precision text not null references date_precision,
  date_from date,
  date_to date,
  -- The date the act takes effect, where it differs from the date it was taken.
  effective_precision text references date_precision,
  effective_from date,
  effective_to date,
  city text check (btrim(city) <> ''),
  country_id bigint references party,
  note text,
  unique (agreement_id, ordinal),
  foreign key (agreement_id, party_id) references agreement_party (agreement_id, party_id),
  check ((date_precision = 'UNKNOWN') = (date_from is null) and (date_from is null) = (date_to is null) and date_from <= date_to),
  check ((effective_precision is null or effective_precision = 'UNKNOWN') = (effective_from is null) and (effective_from is null) = (effective_to is null) and effective_from <= effective_to)
);
create index agreement_action_party_idx on agreement_action (party_id);
create index agreement_action_person_idx on agreement_action (person_id);
create index agreement_action_date_idx on agreement_action (kind, date_from);

--changeset entente:0001-negotiation
create table negotiation (
  id bigint generated always as identity primary key,
  title text not null check (btrim(title) <> ''),
  subject text,
  -- The agreement the negotiation produced, once there is one.
  agreement_id bigint unique references agreement,
  target_kind text not null references target_date_kind,
  target_precision text references date_precision,
  target_from date,
  target_to date,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(subject, '')), 'B')
  ) stored,
  check ((target_kind = 'SET') = (target_from is not null) and (target_from is null) = (target_to is null)
         and (target_from is null) = (target_precision is null) and target_from <= target_to)
);
create index negotiation_updated_idx on negotiation (updated_at, id);
create index negotiation_search_idx on negotiation using gin (search);

create table negotiation_party (
  negotiation_id bigint not null references negotiation on delete cascade,
  party_id bigint not null references party,
  -- Who negotiates for the party, e.g. the European Commission for the EU.
  negotiator_id bigint references party,
  primary key (negotiation_id, party_id),
  check (negotiator_id <> party_id)
);
create index negotiation_party_party_idx on negotiation_party (party_id, negotiation_id);

create table negotiation_topic (
  negotiation_id bigint not null references negotiation on delete cascade,
  topic_id bigint not null references topic,
  primary key (negotiation_id, topic_id)
);
create index negotiation_topic_topic_idx on negotiation_topic (topic_id, negotiation_id);

create table negotiation_step (
  id bigint generated always as identity primary key,
  negotiation_id bigint not null references negotiation on delete cascade,
  ordinal int not null,
  kind text not null references negotiation_step_kind,
  date_precision text not null references date_precision,
  date_from date,
  date_to date,
  meeting_id bigint references meeting,
  round_number int check (round_number > 0),
  authorised_by_id bigint references party,
  authorised_id bigint references party,
  directives text,
  note text,
  unique (negotiation_id, ordinal),
  check ((date_precision = 'UNKNOWN') = (date_from is null) and (date_from is null) = (date_to is null) and date_from <= date_to),
  check ((kind = 'ROUND_HELD') = (round_number is not null)),
  check (kind = 'MANDATE_GRANTED' or num_nonnulls(authorised_by_id, authorised_id, directives) = 0)
);
create index negotiation_step_meeting_idx on negotiation_step (meeting_id);
create index negotiation_step_date_idx on negotiation_step (kind, date_from);

--changeset entente:0001-identifier
-- Names that other systems give to our records (ISO 3166, Wikidata, UN Treaty Series, CELEX).
-- Exactly one owner column is set, so every identifier has a real foreign key.
create table identifier (
  id bigint generated always as identity primary key,
  scheme text not null check (scheme ~ '^[A-Z][A-Z0-9_]*$'),
  value text not null check (btrim(value) <> ''),
  party_id bigint references party on delete cascade,
  person_id bigint references person on delete cascade,
  office_id bigint references office on delete cascade,
  agreement_id bigint references agreement on delete cascade,
  unique (scheme, value),
  check (num_nonnulls(party_id, person_id, office_id, agreement_id) = 1)
);
create index identifier_party_idx on identifier (party_id) where party_id is not null;
create index identifier_person_idx on identifier (person_id) where person_id is not null;
create index identifier_office_idx on identifier (office_id) where office_id is not null;
create index identifier_agreement_idx on identifier (agreement_id) where agreement_id is not null;

--changeset entente:0001-citation
-- A source supporting one fact. Exactly one subject column is set, each with a real foreign key.
create table citation (
  id bigint generated always as identity primary key,
  source_id bigint not null references source,
  passage text check (btrim(passage) <> ''),
  meeting_id bigint references meeting on delete cascade,
  statement_id bigint references statement on delete cascade,
  tenure_id bigint references tenure on delete cascade,
  negotiation_id bigint references negotiation on delete cascade,
  negotiation_step_id bigint references negotiation_step on delete cascade,
  agreement_id bigint references agreement on delete cascade,
  agreement_action_id bigint references agreement_action on delete cascade,
  check (num_nonnulls(meeting_id, statement_id, tenure_id, negotiation_id, negotiation_step_id, agreement_id, agreement_action_id) = 1)
);
create index citation_source_idx on citation (source_id);
create index citation_meeting_idx on citation (meeting_id) where meeting_id is not null;
create index citation_statement_idx on citation (statement_id) where statement_id is not null;
create index citation_tenure_idx on citation (tenure_id) where tenure_id is not null;
create index citation_negotiation_idx on citation (negotiation_id) where negotiation_id is not null;
create index citation_negotiation_step_idx on citation (negotiation_step_id) where negotiation_step_id is not null;
create index citation_agreement_idx on citation (agreement_id) where agreement_id is not null;
create index citation_agreement_action_idx on citation (agreement_action_id) where agreement_action_id is not null;
