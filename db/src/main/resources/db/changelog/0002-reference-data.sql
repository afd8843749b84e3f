--liquibase formatted sql

--changeset entente:0002-vocabularies
insert into date_precision (code) values ('DAY'), ('MONTH'), ('YEAR'), ('UNKNOWN');
insert into party_kind (code, label) values
  ('STATE', 'State'),
  ('INTERNATIONAL_ORGANISATION', 'International organisation'),
  ('INSTITUTION', 'Institution');
insert into meeting_kind (code, label) values
  ('STATE_VISIT', 'State visit'),
  ('OFFICIAL_VISIT', 'Official visit'),
  ('WORKING_VISIT', 'Working visit'),
  ('BILATERAL_MEETING', 'Bilateral meeting'),
  ('SUMMIT', 'Summit'),
  ('MINISTERIAL', 'Ministerial meeting'),
  ('PHONE_CALL', 'Phone call'),
  ('NEGOTIATION_ROUND', 'Negotiation round'),
  ('SIGNING_CEREMONY', 'Signing ceremony');
insert into meeting_status (code) values ('ANNOUNCED'), ('HELD'), ('POSTPONED'), ('CANCELLED');
insert into participant_role (code, label) values
  ('HOST', 'Host'),
  ('GUEST', 'Guest'),
  ('CO_CHAIR', 'Co-chair'),
  ('HEAD_OF_DELEGATION', 'Head of delegation'),
  ('DELEGATION_MEMBER', 'Member of a delegation');
insert into statement_kind (code) values ('QUOTE'), ('PARAPHRASE');
insert into negotiation_step_kind (code) values
  ('PROPOSED'), ('MANDATE_GRANTED'), ('LAUNCHED'), ('ROUND_HELD'), ('CONCLUDED'),
  ('INITIALLED'), ('SUSPENDED'), ('RESUMED'), ('ABANDONED');
insert into agreement_kind (code, label) values
  ('PARTNERSHIP_AND_COOPERATION', 'Partnership and cooperation agreement'),
  ('VISA_FACILITATION', 'Visa facilitation agreement'),
  ('READMISSION', 'Readmission agreement'),
  ('MEMORANDUM_OF_UNDERSTANDING', 'Memorandum of understanding'),
  ('TRADE', 'Trade agreement'),
  ('OTHER', 'Other agreement');
insert into agreement_action_kind (code) values
  ('SIGNED'), ('PROVISIONALLY_APPLIED'), ('RATIFIED'), ('ACCEPTED'), ('APPROVED'), ('ACCEDED'),
  ('ENTERED_INTO_FORCE'), ('AMENDED'), ('SUSPENDED'), ('WITHDRAWN'), ('TERMINATED');
insert into target_date_kind (code) values ('SET'), ('NOT_SET'), ('UNKNOWN');

--changeset entente:0002-regions
insert into region (code, name) values
  ('central-asia', 'Central Asia'),
  ('europe', 'Europe');

--changeset entente:0002-topics
insert into topic (code, name) values
  ('economy', 'Economy'),
  ('energy', 'Energy'),
  ('digitalisation', 'Digitalisation'),
  ('connectivity', 'Connectivity'),
  ('mobility', 'Mobility'),
  ('people-to-people-ties', 'People-to-people ties'),
  ('global-and-regional-affairs', 'Global and regional affairs'),
  ('regional-cooperation', 'Regional cooperation');
insert into topic (code, name, parent_id)
select child.code, child.name, parent.id
from (values
  ('trade', 'Trade', 'economy'),
  ('investment', 'Investment', 'economy'),
  ('finance', 'Finance', 'economy'),
  ('manufacturing', 'Manufacturing', 'economy'),
  ('infrastructure', 'Infrastructure', 'connectivity'),
  ('visa-facilitation', 'Visa facilitation', 'mobility'),
  ('business-ties', 'Business ties', 'people-to-people-ties'),
  ('international-security', 'International security', 'global-and-regional-affairs'),
  ('central-asia-eu-format', 'Central Asia–EU cooperation', 'regional-cooperation')
) as child (code, name, parent_code)
join topic parent on parent.code = child.parent_code;
insert into topic (code, name, parent_id)
select 'middle-corridor', 'Middle Corridor', id from topic where code = 'infrastructure';
insert into topic_alias (topic_id, alias)
select topic.id, alias.alias
from (values
  ('middle-corridor', 'Trans-Caspian International Transport Route'),
  ('middle-corridor', 'Trans-Caspian transport corridor'),
  ('middle-corridor', 'TITR'),
  ('manufacturing', 'Industry'),
  ('digitalisation', 'Digitalization'),
  ('digitalisation', 'Digital technology'),
  ('visa-facilitation', 'Visa simplification'),
  ('global-and-regional-affairs', 'International and regional agenda'),
  ('international-security', 'International instability')
) as alias (code, alias)
join topic on topic.code = alias.code;
