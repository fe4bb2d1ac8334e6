-- The last re-drive of each dead letter an admin ran through the inbound path again, by its place in the
-- dead-letter topic. A refusal may be overwritten by a later attempt; a success is final.
create table dead_letter_redrive (
    dlt_partition integer     not null,
    dlt_offset    bigint      not null,
    event_id      uuid,
    outcome       text        not null check (outcome in ('HANDLED', 'ALREADY_HANDLED', 'REFUSED')),
    reason        text,
    redriven_by   text,
    redriven_at   timestamptz not null default now(),
    primary key (dlt_partition, dlt_offset)
);
