-- The audit's own copy of the boards' topics, in the order it read them (which keeps each partition's order), and
-- what it judged. Everything here can be dropped and rebuilt from Kafka alone.
create table audit_record (
    ingested    bigserial   primary key,
    topic       text        not null,
    partition   integer     not null,
    "offset"    bigint      not null,
    broker_time timestamptz not null,
    record_key  text,
    value       bytea       not null,
    unique (topic, partition, "offset")
);

create index audit_record_key on audit_record (record_key);

create table audit_case (
    case_id    text    primary key,
    clean      boolean not null,
    outline    jsonb   not null,
    violations jsonb   not null
);

create table audit_stream (
    producer    text   primary key,
    linked      bigint not null,
    unlinked    bigint not null,
    checkpoints bigint not null,
    attested    bigint not null,
    violations  jsonb  not null
);

-- the last judgement over the whole copy; one row
create table audit_run (
    id         integer     primary key check (id = 1),
    records    bigint      not null,
    clean      boolean     not null,
    unplaced   jsonb       not null,
    judged_at  timestamptz not null
);
