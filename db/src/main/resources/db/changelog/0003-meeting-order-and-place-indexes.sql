--liquibase formatted sql

--changeset entente:0003-meeting-order-index
-- Meetings list in date order with unknown dates last; keyset pages seek on (sort date, id).
create index meeting_sort_date_idx on meeting ((coalesce(date_from, date '9999-12-31')), id);

--changeset entente:0003-meeting-city-index
create index meeting_city_idx on meeting (lower(city));
