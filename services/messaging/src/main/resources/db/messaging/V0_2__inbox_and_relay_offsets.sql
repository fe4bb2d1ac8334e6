-- One row per consumed event id, written in the same transaction as the event's effect: a redelivered
-- event finds its row and is skipped.
create table inbox (
    event_id    uuid        primary key,
    event_type  text        not null,
    topic       text        not null,
    partition   integer     not null,
    "offset"    bigint      not null,
    received_at timestamptz not null default now()
);

-- Where the relay has got to in the WAL, kept in the same database so that it survives restarts and moves
-- with the leader. Layout required by io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore.
create table outbox_relay_offset (
    id                varchar(36)  not null primary key,
    offset_key        varchar(1255),
    offset_val        varchar(1255),
    record_insert_ts  timestamp    not null,
    record_insert_seq integer      not null
);
