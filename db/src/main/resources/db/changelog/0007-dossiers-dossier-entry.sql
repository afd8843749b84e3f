--liquibase formatted sql

-- What each dossier imported: the record each of its entries became, by the entry's key. A dossier
-- loaded again under the same name writes only the entries whose keys are not here, so loading it
-- twice leaves one copy; a new entry may refer to an entry imported before. Kept beside the
-- records, not in their audit trail: it says where a record came from, not what it is.

--changeset entente:0007-dossiers-dossier-entry
create table dossier_entry (
  dossier text not null check (btrim(dossier) <> ''),
  kind text not null check (
    kind in ('TOPIC', 'SOURCE', 'PARTY', 'PERSON', 'OFFICE', 'TENURE', 'MEETING', 'AGREEMENT', 'NEGOTIATION')),
  key text not null check (key <> ''),
  record_id bigint not null,
  imported_at timestamptz not null default now(),
  primary key (dossier, kind, key)
);
