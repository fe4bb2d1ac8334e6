-- the test service's "state": one row per handled event
create table handled_event (
    event_id    uuid primary key,
    case_id     text not null,
    event_type  text not null,
    acting_user text
);
