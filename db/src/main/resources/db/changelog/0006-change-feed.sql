--liquibase formatted sql

--changeset entente:0006-change-feed splitStatements:false
-- Every audited row also announces itself on the channel entente_changes, as
-- subject|subject id|table|operation|row id|transaction, for subscriptions on any server.
create or replace function audit() returns trigger language plpgsql as $$
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
      -- Delivered when the transaction commits, to every server that listens; never on rollback.
      perform pg_notify('entente_changes', concat_ws('|', tg_argv[i], row_any ->> tg_argv[i + 1],
                        tg_table_name, tg_op, coalesce(row_any ->> 'id', ''), txid_current()));
      return null;
    end if;
    i := i + 2;
  end loop;
  return null;
end $$;
