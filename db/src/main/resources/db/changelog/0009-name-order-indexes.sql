--liquibase formatted sql

--changeset entente:0009-name-order-indexes
-- Lists of parties, people, negotiations and agreements ordered by name (NameOrder) read these in
-- order, a page at a time, instead of sorting every record that matches for each page.
create index party_name_order_idx on party (name, id);
create index person_name_order_idx on person (name, id);
create index negotiation_title_order_idx on negotiation (title, id);
create index agreement_title_order_idx on agreement (title, id);
