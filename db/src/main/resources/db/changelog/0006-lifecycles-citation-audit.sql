--liquibase formatted sql

--changeset entente:0006-lifecycles-citation-audit splitStatements:false
-- The citations of a negotiation's step or of an agreement's action are parts of the negotiation or
-- the agreement, whose version guards them: file them there in the audit trail, so that its history
-- and the conflicts it reports show who cited what. A citation removed with its step or action (on
-- delete cascade) stays filed under the step or action: the removal of the step itself is what the
-- negotiation's history shows.
create function audit_citation_of_part() returns trigger language plpgsql as $$
declare
  cited citation;
  filed_type text;
  filed_id bigint;
begin
  if tg_op = 'DELETE' then
    cited := old;
  else
    cited := new;
  end if;
  if cited.negotiation_step_id is not null then
    select 'Negotiation', negotiation_id into filed_type, filed_id
      from negotiation_step where id = cited.negotiation_step_id;
    if not found then
      filed_type := 'NegotiationStep';
      filed_id := cited.negotiation_step_id;
    end if;
  elsif cited.agreement_action_id is not null then
    select 'Agreement', agreement_id into filed_type, filed_id
      from agreement_action where id = cited.agreement_action_id;
    if not found then
      filed_type := 'AgreementAction';
      filed_id := cited.agreement_action_id;
    end if;
  else
    return null;
  end if;
  insert into audit_event (actor, subject_type, subject_id, table_name, operation, before, after)
  values (coalesce(nullif(current_setting('entente.actor', true), ''), 'system'),
          filed_type, filed_id, tg_table_name, tg_op,
          case when tg_op <> 'INSERT' then to_jsonb(old) end,
          case when tg_op <> 'DELETE' then to_jsonb(new) end);
  return null;
end $$;

drop trigger citation_audit on citation;
create trigger citation_audit after insert or update or delete on citation
  for each row execute function audit(
    'Meeting', 'meeting_id', 'Statement', 'statement_id', 'Tenure', 'tenure_id',
    'Negotiation', 'negotiation_id', 'Agreement', 'agreement_id');
create trigger citation_of_part_audit after insert or update or delete on citation
  for each row execute function audit_citation_of_part();
