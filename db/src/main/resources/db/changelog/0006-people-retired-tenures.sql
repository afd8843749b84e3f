--liquibase formatted sql

-- A retired tenure was recorded by mistake: nobody held the office by it, so it no longer keeps
-- another holder of a single-holder office out (the rule OfficeHolders.checkNoOverlap applies to
-- the tenures on record, which leave retired ones out).

--changeset entente:0006-people-retired-tenures-do-not-overlap
alter table tenure drop constraint tenure_single_holder_no_overlap;
alter table tenure add constraint tenure_single_holder_no_overlap exclude using gist (
  office_id with =,
  daterange(start_to, end_from, '[]') with &&
) where (single_holder and retired_at is null and start_precision <> 'UNKNOWN' and end_precision is distinct from 'UNKNOWN');
