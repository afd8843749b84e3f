--liquibase formatted sql

--changeset entente:0008-trigram-operator-costs splitStatements:false
-- pg_trgm declares its word-similarity operators as cheap as an equality (COST 1), so the planner
-- tests every name of a table of a few thousand rather than use its trigram index. One test costs
-- about 1.4 microseconds, a hundred times an equality: at scale 10 of the benchmark, testing every
-- party and alias took 12 of the search's 70 ms, and 0.1 through the indexes (EXPLAIN ANALYZE).
-- Only the functions' owner may say so. Where the database does not let this application, search
-- still works, planned as before, and the notice says why; its administrator can run the two
-- statements later.
do $$
begin
  alter function word_similarity_op(text, text) cost 100;
  alter function word_similarity_commutator_op(text, text) cost 100;
exception
  when insufficient_privilege then
    raise notice 'pg_trgm''s operators keep their cost: %', sqlerrm;
end
$$;
