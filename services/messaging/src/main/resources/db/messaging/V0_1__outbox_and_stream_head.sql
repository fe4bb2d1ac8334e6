-- Events leave the service only through this table: the state change and its outbox row commit together,
-- and the relay (Debezium, logical replication) publishes the row. Rows are kept, not deleted after
-- publication: the relay reads the WAL, not the table, so deleting buys nothing for it, and the table stays
-- the service's own record of what it emitted (hash chain included) for audits and for republishing.
create table outbox (
    id             uuid        primary key,          -- = event id
    aggregate_type text        not null,
    aggregate_id   text        not null,             -- = case id, the Kafka key
    event_type     text        not null,
    topic          text        not null,
    sequence       bigint      not null,             -- per case, 1-based
    payload        bytea       not null,             -- Avro single-object encoding
    headers        jsonb       not null,
    created_at     timestamptz not null default now()
);

create index outbox_aggregate on outbox (aggregate_id, sequence);

-- Head of the producer's hash chain. Appending locks this row, so the chain is linear even with
-- concurrent transactions.
create table event_stream (
    producer      text   primary key,
    last_hash     text,                              -- hex SHA-256 of the last appended event's bytes
    last_position bigint not null default 0          -- how many events the stream holds
);
