-- what the test service's one API command creates
create table test_command (
    id   uuid primary key,
    name text not null
);
