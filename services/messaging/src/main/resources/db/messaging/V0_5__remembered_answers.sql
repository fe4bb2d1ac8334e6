-- The answer each accepted API command got, by the user who sent it and the Idempotency-Key they chose, so that
-- sending the command again (its answer was lost, a replica stalled) returns the answer instead of acting twice.
-- A row commits with the command's own transaction; a refused or failed command leaves none.
create table remembered_answer (
    principal    text        not null,
    key          text        not null,
    fingerprint  bytea       not null,
    status       integer,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (principal, key)
);

create index remembered_answer_created_at on remembered_answer (created_at);
